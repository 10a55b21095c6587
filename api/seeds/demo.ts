/**
 * The demo seed: a small, realistic pass Culture around the demo accounts —
 * about 60 offerers, 300 venues and 3,000 offers in the 2019 experiment
 * departments and Paris, young people with credits and bookings, and the
 * admin's validation queues. Deterministic (seeded PRNG) apart from times,
 * which are relative to `now`; idempotent; written in one transaction.
 */
import type { Database, SqlClient } from '../src/db/sql.js';
import { SUBCATEGORIES } from '../src/modules/catalog/categories.js';
import { hashPassword } from '../src/modules/identity/password.js';
import { DEMO_EMAILS, DEMO_PASSWORD } from './demo-accounts.js';
import { DemoBuilder, type GrantPolicyFigures } from './demo-builder.js';
import {
  fillSmallStocks,
  generateBeneficiaries,
  generateBookings,
  generateCatalogue,
  generatePreRegistered,
  GENERATED_BENEFICIARY_COUNT,
} from './demo-generate.js';
import type { DemoDataset } from './demo-model.js';
import { assertEverySubcategoryHasATemplate } from './demo-offers.js';
import {
  addFavorites,
  addShowcaseYoungPeople,
  addStaffAndShowcaseOfferers,
} from './demo-showcase.js';
import { writeDemoDataset } from './demo-write.js';
import { seedDemoNotifications } from './demo-notifications.js';
import { seedDemoPro } from './demo-pro.js';
import { mulberry32, Random } from './random.js';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { seedDemoAdmin } from './demo-admin.js';

/** The PRNG seed: change it and the whole demo changes. */
const DEMO_RANDOM_SEED = 2019;
/** scrypt cost of the demo password hash (the production default). */
const PASSWORD_HASH_LOG_N = 15;
const DEMO_POLICY_CODE = 'GRANT_2019';

export interface DemoSeedOptions {
  /**
   * The instant everything is dated from (default: now). Keep it near the
   * database clock: the booking ledger trigger refuses paid bookings on
   * deposits that have expired by the database's own now().
   */
  now?: Date;
  /** A source of numbers in [0, 1); the default is a seeded mulberry32. */
  random?: () => number;
}

/** Whether the seed wrote, and how many rows the tables hold afterwards. */
export interface DemoSeedSummary {
  seeded: boolean;
  users: number;
  offerers: number;
  venues: number;
  offers: number;
  stocks: number;
  bookings: number;
}

/**
 * Seeds the demo into an empty database (one without the demo admin); otherwise
 * writes nothing. Returns the table counts either way.
 */
export async function seedDemo(
  db: Database,
  options: DemoSeedOptions = {},
): Promise<DemoSeedSummary> {
  const now = options.now ?? new Date();
  const random = new Random(options.random ?? mulberry32(DEMO_RANDOM_SEED));
  if (await isSeeded(db)) return { seeded: false, ...(await countRows(db)) };

  const passwordHash = await hashPassword(DEMO_PASSWORD, PASSWORD_HASH_LOG_N);
  const seeded = await db.transaction(async (tx) => {
    // Two processes starting on the same empty database: the second waits, then sees the data.
    await tx.query(`select pg_advisory_xact_lock(hashtext('passculture:seed-demo'))`);
    if (await isSeeded(tx)) return false;
    const policy = await readGrantPolicy(tx, DEMO_POLICY_CODE);
    await writeDemoDataset(tx, buildDemoDataset({ random, now, policy }), passwordHash);
    await seedDemoNotifications(tx);
    await seedDemoPro(tx);
    await seedDemoAdmin(tx, { now, passwordHash });
    return true;
  });
  return { seeded, ...(await countRows(db)) };
}

/** Builds the whole demo in memory; nothing touches the database. */
export function buildDemoDataset(options: {
  random: Random;
  now: Date;
  policy: GrantPolicyFigures;
}): DemoDataset {
  assertEverySubcategoryHasATemplate();
  const b = new DemoBuilder(options.random, options.now, options.policy);
  const showcase = addStaffAndShowcaseOfferers(b);
  const platforms = generateCatalogue(b);
  const [camille] = addShowcaseYoungPeople(b, showcase, platforms);
  const beneficiaries = generateBeneficiaries(b, GENERATED_BENEFICIARY_COUNT);
  generatePreRegistered(b);
  generateBookings(b, beneficiaries);
  fillSmallStocks(b, beneficiaries);
  addFavorites(b, camille!);
  assertEverySubcategoryIsOffered(b.data);
  return b.data;
}

function assertEverySubcategoryIsOffered(data: DemoDataset): void {
  const offered = new Set(data.offers.map((offer) => offer.subcategoryId));
  const missing = SUBCATEGORIES.filter((s) => !offered.has(s.id)).map((s) => s.id);
  if (missing.length > 0) throw new Error(`Demo seed: no offer of ${missing.join(', ')}`);
}

async function isSeeded(client: SqlClient): Promise<boolean> {
  const rows = await client.query<{ id: number }>('select id from app_user where email = $1', [
    DEMO_EMAILS.admin,
  ]);
  return rows.length > 0;
}

/** The deposit figures copied from the grant policy row (inserted by the initial migration). */
async function readGrantPolicy(tx: SqlClient, code: string): Promise<GrantPolicyFigures> {
  const [row] = await tx.query<{
    amount_cents: number | null;
    validity_months: number | null;
    digital_cap_cents: number | null;
    physical_cap_cents: number | null;
  }>(
    `select (amounts_by_age ->> '18')::int as amount_cents, validity_months, digital_cap_cents, physical_cap_cents
       from grant_policy where code = $1`,
    [code],
  );
  if (!row || row.amount_cents === null || row.validity_months === null) {
    throw new Error(
      `Demo seed: grant policy ${code} is missing or has no 18-year-old amount and validity`,
    );
  }
  return {
    code,
    amountCents: row.amount_cents,
    validityMonths: row.validity_months,
    digitalCapCents: row.digital_cap_cents,
    physicalCapCents: row.physical_cap_cents,
  };
}

async function countRows(db: Database): Promise<Omit<DemoSeedSummary, 'seeded'>> {
  const [row] = await db.query<Omit<DemoSeedSummary, 'seeded'>>(
    `select (select count(*) from app_user)::int as users,
            (select count(*) from offerer)::int as offerers,
            (select count(*) from venue)::int as venues,
            (select count(*) from offer)::int as offers,
            (select count(*) from stock)::int as stocks,
            (select count(*) from booking)::int as bookings`,
  );
  if (!row) throw new Error('Demo seed: could not count rows');
  return row;
}
