/**
 * npm run bench:booking — many clients booking through GraphQL over HTTP on hot and cold
 * stocks, against the api on real PostgreSQL; then the same workload as raw SQL
 * transactions through pg (the floor). Prints throughput, latency, refusals by code,
 * the api/floor ratio, and checks the ledger invariants (exit 1 on any violation).
 */
import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { Pool as HttpPool } from 'undici';
import { migrate, openOrm } from '../src/db/orm.js';
import { generateToken } from '../src/modules/booking/token.js';
import { enqueueBookingConfirmed } from '../src/modules/notification/outbox.queries.js';
import {
  dropDatabase,
  peakRssMb,
  percentile,
  recreateDatabase,
  runPool,
  startApi,
  withClient,
} from './support.js';

const USERS = Number(process.env.BENCH_USERS ?? 1_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 6_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const HOT_STOCKS = 5; // 100 places each, fought over
const COLD_STOCKS = 2_000; // plenty of places
const DB_NAME = 'pc_bench_booking';

interface Attempt {
  userIndex: number;
  stockId: number;
}

async function prepare(
  url: string,
): Promise<{ sessions: string[]; userIds: number[]; stockIds: number[]; hot: number[] }> {
  const orm = await openOrm({ url, poolMax: 2, log: () => undefined });
  await migrate(orm);
  await orm.close();
  return withClient(url, async (client) => {
    const {
      rows: [offerer],
    } = await client.query(
      `insert into offerer (siren, name, status) values ('732829320', 'Bench', 'VALIDATED') returning id`,
    );
    const {
      rows: [venue],
    } = await client.query(
      `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type)
       values ($1, '73282932000074', 'Salle bench', '35000', 'Rennes', '35', 'SRID=4326;POINT(-1.68 48.11)', 'CONCERT_HALL') returning id`,
      [offerer.id],
    );
    const { rows: offers } = await client.query(
      `insert into offer (venue_id, subcategory_id, name, validation, is_duo)
       select $1, case when g % 2 = 0 then 'CONCERT' else 'LIVRE_PAPIER' end, 'Offre ' || g, 'APPROVED', false
       from generate_series(1, $2) g returning id, subcategory_id`,
      [venue.id, HOT_STOCKS + COLD_STOCKS],
    );
    const stockIds: number[] = [];
    for (const [index, offer] of offers.entries()) {
      const hot = index < HOT_STOCKS;
      const {
        rows: [stock],
      } = await client.query(
        `insert into stock (offer_id, price_cents, quantity, begins_at) values ($1, $2, $3, $4) returning id`,
        [
          offer.id,
          1_000 + (index % 20) * 100,
          hot ? 100 : 10_000,
          offer.subcategory_id === 'CONCERT' ? new Date(Date.now() + 30 * 86_400_000) : null,
        ],
      );
      stockIds.push(stock.id);
    }
    const { rows: users } = await client.query(
      `insert into app_user (email, password_hash, first_name, last_name, roles, department_code, activation_status)
       select 'bench' || g || '@exemple.fr', 'scrypt$15$8$1$x$y', 'Bench', 'User', '{BENEFICIARY}', '35', 'ACTIVATED'
       from generate_series(1, $1) g returning id`,
      [USERS],
    );
    const userIds = users.map((u) => u.id as number);
    await client.query(
      `insert into deposit (user_id, policy_code, amount_cents, digital_cap_cents, physical_cap_cents, expires_at)
       select id, 'GRANT_2019', 50000, 20000, 20000, now() + interval '2 years' from app_user`,
    );
    const sessions = userIds.map(() => randomBytes(32).toString('base64url'));
    await client.query(
      `insert into session (user_id, token_hash, expires_at)
       select unnest($1::int[]), unnest($2::text[]), now() + interval '1 day'`,
      [userIds, sessions.map((t) => createHash('sha256').update(t).digest('hex'))],
    );
    return { sessions, userIds, stockIds, hot: stockIds.slice(0, HOT_STOCKS) };
  });
}

function workload(stockIds: number[], hot: number[]): Attempt[] {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: REQUESTS }, () => ({
    userIndex: Math.floor(random() * USERS),
    stockId:
      random() < 0.3
        ? hot[Math.floor(random() * hot.length)]!
        : stockIds[HOT_STOCKS + Math.floor(random() * COLD_STOCKS)]!,
  }));
}

