import { formatDate, formatEuros } from '@passculture/client';

export interface Wallet {
  policy: string;
  initialCents: number;
  remainingCents: number;
  digitalRemainingCents: number | null;
  physicalRemainingCents: number | null;
  expiresAt: string;
  /** The server's word on expiry, when asked for; else it is computed from `expiresAt`. */
  isExpired?: boolean;
}

export interface WalletView {
  policy: string;
  remaining: string;
  initial: string;
  /** Only when the policy caps digital offers. */
  digitalRemaining: string | null;
  /** Only when the policy caps physical goods. */
  physicalRemaining: string | null;
  expiresOn: string;
  expired: boolean;
}

const policyLabels: Record<string, string> = {
  GRANT_2019: 'Crédit 18 ans (expérimentation 2019)',
  GRANT_15_17: 'Crédit 15-17 ans',
  GRANT_17_18: 'Crédit 17-18 ans',
  GRANT_18: 'Crédit 18 ans',
};

/** French label of a grant policy code; an unknown code is shown as it is. */
export function policyLabel(policy: string): string {
  return Object.hasOwn(policyLabels, policy) ? (policyLabels[policy] ?? policy) : policy;
}

/** What the home shows of a wallet, formatted in French. */
export function describeWallet(
  wallet: Wallet,
  now: Date = new Date(),
  timeZone?: string,
): WalletView {
  const optional = (cents: number | null) => (cents === null ? null : formatEuros(cents));
  return {
    policy: policyLabel(wallet.policy),
    remaining: formatEuros(wallet.remainingCents),
    initial: formatEuros(wallet.initialCents),
    digitalRemaining: optional(wallet.digitalRemainingCents),
    physicalRemaining: optional(wallet.physicalRemainingCents),
    expiresOn: formatDate(wallet.expiresAt, timeZone),
    expired: wallet.isExpired ?? new Date(wallet.expiresAt).getTime() <= now.getTime(),
  };
}
