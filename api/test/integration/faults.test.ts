import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithRowLocks } from '../support/database.js';
import {
  insertBeneficiary,
  insertOfferWithStock,
  insertVenue,
  ledgerViolations,
} from '../support/fixtures.js';
import { startApi } from '../support/process.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';

const BOOK = `mutation($stockId: ID!, $key: String) {
  bookOffer(stockId: $stockId, idempotencyKey: $key) { id token }
}`;

let api: TestServer;
let venueId: number;
beforeAll(async () => {
  api = await startTestServer();
  ({ venueId } = await insertVenue(api));
});
afterAll(async () => {
  await api?.close();
});

async function counts(userIds: number[]) {
  const [row] = await api.sql<{ bookings: string }>(
    'select count(*) as bookings from booking where user_id = any($1::int[])',
    [`{${userIds.join(',')}}`],
  );
  return Number(row!.bookings);
}

// The embedded database runs one transaction at a time: a held lock would stall everything.
describeWithRowLocks('faults on real PostgreSQL', () => {
  it('a booking whose connection is killed mid-transaction is rolled back whole; the pool recovers', async () => {
    const who = await insertBeneficiary(api, `coupure-${randomUUID()}@exemple.fr`);
    const { stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 2_500,
      quantity: 10,
      beginsAt: new Date(Date.now() + 10 * 86_400_000),
    });
    const databaseUrl = api.server.database.url;
    // Hold the stock's row lock so that the booking transaction stops half-way, after it
    // has locked the beneficiary, and wait for it there.
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select id from stock where id = $1 for update', [stockId]);
      const booking = api.gql(BOOK, { stockId: String(stockId) }, { token: who.token });
      let pid: number | undefined;
      for (let attempt = 0; attempt < 100 && !pid; attempt++) {
        // Activity statistics are a snapshot per transaction: take a fresh one each time.
        await holder.query('select pg_stat_clear_snapshot()');
        const { rows } = await holder.query<{ pid: number }>(
          `select pid from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and query ilike '%from stock%'`,
        );
        pid = rows[0]?.pid;
        if (!pid) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(pid).toBeDefined();
      await holder.query('select pg_terminate_backend($1)', [pid]);
      const answer = await booking;
      // A connection cut by the server is the database going away: retryable, said so.
      expect(errorCode(answer)).toBe('SERVICE_BUSY');
      expect(answer.errors?.[0]?.extensions?.retryable).toBe(true);
      expect(answer.errors?.[0]?.message).toMatch(/réessaie dans quelques secondes/);
      await holder.query('rollback');
    } finally {
      await holder.end();
    }

    expect(await counts([who.userId])).toBe(0);
    const [stock] = await api.sql<{ booked_quantity: number }>(
      'select booked_quantity from stock where id = $1',
      [stockId],
    );
    expect(stock!.booked_quantity).toBe(0);
    expect(await ledgerViolations(api)).toBe(0);
    // The pool dropped the dead connection: the next bookings go through.
    for (let i = 0; i < 3; i++) {
      const again = await api.gql(BOOK, { stockId: String(stockId) }, { token: who.token });
      if (i === 0) expect(again.errors).toBeUndefined();
      else expect(errorCode(again)).toBe('ALREADY_BOOKED');
    }
  });
});

describeWithRowLocks('the api killed during a booking load', () => {
  it('keeps every booking a client saw exactly once, none half-written, after a restart', async () => {
    const people = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        insertBeneficiary(api, `charge-${i}-${randomUUID()}@exemple.fr`),
      ),
    );
    const stocks = await Promise.all(
      Array.from({ length: 4 }, () =>
        insertOfferWithStock(api, venueId, {
          subcategoryId: 'CONCERT',
          priceCents: 1_000,
          quantity: 15,
          beginsAt: new Date(Date.now() + 20 * 86_400_000),
        }),
      ),
    );
    const env = { DATABASE_URL: api.server.database.url, JOBS_INTERVAL_SECONDS: '0' };
    let child = await startApi(env);

    /** One booking attempt per person and stock, each with its own idempotency key. */
    const attempts = people.flatMap((person) =>
      stocks.map(({ stockId }) => ({ person, stockId, key: randomUUID() })),
    );
    const seen = new Map<string, { id: string; token: string }>();
    const post = (url: string, attempt: (typeof attempts)[number]) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${attempt.person.token}`,
        },
        body: JSON.stringify({
          query: BOOK,
          variables: { stockId: String(attempt.stockId), key: attempt.key },
        }),
      })
        .then((r) => r.json() as Promise<{ data?: { bookOffer: { id: string; token: string } } }>)
        .then((body) => {
          if (body.data?.bookOffer) seen.set(attempt.key, body.data.bookOffer);
        })
        .catch(() => undefined); // the process died under this request: no answer seen

    const load = attempts.map((attempt) => post(child.url, attempt));
    // Kill without warning once some answers are out and many requests are still in flight.
    for (let waited = 0; seen.size < 10 && waited < 5_000; waited += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.child.kill('SIGKILL');
    await child.exited;
    await Promise.all(load);
    const seenBeforeCrash = new Map(seen);

    // Restart and let every client retry with its own key: answered ones must come back the same.
    child = await startApi(env);
    try {
      for (const attempt of attempts) await post(child.url, attempt);
    } finally {
      child.child.kill('SIGTERM');
      await child.exited;
    }

    expect(seenBeforeCrash.size).toBeGreaterThan(0);
    expect(seenBeforeCrash.size).toBeLessThan(attempts.length);
    for (const [key, booking] of seenBeforeCrash) expect(seen.get(key)).toEqual(booking);
    const rows = await api.sql<{ id: number; idempotency_key: string }>(
      'select id, idempotency_key from booking where idempotency_key = any($1::text[])',
      [`{${attempts.map((a) => a.key).join(',')}}`],
    );
    // Exactly once: one row per key a client saw, and no row a retry did not return.
    expect(rows).toHaveLength(seen.size);
    expect(new Set(rows.map((r) => r.idempotency_key)).size).toBe(rows.length);
    for (const row of rows) expect(seen.get(row.idempotency_key)?.id).toBe(String(row.id));
    expect(await ledgerViolations(api)).toBe(0);
    console.log(
      `api killed under load: ${attempts.length} booking attempts, ${seenBeforeCrash.size} answered before the kill, ${seen.size} bookings after retries, 0 ledger violations`,
    );
  });
});
