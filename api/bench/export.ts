/**
 * npm run bench:export — the pro's bookings CSV export of 100,000 rows over HTTP, streamed
 * from PostgreSQL through a cursor: prints the time, the rows per second, the api's peak
 * resident memory before and after, and the floor (the same query streamed straight
 * through pg into the bench process: no HTTP, no CSV lines) with the api/floor ratio.
 */
import 'reflect-metadata';
import QueryStream from 'pg-query-stream';
import { migrate, openOrm } from '../src/db/orm.js';
import { hashSessionToken, newSessionToken } from '../src/modules/identity/session-token.js';
import {
  PRO_BOOKING_CSV_COLUMNS,
  proBookingsQuery,
} from '../src/modules/pro/pro-bookings.queries.js';
import { dropDatabase, peakRssMb, recreateDatabase, startApi, withClient } from './support.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const OFFERS = 100;
const USERS = Math.ceil(ROWS / OFFERS);
const DB_NAME = 'pc_bench_export';

/** A validated offerer with one venue, OFFERS offers, USERS young people who booked each. */
async function prepare(url: string): Promise<{ session: string; userId: number }> {
  const orm = await openOrm({ url, poolMax: 2, log: () => undefined });
  await migrate(orm);
  await orm.close();
  const session = newSessionToken();
  const userId = await withClient(url, async (client) => {
    await client.query(
      `insert into offerer (id, siren, name, status) values (1, '732829320', 'Bench', 'VALIDATED')`,
    );
    await client.query(`insert into venue (id, offerer_id, siret, name, public_name, postal_code, city, department_code, location, venue_type)
      values (1, 1, '73282932000074', 'Bench SARL', 'Salle du banc d''essai', '93200', 'Saint-Denis', '93', 'SRID=4326;POINT(2.3574 48.9362)', 'CONCERT_HALL')`);
    const {
      rows: [pro],
    } = await client.query<{ id: number }>(
      `insert into app_user (email, password_hash, first_name, last_name, roles)
       values ('pro@bench.test', 'x', 'Pro', 'Bench', '{PRO}') returning id`,
    );
    await client.query(
      `insert into offerer_membership (user_id, offerer_id, status) values ($1, 1, 'VALIDATED')`,
      [pro!.id],
    );
    await client.query(
      `insert into session (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day')`,
      [pro!.id, hashSessionToken(session)],
    );
    await client.query(
      `insert into app_user (email, password_hash, first_name, last_name, roles)
      select 'jeune' || n || '@bench.test', 'x', 'Prénom' || n, 'Nom; "' || n || '"', '{BENEFICIARY}'
        from generate_series(1, $1) n`,
      [USERS],
    );
    await client.query(
      `insert into offer (venue_id, subcategory_id, name, validation)
      select 1, 'CONCERT', 'Concert n°' || n, 'APPROVED' from generate_series(1, $1) n`,
      [OFFERS],
    );
    await client.query(`insert into stock (offer_id, price_cents, quantity, begins_at)
      select id, 1250, null, now() + interval '30 days' from offer`);
    // Free bookings (no deposit): one per young person and offer, up to ROWS.
    await client.query(
      `insert into booking (user_id, stock_id, offer_id, token, amount_cents, status, booked_at)
      select u.id, s.id, s.offer_id, upper(lpad(to_hex(row_number() over ()), 6, '0')), 0, 'CONFIRMED',
             now() - (random() * interval '60 days')
        from (select id from app_user where email like 'jeune%') u cross join stock s
       limit $1`,
      [ROWS],
    );
    await client.query('analyze');
    return pro!.id;
  });
  return { session, userId };
}

async function floor(url: string, userId: number): Promise<{ seconds: number; rows: number }> {
  return withClient(url, async (client) => {
    const { text, values } = proBookingsQuery(userId, {}, undefined, PRO_BOOKING_CSV_COLUMNS);
    const started = performance.now();
    let rows = 0;
    for await (const _row of client.query(
      new QueryStream(text, values, { batchSize: 500, rowMode: 'array' }),
    ))
      rows++;
    return { seconds: (performance.now() - started) / 1000, rows };
  });
}

async function main(): Promise<void> {
  const url = await recreateDatabase(DB_NAME);
  try {
    console.log(`preparing ${ROWS.toLocaleString('en')} bookings…`);
    const { session, userId } = await prepare(url);
    const api = await startApi(url);
    try {
      const rssBefore = peakRssMb(api.child.pid!);
      const started = performance.now();
      const response = await fetch(`${api.url}/exports/bookings.csv`, {
        headers: { authorization: `Bearer ${session}` },
      });
      if (!response.ok) throw new Error(`export answered ${response.status}`);
      let bytes = 0;
      let lines = 0;
      let firstByteMs: number | null = null;
      for await (const chunk of response.body!) {
        firstByteMs ??= performance.now() - started;
        bytes += chunk.length;
        for (const byte of chunk) if (byte === 10) lines++;
      }
      const seconds = (performance.now() - started) / 1000;
      const rssAfter = peakRssMb(api.child.pid!);
      const base = await floor(url, userId);
      if (lines - 1 !== ROWS || base.rows !== ROWS) {
        throw new Error(
          `expected ${ROWS} rows, got ${lines - 1} over HTTP and ${base.rows} in the floor`,
        );
      }
      console.log(`rows                 ${ROWS.toLocaleString('en')}`);
      console.log(`bytes                ${(bytes / 1024 / 1024).toFixed(1)} MB`);
      console.log(`first byte           ${firstByteMs!.toFixed(0)} ms`);
      console.log(
        `api export           ${seconds.toFixed(2)} s (${Math.round(ROWS / seconds).toLocaleString('en')} rows/s)`,
      );
      console.log(
        `floor (pg stream)    ${base.seconds.toFixed(2)} s (${Math.round(ROWS / base.seconds).toLocaleString('en')} rows/s)`,
      );
      console.log(`api / floor          ${(seconds / base.seconds).toFixed(2)}×`);
      console.log(
        `api peak RSS         ${rssBefore?.toFixed(0)} MB before, ${rssAfter?.toFixed(0)} MB after the export`,
      );
    } finally {
      await api.stop();
    }
  } finally {
    await dropDatabase(DB_NAME);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
