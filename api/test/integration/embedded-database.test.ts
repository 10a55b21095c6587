import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded.js';
import { Database, DatabaseBusyError, type SqlClient } from '../../src/db/sql.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';

/**
 * The embedded database serves one session: two clients' extended-protocol messages on it
 * would interleave (one query's parameters bound to another's statement). The api talks to
 * it through one `Database` of one connection, every statement and transaction queued
 * behind it. These tests always run on an embedded database of their own, whatever
 * TEST_DATABASE_URL says.
 */
describe('the embedded database through Database (one connection)', () => {
  let embedded: EmbeddedDatabase;
  let db: Database;

  beforeAll(async () => {
    embedded = await startEmbeddedDatabase({ dataDir: 'memory://' });
    db = new Database(embedded.url, { max: 1, acquireTimeoutMs: 120_000 });
    await db.query(
      'create table mixed (id int primary key, tag text not null, total int not null)',
    );
  });

  afterAll(async () => {
    await db?.end();
    await embedded?.stop();
  });

  it('gives each of hundreds of mixed parallel queries and transactions its own answer', async () => {
    /** Parameters 1..count of a statement, each a distinct number derived from `n`. */
    const params = (n: number, count: number) =>
      Array.from({ length: count }, (_, i) => n * 10 + i);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

    // A read whose answer names its own statement: a tag and the sum of its parameters.
    const read = async (n: number, count: number) => {
      const values = params(n, count);
      const placeholders = values.map((_, i) => `$${i + 2}::int`).join(' + ');
      const rows = await db.query<{ tag: string; total: number; count: number }>(
        `select $1::text as tag, (${placeholders}) as total, ${count} as count`,
        [`read-${n}`, ...values],
      );
      expect(rows).toEqual([{ tag: `read-${n}`, total: sum(values), count }]);
    };

    // A transaction of several statements with different parameter counts; every third
    // one fails after its insert and must leave nothing behind.
    const write = async (n: number) => {
      const fails = n % 9 === 1;
      const work = db.transaction(async (tx: SqlClient) => {
        const values = params(n, 1 + (n % 5));
        await tx.query('insert into mixed (id, tag, total) values ($1, $2, $3)', [
          n,
          `write-${n}`,
          sum(values),
        ]);
        const [own] = await tx.query<{ tag: string; total: number }>(
          'select tag, total from mixed where id = $1',
          [n],
        );
        expect(own).toEqual({ tag: `write-${n}`, total: sum(values) });
        const [echo] = await tx.query<{ a: number; b: string; c: number; d: boolean }>(
          'select $1::int as a, $2::text as b, $3::int + $4::int as c, $5::boolean as d',
          [n, `echo-${n}`, n, 1, fails],
        );
        expect(echo).toEqual({ a: n, b: `echo-${n}`, c: n + 1, d: fails });
        if (fails) throw new Error(`rollback ${n}`);
        return n;
      });
      if (fails) await expect(work).rejects.toThrow(`rollback ${n}`);
      else expect(await work).toBe(n);
    };

    const jobs: Promise<void>[] = [];
    for (let n = 1; n <= 450; n++) {
      if (n % 3 === 1) jobs.push(write(n));
      else jobs.push(read(n, 1 + (n % 9)));
    }
    const outcomes = await Promise.allSettled(jobs);
    const failures = outcomes.filter((o) => o.status === 'rejected');
    expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);

    // Exactly the committed transactions' rows, each with its own values.
    const rows = await db.query<{ id: number; tag: string }>(
      'select id, tag from mixed order by id',
    );
    const committed = Array.from({ length: 450 }, (_, i) => i + 1).filter(
      (n) => n % 3 === 1 && n % 9 !== 1,
    );
    expect(rows).toEqual(committed.map((n) => ({ id: n, tag: `write-${n}` })));
  });

  it('answers DatabaseBusyError when the one connection is held longer than the wait allowed', async () => {
    const impatient = new Database(embedded.url, { max: 1, acquireTimeoutMs: 200 });
    try {
      const { held, release } = await holdTheConnection(impatient);
      await expect(impatient.query('select 1')).rejects.toBeInstanceOf(DatabaseBusyError);
      release();
      await held;
      expect(await impatient.query<{ one: number }>('select 1 as one')).toEqual([{ one: 1 }]);
    } finally {
      await impatient.end();
    }
  });
});

describe('a wait for the database that is too long, through the api', () => {
  let api: TestServer;

  beforeAll(async () => {
    // One connection (as embedded; on PostgreSQL the pool is set to one) and a short wait.
    api = await startTestServer({ DB_POOL_MAX: '1', DB_ACQUIRE_TIMEOUT_MS: '200' });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers SERVICE_BUSY, retryable and in French, never INTERNAL_SERVER_ERROR', async () => {
    const PLACES = 'query Places($text: String!) { places(text: $text) { city } }';
    const { held, release } = await holdTheConnection(api.server.db);
    try {
      const busy = await api.gql(PLACES, { text: 'Saint-Denis' });
      expect(errorCode(busy)).toBe('SERVICE_BUSY');
      expect(busy.errors?.[0]?.extensions?.retryable).toBe(true);
      expect(busy.errors?.[0]?.message).toMatch(/réessaie/);
    } finally {
      release();
      await held;
    }
    const served = await api.gql(PLACES, { text: 'Saint-Denis' });
    expect(served.errors).toBeUndefined();
    expect(served.data).toEqual({ places: [] });
  });
});

/** A transaction that holds the connection until released; resolves once it holds it. */
async function holdTheConnection(
  db: Database,
): Promise<{ held: Promise<void>; release: () => void }> {
  let release!: () => void;
  let holding!: () => void;
  const started = new Promise<void>((resolve) => (holding = resolve));
  const held = db.transaction(
    () =>
      new Promise<void>((resolve) => {
        release = resolve;
        holding();
      }),
  );
  await Promise.race([started, held]);
  return { held, release };
}
