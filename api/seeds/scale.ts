/**
 * The national-scale seed. Everything follows the number of offers; for one
 * million: 12,000 offerers, 50,000 venues over metropolitan France and
 * overseas (plus one virtual venue per offerer), 1,000,000 offers and about
 * 2,000,000 stocks; on request, beneficiaries with deposits and their bookings.
 * Deterministic for a given seed (dates follow today; account and deposit ids
 * follow the sequences), written batch by batch with set-based inserts into the
 * base tables, so that triggers keep every derived figure right.
 */
import type pg from 'pg';
import { hashPassword } from '../src/modules/identity/password.js';
import { DEMO_PASSWORD } from './demo-accounts.js';
import { mulberry32, Random } from './random.js';
import {
  assignCatalogueIds,
  planCatalogue,
  writeOfferers,
  writeVenues,
} from './scale-catalogue.js';
import { BookableStocks, writeOffersAndStocks } from './scale-offers.js';
import {
  readGrantPolicy,
  SCALE_EMAIL_DOMAIN,
  writeBeneficiaries,
  writeBookings,
} from './scale-people.js';
import { PlacePicker } from './scale-places.js';
import { Progress, type Queryable } from './scale-sql.js';
import { seedScaleImages } from './images.js';
import type { ImageStore } from '../src/modules/media/image-store.js';

export interface ScaleSeedOptions {
  offers: number;
  seed: number;
  reset: boolean;
  beneficiaries: number;
  bookings: number;
  /** Grant policy of the beneficiaries' deposits. */
  policyCode?: string;
  /** Rows per insert statement. */
  batchSize?: number;
  /** No progress bars on stderr. */
  quiet?: boolean;
  now?: Date;
  /** Where the category posters go (seeds/images.ts); no images without it. */
  images?: ImageStore;
}

export interface ScaleSeedSummary {
  counts: Record<string, number>;
  /** Seconds per phase, in order. */
  timings: Array<[phase: string, seconds: number]>;
  /** Total size of each table with its indexes, e.g. "412 MB". */
  sizes: Record<string, string>;
  /** What `--reset` truncated beyond the listed tables (PostgreSQL's cascade notices). */
  resetNotices: string[];
}

/** The seed declines to run (data already there, options that do not fit). */
export class ScaleSeedRefusal extends Error {}

const DEFAULT_BATCH_SIZE = 50_000;
const PASSWORD_HASH_LOG_N = 15;
const COUNTED_TABLES = [
  'offerer',
  'venue',
  'offer',
  'stock',
  'app_user',
  'deposit',
  'booking',
] as const;

/** Independent random streams per phase: asking for bookings leaves the catalogue unchanged. */
function streamOf(seed: number, phase: number): Random {
  return new Random(mulberry32(Math.imul(seed, 0x9e3779b1) ^ (phase * 0x85ebca6b)));
}

async function countOffers(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ count: number }>('select count(*)::int as count from offer');
  return rows[0]?.count ?? 0;
}

/**
 * Empties the catalogue (offerers and everything that hangs on them: venues,
 * offers, stocks, bookings, favourites, memberships) and deletes the accounts
 * this seed created. TRUNCATE fires no row trigger: deposit sums are reset by
 * hand, since no booking is left.
 */
export async function resetCatalogue(db: pg.ClientBase): Promise<string[]> {
  const cascaded: string[] = [];
  const onNotice = (notice: { message?: string }) => {
    if (notice.message) cascaded.push(notice.message);
  };
  db.on('notice', onNotice);
  try {
    await db.query(
      `truncate table booking, favorite, stock, offer, venue, offerer_membership, offerer
         restart identity cascade`,
    );
  } finally {
    db.off('notice', onNotice);
  }
  await db.query(
    `update deposit set spent_cents = 0, digital_spent_cents = 0, physical_spent_cents = 0
      where spent_cents <> 0 or digital_spent_cents <> 0 or physical_spent_cents <> 0`,
  );
  await db.query(`delete from app_user where email like $1`, [`%@${SCALE_EMAIL_DOMAIN}`]);
  return cascaded;
}

function checkOptions(options: ScaleSeedOptions): void {
  const whole = (value: number) => Number.isInteger(value) && value >= 0;
  if (!whole(options.offers) || options.offers < 1) {
    throw new ScaleSeedRefusal('--offers must be a positive integer');
  }
  if (!whole(options.beneficiaries) || !whole(options.bookings) || !whole(options.seed)) {
    throw new ScaleSeedRefusal('--beneficiaries, --bookings and --seed must be integers ≥ 0');
  }
  if (options.bookings > 0 && options.beneficiaries === 0) {
    throw new ScaleSeedRefusal('--bookings needs beneficiaries: pass --beneficiaries N too');
  }
}

class PhaseClock {
  readonly timings: Array<[string, number]> = [];

  constructor(private readonly quiet: boolean) {}

