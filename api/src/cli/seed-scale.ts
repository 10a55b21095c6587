import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { parseConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { Database } from '../db/sql.js';
import { migrate, openOrm } from '../db/orm.js';
import { ScaleSeedRefusal, seedScale, type ScaleSeedSummary } from '../../seeds/scale.js';
import { createImageStore } from '../modules/media/image-setup.js';

/**
 * Fills DATABASE_URL with a national-scale catalogue (and optionally
 * beneficiaries and bookings) after applying pending migrations:
 *
 *   npm run seed:scale -- --offers 1000000 [--seed 1] [--reset]
 *                         [--beneficiaries 200000 --bookings 1000000]
 */
const USAGE = `Usage: seed-scale [--offers N] [--seed N] [--reset] [--beneficiaries N] [--bookings N]
  --offers N          offers to create (default 1000000); venues, offerers and stocks follow
  --seed N            random seed (default 1): same seed, same data (dates follow today)
  --reset             empty the catalogue and this seed's accounts first
  --beneficiaries N   young people with a GRANT_2019 deposit (default 0)
  --bookings N        bookings spread over them (default 0)
  --quiet             no progress bars
DATABASE_URL is required, except for at most ${20_000} offers (embedded database).`;

/** A command line that cannot be understood: the usage follows the message. */
class UsageError extends Error {}

/** The embedded database (PGlite) is for small runs only. */
const EMBEDDED_MAX_OFFERS = 20_000;

interface CliOptions {
  offers: number;
  seed: number;
  reset: boolean;
  beneficiaries: number;
  bookings: number;
  quiet: boolean;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(parsed) || parsed < 0) {
    throw new UsageError(`--${name} expects a whole number ≥ 0, got "${value}"`);
  }
  return parsed;
}

function parseOptions(argv: string[]): CliOptions | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        offers: { type: 'string' },
        seed: { type: 'string' },
        reset: { type: 'boolean', default: false },
        beneficiaries: { type: 'string' },
        bookings: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return null;
  return {
    offers: integer('offers', values.offers, 1_000_000),
    seed: integer('seed', values.seed, 1),
    reset: values.reset,
    beneficiaries: integer('beneficiaries', values.beneficiaries, 0),
    bookings: integer('bookings', values.bookings, 0),
    quiet: values.quiet,
  };
}

function printSummary(summary: ScaleSeedSummary, totalSeconds: number): void {
  console.log('Scale seed done.');
  for (const notice of summary.resetNotices) console.log(`  reset: ${notice}`);
  for (const [table, count] of Object.entries(summary.counts)) {
    console.log(
      `  ${table.padEnd(10)} ${String(count).padStart(10)} rows  ${summary.sizes[table] ?? ''}`,
    );
  }
  const phases = summary.timings.map(([phase, s]) => `${phase} ${s.toFixed(1)} s`).join(', ');
  console.log(`  ${phases}; total ${totalSeconds.toFixed(1)} s`);
}

async function run(options: CliOptions): Promise<void> {
  const startedAt = performance.now();
  const config = parseConfig();
  if (!config.DATABASE_URL && options.offers > EMBEDDED_MAX_OFFERS) {
    throw new ScaleSeedRefusal(
      `DATABASE_URL is not set: the embedded database only takes up to ${EMBEDDED_MAX_OFFERS} ` +
        `offers (asked: ${options.offers}). Point DATABASE_URL at a PostgreSQL with PostGIS, ` +
        'e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scale npm run seed:scale',
    );
  }
  const database = await openDatabase(config);
  try {
    const orm = await openOrm({ url: database.url, poolMax: 1, log: () => undefined });
    try {
      await migrate(orm);
    } finally {
      await orm.close();
    }
    // One session for the whole seed: its settings, notices and pipelined batches share it.
    const db = new Database(database.url, {
      max: 1,
      acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
    });
    try {
      const summary = await db.withConnection((client) =>
        seedScale(client, { ...options, images: createImageStore(config) }),
      );
      printSummary(summary, (performance.now() - startedAt) / 1000);
    } finally {
      await db.end();
    }
  } finally {
    await database.stop();
  }
}

try {
  const options = parseOptions(process.argv.slice(2));
  if (options) await run(options);
  else console.log(USAGE);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`seed-scale: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof ScaleSeedRefusal) {
    console.error(`seed-scale: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
