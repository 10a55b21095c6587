/**
 * The demo accounts people log in with (seeds/data/demo/accounts.json); every generated
 * account shares the same password.
 */
import ACCOUNTS from './data/demo/accounts.json' with { type: 'json' };
import BACKOFFICE from './data/demo/backoffice.json' with { type: 'json' };

export const DEMO_PASSWORD = ACCOUNTS.password;

const DEMO_ACCOUNT_KEYS = [
  'beneficiary',
  'secondBeneficiary',
  'preRegistered',
  'activationRequest',
  'pro',
  'newOffererPro',
  'admin',
] as const;
export type DemoAccountKey = (typeof DEMO_ACCOUNT_KEYS)[number];

function emailsByKey(): Readonly<Record<DemoAccountKey, string>> {
  const byKey = new Map(ACCOUNTS.accounts.map((account) => [account.key, account.email]));
  return Object.fromEntries(
    DEMO_ACCOUNT_KEYS.map((key) => {
      const email = byKey.get(key);
      if (!email) throw new Error(`Demo seed: accounts.json has no ${key} account`);
      return [key, email];
    }),
  ) as Record<DemoAccountKey, string>;
}

export const DEMO_EMAILS = emailsByKey();

export interface DemoAccount {
  email: string;
  /** The account's role, or NONE for a young person without credit yet. */
  role: string;
  description: string;
  /** A few words for the start banner. */
  short: string;
}

/** Every account of the README's table, in its order: the seven of accounts.json, then the
 * two the back-office demo adds (seeds/data/demo/backoffice.json). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  ...ACCOUNTS.accounts.map(({ email, role, description, short }) => ({
    email,
    role,
    description,
    short,
  })),
  ...[BACKOFFICE.closedDepartmentRequest, BACKOFFICE.pendingOfferBooker].map((person) => ({
    email: person.email,
    role: 'NONE',
    description: `${person.firstName} ${person.lastName}`,
    short: person.short,
  })),
];