const BOOK = 'mutation($s: ID!) { bookOffer(stockId: $s) { id token amountCents } }';

async function runApi(url: string, sessions: string[], attempts: Attempt[]) {
  const api = await startApi(url, { DB_POOL_MAX: '20' });
  // undici's pool: one keep-alive connection per concurrent client, lighter than fetch.
  const http = new HttpPool(api.url, { connections: CONCURRENCY });
  try {
    const tasks = attempts.map((a) => async () => {
      const response = await http.request({
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${sessions[a.userIndex]}`,
        },
        body: JSON.stringify({ query: BOOK, variables: { s: String(a.stockId) } }),
      });
      const body = (await response.body.json()) as {
        errors?: { extensions?: { code?: string } }[];
      };
      return body.errors?.[0]?.extensions?.code ?? 'OK';
    });
    const run = await runPool(tasks, CONCURRENCY);
    return { ...run, rssMb: peakRssMb(api.child.pid!) };
  } finally {
    await http.close();
    await api.stop();
  }
}

/** The same transaction the service runs, without HTTP, GraphQL or the ORM. */
async function runFloor(url: string, userIds: number[], sessions: string[], attempts: Attempt[]) {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  const tokenHashes = sessions.map((t) => createHash('sha256').update(t).digest('hex'));
  const tasks = attempts.map((a) => async () => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const userId = userIds[a.userIndex]!;
      // The statements of BookingService.bookInTransaction, sent straight through pg.
      const {
        rows: [deposit],
      } = await client.query(
        `select u.id as user_id, u.roles, d.id, d.amount_cents, d.spent_cents, d.physical_cap_cents,
                d.physical_spent_cents, d.expires_at,
                (select b.id from booking b where b.user_id = u.id and b.idempotency_key = $3) as previous_id
           from session s join app_user u on u.id = s.user_id
           left join lateral (select * from deposit where user_id = u.id order by created_at desc, id desc limit 1) d on true
          where s.token_hash = $1 and s.revoked_at is null and s.expires_at > $2 for update of u`,
        [tokenHashes[a.userIndex], new Date(), null],
      );
      const {
        rows: [stock],
      } = await client.query(
        `select s.price_cents, s.quantity, s.booked_quantity, s.begins_at, s.booking_limit_at, s.is_soft_deleted,
                o.id as offer_id, o.validation, o.is_active, o.is_duo, o.subcategory_id, (f.status = 'VALIDATED') as validated,
                exists (select 1 from booking b where b.user_id = $1 and b.offer_id = o.id and b.status <> 'CANCELLED') as already
           from stock s join offer o on o.id = s.offer_id join venue v on v.id = o.venue_id join offerer f on f.id = v.offerer_id
          where s.id = $2 for update of s`,
        [userId, a.stockId],
      );
      const existing = stock.already ? [1] : [];
      let code = 'OK';
      if (stock.quantity !== null && stock.booked_quantity >= stock.quantity) code = 'SOLD_OUT';
      else if (existing.length) code = 'ALREADY_BOOKED';
      else if (deposit.amount_cents - deposit.spent_cents < stock.price_cents)
        code = 'INSUFFICIENT_CREDIT';
      if (code === 'OK') {
        const {
          rows: [inserted],
        } = await client.query(
          `insert into booking as b (user_id, deposit_id, stock_id, offer_id, token, quantity, amount_cents, status, booked_at)
           values ($1, $2, $3, $4, $5, 1, $6, 'CONFIRMED', now()) on conflict (token) do nothing
           returning b.id, b.token, b.status, b.quantity, b.amount_cents, b.booked_at, b.cancellation_limit_at`,
          [userId, deposit.id, a.stockId, stock.offer_id, generateToken(), stock.price_cents],
        );
        // Its emails, written to the outbox in the same transaction (the same statement as the api's).
        await enqueueBookingConfirmed(
          { query: async (text, values) => (await client.query(text, values)).rows },
          inserted.id,
        );
        await client.query('commit');
      } else {
        await client.query('rollback');
      }
      return code;
    } catch (error) {
      await client.query('rollback');
      return `ERROR ${(error as Error).message}`;
    } finally {
      client.release();
    }
  });
  const run = await runPool(tasks, CONCURRENCY);
  await pool.end();
  return run;
}

async function violations(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const {
      rows: [row],
    } = await client.query(`select
      (select count(*) from stock s where s.booked_quantity <> coalesce(
         (select sum(quantity) from booking b where b.stock_id = s.id and b.status <> 'CANCELLED'), 0))
      + (select count(*) from stock where quantity is not null and booked_quantity > quantity)
      + (select count(*) from deposit d where d.spent_cents <> coalesce(
         (select sum(amount_cents * quantity) from booking b where b.deposit_id = d.id and b.status <> 'CANCELLED'), 0))
      + (select count(*) from deposit where spent_cents > amount_cents
           or physical_spent_cents > coalesce(physical_cap_cents, physical_spent_cents))
      + (select count(*) from (select user_id, offer_id from booking where status <> 'CANCELLED'
           group by 1, 2 having count(*) > 1) dup) as n`);
    return Number(row.n);
  });
}

function summarize(
  label: string,
  run: { results: string[]; latencies: number[]; seconds: number },
) {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const byCode: Record<string, number> = {};
  for (const code of run.results) byCode[code] = (byCode[code] ?? 0) + 1;
  const committed = byCode.OK ?? 0;
  console.log(
    `${label.padEnd(6)} ${run.results.length} requests in ${run.seconds.toFixed(2)} s: ` +
      `${(run.results.length / run.seconds).toFixed(0)} req/s, ${(committed / run.seconds).toFixed(0)} committed bookings/s, ` +
      `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms`,
  );
  console.log(`       outcomes: ${JSON.stringify(byCode)}`);
  return {
    requestsPerSecond: run.results.length / run.seconds,
    bookingsPerSecond: committed / run.seconds,
  };
}

async function main() {
  console.log(
    `bench:booking — ${USERS} beneficiaries, ${HOT_STOCKS} hot stocks (100 places) + ${COLD_STOCKS} cold, ${REQUESTS} attempts, concurrency ${CONCURRENCY}`,
  );
  const url = await recreateDatabase(DB_NAME);
  let failed = false;
  try {
    const { sessions, userIds, stockIds, hot } = await prepare(url);
    const attempts = workload(stockIds, hot);

    const api = await runApi(url, sessions, attempts);
    const apiFigures = summarize('api', api);
    const apiViolations = await violations(url);
    console.log(
      `       api peak RSS ${api.rssMb?.toFixed(0) ?? '?'} MB; invariant violations: ${apiViolations}`,
    );

    // Same starting point for the floor: remove the api's bookings (the ledger trigger gives everything back).
    await withClient(url, (client) => client.query('delete from booking'));
    const floor = await runFloor(url, userIds, sessions, attempts);
    const floorFigures = summarize('floor', floor);
    const floorViolations = await violations(url);
    console.log(`       invariant violations: ${floorViolations}`);

    console.log(
      `ratio api/floor: ${(apiFigures.requestsPerSecond / floorFigures.requestsPerSecond).toFixed(2)} (requests/s), ` +
        `${(apiFigures.bookingsPerSecond / floorFigures.bookingsPerSecond).toFixed(2)} (committed bookings/s) — target ≥ 0.5`,
    );
    failed =
      apiViolations + floorViolations > 0 ||
      api.results.some((code) => code === 'INTERNAL_SERVER_ERROR');
  } finally {
    await dropDatabase(DB_NAME);
  }
  if (failed) {
    console.error('FAILED: invariant violations or internal errors');
    process.exit(1);
  }
}

await main();