  /** Runs a phase and times it; with a total, shows a progress bar the phase moves. */
  async run<T>(
    phase: string,
    total: number | null,
    work: (progress: Progress) => Promise<T>,
  ): Promise<T> {
    const progress = new Progress(phase, total ?? 0, this.quiet || total === null);
    progress.update(0);
    const result = await work(progress);
    this.timings.push([phase, progress.finish()]);
    return result;
  }
}

async function tableFigures(db: Queryable) {
  const counts: Record<string, number> = {};
  const sizes: Record<string, string> = {};
  for (const table of COUNTED_TABLES) {
    const { rows } = await db.query<{ count: number; size: string }>(
      `select (select count(*) from "${table}")::int as count,
              pg_size_pretty(pg_total_relation_size('"${table}"')) as size`,
    );
    counts[table] = rows[0]?.count ?? 0;
    sizes[table] = rows[0]?.size ?? '?';
  }
  return { counts, sizes };
}

export async function seedScale(
  db: pg.ClientBase,
  options: ScaleSeedOptions,
): Promise<ScaleSeedSummary> {
  checkOptions(options);
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const clock = new PhaseClock(options.quiet ?? false);
  const places = new PlacePicker(streamOf(options.seed, 0));

  await db.query('set synchronous_commit = off');
  const existingOffers = await countOffers(db);
  if (existingOffers > 0 && !options.reset) {
    throw new ScaleSeedRefusal(
      `The database already has ${existingOffers} offers. Run again with --reset to empty ` +
        'the catalogue first (offerers, venues, offers, stocks, bookings, favourites, ' +
        `memberships, and the accounts @${SCALE_EMAIL_DOMAIN} this seed created).`,
    );
  }
  let cascaded: string[] = [];
  if (options.reset) cascaded = await clock.run('reset', null, () => resetCatalogue(db));

  const plan = await clock.run('plan', null, async () =>
    planCatalogue({
      offers: options.offers,
      random: streamOf(options.seed, 1),
      places,
      now: now.getTime(),
    }),
  );
  await assignCatalogueIds(db, plan);
  await clock.run('offerers', plan.offerers.length, (progress) =>
    writeOfferers(db, plan, batchSize, (done) => progress.update(done)),
  );
  await clock.run('venues', plan.venues.length, (progress) =>
    writeVenues(db, plan, batchSize, (done) => progress.update(done)),
  );

  const bookable = options.bookings > 0 ? new BookableStocks() : null;
  const written = await clock.run('offers', options.offers, (progress) =>
    writeOffersAndStocks(db, {
      plan,
      offers: options.offers,
      random: streamOf(options.seed, 2),
      now,
      batchSize,
      bookable,
      onProgress: (offers) => progress.update(offers),
    }),
  );

  const images = options.images;
  if (images) {
    await clock.run('images', null, () =>
      seedScaleImages(
        { query: async (text, values) => (await db.query(text, values)).rows },
        images,
      ),
    );
  }

  if (options.beneficiaries > 0) {
    const policy = await readGrantPolicy(db, options.policyCode ?? 'GRANT_2019');
    const passwordHash = await hashPassword(DEMO_PASSWORD, PASSWORD_HASH_LOG_N);
    const beneficiaries = await clock.run('beneficiaries', options.beneficiaries, (progress) =>
      writeBeneficiaries(db, {
        count: options.beneficiaries,
        random: streamOf(options.seed, 3),
        places,
        now,
        policy,
        passwordHash,
        batchSize,
        onProgress: (done) => progress.update(done),
      }),
    );
    if (bookable && options.bookings > 0) {
      await clock.run('bookings', options.bookings, (progress) =>
        writeBookings(db, {
          count: options.bookings,
          random: streamOf(options.seed, 4),
          now,
          beneficiaries,
          stocks: bookable,
          policy,
          batchSize,
          onProgress: (done) => progress.update(done),
        }),
      );
    }
  }

  // The search's page table was filled by triggers in offer order: rewritten in geohash order,
  // neighbours share pages (a page of results reads a few buffers instead of hundreds).
  await clock.run('search order', null, async () => {
    await db.query('select offer_search_page_reorder()');
  });

  // Vacuum too: the ledger trigger's updates leave dead stock and deposit rows behind,
  // and a fresh visibility map lets searches use index-only scans.
  // Then every other table: the search table and its rollups, filled by triggers, had no
  // statistics, and the planner scanned all of offer_search for a home.
  await clock.run('vacuum analyze', null, async () => {
    await db.query(`vacuum (analyze) ${COUNTED_TABLES.map((t) => `"${t}"`).join(', ')}`);
    // The facets' rollups, rewritten by the triggers at every offer: more dead rows than live
    // ones, and facets read them by index only once the visibility map is set.
    await db.query('vacuum (analyze) "offer_search_venue_count", "offer_search_cell_count"');
    await db.query('analyze');
  });
  const figures = await tableFigures(db);
  if (figures.counts.offer !== written.offers) {
    throw new Error(
      `Scale seed: wrote ${written.offers} offers but the table has ${figures.counts.offer}`,
    );
  }
  return { ...figures, timings: clock.timings, resetNotices: cascaded };
}
