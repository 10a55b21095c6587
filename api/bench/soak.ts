/**
 * npm run soak — a mixed soak of SOAK_SECONDS (default 600) against the built api, run as
 * a child process on a fresh database of the local PostgreSQL (created, then dropped),
 * with Redis when one answers at SOAK_REDIS_URL (default redis://127.0.0.1:6379).
 *
 * SOAK_CONCURRENCY clients (default 16) loop over a weighted mix: search, booking, cancel,
 * counter look-up and validation, offer import (preview and confirm), log-in (right and
 * wrong passwords), uploads aborted mid-file and connections killed mid-request.
 *
 * It prints requests by kind, answers by code, the answers outside "coded error or
 * success" (5xx without a code, INTERNAL_SERVER_ERROR, no answer, unreadable body), p50 and
 * p95 per kind, the api's RSS at start, after warm-up, at the end and at its peak, whether
 * the process is alive and healthy, and whether the ledger is exact. Exit code 1 when a
 * check fails: any answer outside, RSS at the end more than 20 % above its level after
 * warm-up, the process dead or its health check failing, or a ledger difference.
 * Not run in CI.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Pool as HttpPool } from 'undici';
import { hashPassword } from '../src/modules/identity/password.js';
import { luhnCheckDigit } from '../seeds/identifiers.js';
import { dropDatabase, percentile, recreateDatabase, withClient } from './support.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 16);
const REDIS_URL = process.env.SOAK_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The api's default hashing cost: log-ins cost what they cost in production. */
const PASSWORD_COST = Number(process.env.SOAK_PASSWORD_COST ?? 15);
const BENEFICIARIES = 2_000;
const PROS = 4;
const THING_OFFERS = 300;
const EVENT_OFFERS = 100;
const FREE_OFFERS = 40;
const PASSWORD = 'soak mot de passe 2026';
/** Unique per run: engineers sharing one PostgreSQL (or Redis) do not collide. */
const RUN_ID = `${process.pid}_${Date.now().toString(36)}`;
const DB_NAME = `pc_soak_${RUN_ID}`;
const REQUEST_TIMEOUT_MS = 30_000;
/** Where the api writes its emails (no SMTP here); removed at the end. */
const DATA_DIR = `/tmp/pc-soak-${RUN_ID}`;
const MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));

// ------------------------------------------------------------------ the kinds of work

type Kind =
  | 'search'
  | 'book'
  | 'cancel'
  | 'counter-lookup'
  | 'counter-validate'
  | 'import'
  | 'login'
  | 'aborted-upload'
  | 'killed-connection';

/** How often each kind is drawn (the two counter steps run together, as at a counter). */
const WEIGHTS: [Kind, number][] = [
  ['search', 36],
  ['book', 24],
  ['cancel', 8],
  ['counter-lookup', 10],
  ['import', 5],
  ['login', 7],
  ['aborted-upload', 4],
  ['killed-connection', 6],
];

/**
 * What came back: 'OK', an error code, or one of the outcomes outside "coded error or
 * success" (prefixed OUTSIDE:). Aborts and kills are the client's own doing: 'CLIENT_GONE'.
 */
type Outcome = string;
const OUTSIDE = 'OUTSIDE:';

/** Every HTTP status the api answered with, over all kinds (no answer: not counted). */
const httpStatuses: Record<string, number> = {};
const countStatus = (status: number) => {
  httpStatuses[status] = (httpStatuses[status] ?? 0) + 1;
};

interface Sample {
  kind: Kind;
  outcome: Outcome;
  ms: number;
}

interface World {
  venueSirets: string[];
  stocks: { id: number; thing: boolean }[];
  beneficiaries: { email: string; session: string }[];
  pros: string[];
  /** Live bookings made during the soak, for cancel and the counter. */
  live: { id: number; token: string; user: number; thing: boolean }[];
}

// ------------------------------------------------------------------ setup

async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port || 6379), hostname);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

interface Api {
  child: ChildProcess;
  url: string;
  port: number;
  /** Error- and fatal-level lines the api logged (pino JSON), for the report. */
  errorLines: string[];
  stop(): Promise<void>;
}

/** The built api as `npm start` runs it (heap cap, two malloc arenas), on loopback. */
async function startApi(databaseUrl: string, redis: string | null): Promise<Api> {
  const child = spawn(process.execPath, ['--max-old-space-size=256', MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      SEED_DEMO: 'false',
      JOBS_INTERVAL_SECONDS: '60',
      OUTBOX_INTERVAL_SECONDS: '15',
      DATA_DIR,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
      ...(redis ? { REDIS_URL: redis, REDIS_KEY_PREFIX: `passculture-soak-${RUN_ID}:` } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errorLines: string[] = [];
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`api not ready: ${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      if (output.length < 100_000) output += text;
      for (const line of text.split('\n')) {
        if (/"level":(50|60)/.test(line)) errorLines.push(line.slice(0, 400));
      }
      const match = /GraphQL\s+(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`api exited with ${code}: ${output}`)));
  });
  return {
    child,
    url,
    port: Number(new URL(url).port),
    errorLines,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const session = () => randomBytes(32).toString('base64url');

/** An offerer with three venues around Paris, offers of each kind, beneficiaries and pros. */
async function prepare(url: string): Promise<World> {
  const passwordHash = await hashPassword(PASSWORD, PASSWORD_COST);
  return withClient(url, async (client) => {
    const siren = '73282' + '932' + luhnCheckDigit('73282932');
    const {
      rows: [offerer],
    } = await client.query<{ id: number }>(
      `insert into offerer (siren, name, status) values ($1, 'Soak', 'VALIDATED') returning id`,
      [siren],
    );
    const venueSirets = [1, 2, 3].map((n) => {
      const payload = `${siren}000${n}`;
      return payload + luhnCheckDigit(payload);
    });
    const { rows: venues } = await client.query<{ id: number }>(
      `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type)
       select $1, siret, 'Lieu soak ' || n, '75011', 'Paris', '75',
              ST_SetSRID(ST_MakePoint(2.30 + n * 0.03, 48.84 + n * 0.01), 4326)::geography, 'BOOKSTORE'
         from unnest($2::text[]) with ordinality as v(siret, n) returning id`,
      [offerer!.id, venueSirets],
    );
    const offerSpecs = [
      ...Array.from({ length: THING_OFFERS }, () => ['LIVRE_PAPIER', true] as const),
      ...Array.from({ length: EVENT_OFFERS }, () => ['CONCERT', false] as const),
      ...Array.from({ length: FREE_OFFERS }, () => ['VISITE', false] as const),
    ];
    const stocks: World['stocks'] = [];
    for (const [index, [subcategory, thing]] of offerSpecs.entries()) {
      const free = subcategory === 'VISITE';
      const {
        rows: [offer],
      } = await client.query<{ id: number }>(
        `insert into offer (venue_id, subcategory_id, name, validation, is_duo)
         values ($1, $2, $3, 'APPROVED', false) returning id`,
        [venues[index % venues.length]!.id, subcategory, `Offre soak ${index + 1}`],
      );
      const {
        rows: [stock],
      } = await client.query<{ id: number }>(
        `insert into stock (offer_id, price_cents, quantity, begins_at) values ($1, $2, $3, $4) returning id`,
        [
          offer!.id,
          free ? 0 : 300 + (index % 25) * 100,
          // Some stocks small enough to sell out and be fought over.
          index % 10 === 0 ? 5 : 200,
          thing ? null : new Date(Date.now() + (20 + (index % 30)) * 86_400_000),
        ],
      );
      stocks.push({ id: stock!.id, thing });
    }
    const emails = Array.from({ length: BENEFICIARIES }, (_, i) => `jeune${i}@soak.test`);
    const { rows: young } = await client.query<{ id: number }>(
      `insert into app_user (email, password_hash, first_name, last_name, roles, department_code, activation_status)
       select e, $2, 'Jeune', 'Soak', '{BENEFICIARY}', '75', 'ACTIVATED' from unnest($1::text[]) e returning id`,
      [emails, passwordHash],
    );
    await client.query(
      `insert into deposit (user_id, policy_code, amount_cents, digital_cap_cents, physical_cap_cents, expires_at)
       select unnest($1::int[]), 'GRANT_2019', 50000, 20000, 20000, now() + interval '2 years'`,
      [young.map((u) => u.id)],
    );
    const { rows: pros } = await client.query<{ id: number }>(
      `insert into app_user (email, password_hash, first_name, last_name, roles)
       select 'pro' || g || '@soak.test', $2, 'Pro', 'Soak', '{PRO}' from generate_series(1, $1) g returning id`,
      [PROS, passwordHash],
    );
    await client.query(
      `insert into offerer_membership (user_id, offerer_id, status)
       select unnest($1::int[]), $2, 'VALIDATED'`,
      [pros.map((p) => p.id), offerer!.id],
    );
    const youngSessions = young.map(() => session());
    const proSessions = pros.map(() => session());
    await client.query(
      `insert into session (user_id, token_hash, expires_at)
       select unnest($1::int[]), unnest($2::text[]), now() + interval '1 day'`,
      [
        [...young.map((u) => u.id), ...pros.map((p) => p.id)],
        [...youngSessions, ...proSessions].map(sha256),
      ],
    );
    return {
      venueSirets,
      stocks,
      beneficiaries: emails.map((email, i) => ({ email, session: youngSessions[i]! })),
      pros: proSessions,
      live: [],
    };
  });
}

// ------------------------------------------------------------------ requests

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

function drawKind(): Kind {
  const total = WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  let draw = Math.random() * total;
  for (const [kind, weight] of WEIGHTS) {
    draw -= weight;
    if (draw < 0) return kind;
  }
  return 'search';
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
}

/** One GraphQL call: its outcome, and its data when it succeeded. */
async function graphql(
  http: HttpPool,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ outcome: Outcome; data?: Record<string, unknown> }> {
  let status = 0;
  let text = '';
  try {
    const response = await http.request({
      path: '/graphql',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      headersTimeout: REQUEST_TIMEOUT_MS,
      bodyTimeout: REQUEST_TIMEOUT_MS,
    });
    status = response.statusCode;
    countStatus(status);
    text = await response.body.text();
  } catch (error) {
    return { outcome: `${OUTSIDE}no answer (${(error as { code?: string }).code ?? error})` };
  }
  let body: GraphQLBody;
  try {
    body = JSON.parse(text) as GraphQLBody;
  } catch {
    return { outcome: `${OUTSIDE}HTTP ${status}, unreadable body` };
  }
  if (body.errors?.length) {
    const code = body.errors[0]?.extensions?.code;
    if (!code || code === 'INTERNAL_SERVER_ERROR') {
      return { outcome: `${OUTSIDE}HTTP ${status} ${code ?? 'without code'}` };
    }
    return { outcome: code };
  }
  if (status !== 200 || !body.data) return { outcome: `${OUTSIDE}HTTP ${status} without data` };
  return { outcome: 'OK', data: body.data };
}

const SEARCH = `query($i: SearchOffersInput!) {
  searchOffers(input: $i) { edges { distanceMeters node { id name minPriceCents } } pageInfo { hasNextPage endCursor } } }`;
const BOOK =
  'mutation($s: ID!, $k: String) { bookOffer(stockId: $s, idempotencyKey: $k) { id token } }';
const CANCEL = 'mutation($id: ID!) { cancelBooking(bookingId: $id) { id status } }';
const LOOKUP = 'query($t: String!) { bookingByToken(token: $t) { id status } }';
const USE = 'mutation($t: String!) { useBooking(token: $t) { id status } }';
const LOGIN = 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }';

/** A small import file: mostly valid lines, now and then a bad one. */
function importFile(world: World): string {
  const lines = ['lieu;reference;sous_categorie;nom;prix;quantite;date'];
  const count = 3 + Math.floor(Math.random() * 15);
  for (let i = 0; i < count; i++) {
    const ref = `SOAK-${Math.floor(Math.random() * 500)}`;
    const price = Math.random() < 0.05 ? 'gratuit?' : `${5 + (i % 20)},50`;
    lines.push(`${pick(world.venueSirets)};${ref};LIVRE_PAPIER;Livre ${ref};${price};${10 + i};`);
  }
  return lines.join('\r\n') + '\r\n';
}

async function postImport(http: HttpPool, world: World): Promise<Outcome> {
  const confirm = Math.random() < 0.3;
  let status = 0;
  let text = '';
  try {
    const response = await http.request({
      path: `/imports/offers${confirm ? '?confirm=true' : ''}`,
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${pick(world.pros)}` },
      body: importFile(world),
      headersTimeout: REQUEST_TIMEOUT_MS,
      bodyTimeout: REQUEST_TIMEOUT_MS,
    });
    status = response.statusCode;
    countStatus(status);
    text = await response.body.text();
  } catch (error) {
    return `${OUTSIDE}no answer (${(error as { code?: string }).code ?? error})`;
  }
  let body: { code?: string };
  try {
    body = JSON.parse(text) as { code?: string };
  } catch {
    return `${OUTSIDE}HTTP ${status}, unreadable body`;
  }
  if (status === 200) return 'OK';
  if (status >= 400 && status < 500 && body.code) return `HTTP ${status} ${body.code}`;
  return `${OUTSIDE}HTTP ${status} ${body.code ?? 'without code'}`;
}

/** Opens a raw connection, sends `head` and part of a body, then closes it abruptly. */
function rawThenKill(port: number, head: string, body: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.once('close', () => resolve());
    socket.once('connect', () => {
      socket.write(head);
      if (body) socket.write(body);
      setTimeout(() => socket.destroy(), afterMs);
    });
  });
}

async function abortedUpload(api: Api, world: World): Promise<Outcome> {
  const head =
    'POST /imports/offers?confirm=true HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
    `Authorization: Bearer ${pick(world.pros)}\r\nContent-Type: text/csv\r\n` +
    'Transfer-Encoding: chunked\r\n\r\n';
  const text = importFile(world);
  // Half of the file, as a chunk; sometimes a chunk cut in the middle of its own bytes.
  const part = text.slice(0, Math.floor(text.length / 2));
  const chunk =
    Math.random() < 0.5
      ? `${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`
      : `${(Buffer.byteLength(part) * 2).toString(16)}\r\n${part}`;
  await rawThenKill(api.port, head, chunk, Math.floor(Math.random() * 50));
  return 'CLIENT_GONE';
}

async function killedConnection(api: Api, world: World): Promise<Outcome> {
  const booking = Math.random() < 0.5;
  const who = pick(world.beneficiaries);
  const payload = JSON.stringify(
    booking
      ? { query: BOOK, variables: { s: String(pick(world.stocks).id), k: null } }
      : { query: SEARCH, variables: { i: { around: { latitude: 48.86, longitude: 2.35 } } } },
  );
  const head =
    'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
    `Authorization: Bearer ${who.session}\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n`;
  // Killed before the body ends, or while the api works on it.
  const whole = Math.random() < 0.5;
  await rawThenKill(
    api.port,
    head,
    whole ? payload : payload.slice(0, payload.length >> 1),
    Math.floor(Math.random() * 30),
  );
  return 'CLIENT_GONE';
}

async function runOne(
  kind: Kind,
  http: HttpPool,
  api: Api,
  world: World,
  record: (s: Sample) => void,
) {
  const started = performance.now();
  const done = (outcome: Outcome, as: Kind = kind, from = started) =>
    record({ kind: as, outcome, ms: performance.now() - from });
  switch (kind) {
    case 'search': {
      const input: Record<string, unknown> = {
        around: { latitude: 48.8 + Math.random() * 0.15, longitude: 2.25 + Math.random() * 0.2 },
        radiusKm: pick([2, 5, 20, 50]),
        first: pick([10, 20, 50]),
      };
      if (Math.random() < 0.3) input.categories = [pick(['LIVRE', 'MUSIQUE_LIVE', 'MUSEE'])];
      if (Math.random() < 0.2) input.maxPriceCents = 1_500;
      const token = Math.random() < 0.5 ? pick(world.beneficiaries).session : undefined;
      done((await graphql(http, SEARCH, { i: input }, token)).outcome);
      return;
    }
    case 'book': {
      const user = Math.floor(Math.random() * world.beneficiaries.length);
      const stock =
        Math.random() < 0.7 ? pick(world.stocks.filter((s) => s.thing)) : pick(world.stocks);
      const key = Math.random() < 0.2 ? `soak-${user}-${stock.id}` : null;
      const result = await graphql(
        http,
        BOOK,
        { s: String(stock.id), k: key },
        world.beneficiaries[user]!.session,
      );
      done(result.outcome);
      const booked = result.data?.bookOffer as { id: string; token: string } | undefined;
      if (booked && !world.live.some((b) => b.id === Number(booked.id))) {
        world.live.push({ id: Number(booked.id), token: booked.token, user, thing: stock.thing });
      }
      return;
    }
    case 'cancel': {
      const booking = world.live.length
        ? world.live.splice(Math.floor(Math.random() * world.live.length), 1)[0]!
        : null;
      if (!booking) return runOne('book', http, api, world, record);
      const result = await graphql(
        http,
        CANCEL,
        { id: String(booking.id) },
        world.beneficiaries[booking.user]!.session,
      );
      done(result.outcome);
      return;
    }
    case 'counter-lookup': {
      const pro = pick(world.pros);
      const things = world.live.filter((b) => b.thing);
      // Now and then a token that is nobody's: the counter's "not found".
      const booking = things.length && Math.random() < 0.9 ? pick(things) : null;
      const token = booking?.token ?? randomBytes(3).toString('hex').toUpperCase();
      const lookup = await graphql(http, LOOKUP, { t: token }, pro);
      done(lookup.outcome);
      if (!booking || lookup.outcome !== 'OK') return;
      const from = performance.now();
      const use = await graphql(http, USE, { t: token }, pro);
      done(use.outcome, 'counter-validate', from);
      if (use.outcome === 'OK') world.live = world.live.filter((b) => b.id !== booking.id);
      return;
    }
    case 'import':
      done(await postImport(http, world));
      return;
    case 'login': {
      const who = pick(world.beneficiaries);
      const right = Math.random() < 0.8;
      done(
        (
          await graphql(http, LOGIN, {
            e: who.email,
            p: right ? PASSWORD : 'pas le bon mot de passe',
          })
        ).outcome,
      );
      return;
    }
    case 'aborted-upload':
      done(await abortedUpload(api, world));
      return;
    case 'killed-connection':
      done(await killedConnection(api, world));
      return;
    default:
      done(`${OUTSIDE}unknown kind`);
  }
}

// ------------------------------------------------------------------ checks

function rssMb(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    const peak = /VmHWM:\s+(\d+) kB/.exec(status);
    return rss && peak ? { rss: Number(rss[1]) / 1024, peak: Number(peak[1]) / 1024 } : null;
  } catch {
    return null;
  }
}

/** Counters that disagree with the bookings they summarise, and what the constraints forbid. */
async function ledgerDifferences(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const {
      rows: [row],
    } = await client.query<Record<string, string>>(`select
      (select count(*) from stock s where s.booked_quantity <> coalesce(
         (select sum(quantity) from booking b where b.stock_id = s.id and b.status <> 'CANCELLED'), 0)) as stocks,
      (select count(*) from deposit d where (d.spent_cents, d.digital_spent_cents, d.physical_spent_cents) <>
         (select coalesce(sum(amount_cents * quantity), 0),
                 coalesce(sum(amount_cents * quantity) filter (where cap_family = 'DIGITAL'), 0),
                 coalesce(sum(amount_cents * quantity) filter (where cap_family = 'PHYSICAL'), 0)
            from booking b where b.deposit_id = d.id and b.status <> 'CANCELLED')) as deposits,
      (select count(*) from stock where quantity is not null and booked_quantity > quantity) as oversold,
      (select count(*) from deposit where spent_cents > amount_cents
         or digital_spent_cents > coalesce(digital_cap_cents, digital_spent_cents)
         or physical_spent_cents > coalesce(physical_cap_cents, physical_spent_cents)) as overspent,
      (select count(*) from booking b where b.status <> 'CANCELLED' and b.amount_cents > 0 and not exists (
         select 1 from deposit d where d.id = b.deposit_id and d.user_id = b.user_id)) as uncharged`);
    return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]));
  });
}

async function healthy(url: string): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
    return { ok: response.status === 200, ms: performance.now() - started };
  } catch {
    return { ok: false, ms: performance.now() - started };
  }
}

// ------------------------------------------------------------------ report

function report(samples: Sample[], seconds: number): number {
  const kinds = [...new Set(samples.map((s) => s.kind))].sort();
  console.log(
    `\nrequests by kind (${samples.length} in ${seconds.toFixed(0)} s, ${(samples.length / seconds).toFixed(0)}/s):`,
  );
  console.log(
    `  ${'kind'.padEnd(18)} ${'count'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}  answers`,
  );
  for (const kind of kinds) {
    const of = samples.filter((s) => s.kind === kind);
    const sorted = of.map((s) => s.ms).sort((a, b) => a - b);
    const byOutcome: Record<string, number> = {};
    for (const s of of) byOutcome[s.outcome] = (byOutcome[s.outcome] ?? 0) + 1;
    console.log(
      `  ${kind.padEnd(18)} ${String(of.length).padStart(7)} ${percentile(sorted, 50).toFixed(1).padStart(8)} ${percentile(sorted, 95).toFixed(1).padStart(8)}  ${JSON.stringify(byOutcome)}`,
    );
  }
  const byCode: Record<string, number> = {};
  for (const s of samples) byCode[s.outcome] = (byCode[s.outcome] ?? 0) + 1;
  console.log('answers by code:');
  for (const [code, n] of Object.entries(byCode).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${code.padEnd(40)} ${n}`);
  }
  console.log(`HTTP statuses: ${JSON.stringify(httpStatuses)}`);
  const outside = samples.filter((s) => s.outcome.startsWith(OUTSIDE)).length;
  console.log(`answers outside "coded error or success": ${outside}`);
  return outside;
}

// ------------------------------------------------------------------ main

async function main(): Promise<number> {
  const redis = (await redisAnswers(REDIS_URL)) ? REDIS_URL : null;
  console.log(
    `soak — ${SECONDS} s, ${CONCURRENCY} clients, ${BENEFICIARIES} beneficiaries, ${PROS} pros, ` +
      `${THING_OFFERS + EVENT_OFFERS + FREE_OFFERS} offers; Redis ${redis ?? 'not reachable: limits in process'}; database ${DB_NAME}`,
  );
  const url = await recreateDatabase(DB_NAME);
  let api: Api | null = null;
  const stopOnSignal = () => {
    void (async () => {
      await api?.stop();
      await dropDatabase(DB_NAME);
      process.exit(130);
    })();
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    api = await startApi(url, redis); // migrates the fresh database
    const world = await prepare(url);
    const pid = api.child.pid!;
    const startRss = rssMb(pid)!.rss;
    const http = new HttpPool(api.url, { connections: CONCURRENCY });
    const samples: Sample[] = [];
    // Warm-up: the first fifth of the run (at most a minute). The level after it is the
    // median RSS of the following window, so one log-in's hashing buffers do not set it.
    const warmUpMs = Math.min(60_000, SECONDS * 200);
    const levelWindowMs = Math.min(30_000, SECONDS * 100);
    const started = Date.now();
    const deadline = started + SECONDS * 1_000;
    const rssTrace: { at: number; rss: number }[] = [];
    const sampler = setInterval(() => {
      const now = rssMb(pid);
      if (now) rssTrace.push({ at: Date.now() - started, rss: now.rss });
    }, 1_000);
    let lastPrint = started;
    const record = (sample: Sample) => {
      samples.push(sample);
      if (Date.now() - lastPrint >= 30_000) {
        lastPrint = Date.now();
        const outside = samples.filter((s) => s.outcome.startsWith(OUTSIDE)).length;
        console.log(
          `  ${((lastPrint - started) / 1000).toFixed(0)} s: ${samples.length} requests, ${outside} outside, RSS ${rssMb(pid)?.rss.toFixed(0) ?? '?'} MB`,
        );
      }
    };
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < deadline && api!.child.exitCode === null) {
          await runOne(drawKind(), http, api!, world, record);
        }
      }),
    );
    const seconds = (Date.now() - started) / 1_000;
    clearInterval(sampler);
    await http.close();
    // Let the api finish what the killed connections left, then read memory and health.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const end = rssMb(pid);
    const health = await healthy(api.url);
    const alive = api.child.exitCode === null && api.child.signalCode === null;

    const outside = report(samples, seconds);
    const level = rssTrace
      .filter((r) => r.at >= warmUpMs && r.at < warmUpMs + levelWindowMs)
      .map((r) => r.rss)
      .sort((a, b) => a - b);
    const warm = level.length ? level[level.length >> 1]! : startRss;
    const growth = end ? (end.rss - warm) / warm : Infinity;
    console.log(
      `RSS: start ${startRss.toFixed(0)} MB, after warm-up ${warm.toFixed(0)} MB (median of ${(warmUpMs / 1000).toFixed(0)}-${((warmUpMs + levelWindowMs) / 1000).toFixed(0)} s), ` +
        `end ${end?.rss.toFixed(0) ?? '?'} MB (${(growth * 100).toFixed(1)} % of warm-up), peak ${end?.peak.toFixed(0) ?? '?'} MB` +
        ` (max sampled ${Math.max(...rssTrace.map((r) => r.rss)).toFixed(0)} MB)`,
    );
    console.log(
      `process alive: ${alive}; health check: ${health.ok ? 'ok' : 'FAILED'} in ${health.ms.toFixed(0)} ms`,
    );
    const ledger = await ledgerDifferences(url);
    const [counts] = await withClient(
      url,
      async (client) =>
        (
          await client.query<Record<string, string>>(`select
          (select count(*) from booking) as bookings,
          (select count(*) from booking where status = 'CONFIRMED') as confirmed,
          (select count(*) from booking where status = 'USED') as used,
          (select count(*) from booking where status = 'CANCELLED') as cancelled,
          (select coalesce(sum(booked_quantity), 0) from stock) as booked_places,
          (select coalesce(sum(spent_cents), 0) from deposit) as spent_cents,
          (select count(*) from offer) as offers`)
        ).rows,
    );
    const ledgerBad = Object.values(ledger).reduce((a, b) => a + b, 0);
    console.log(`database: ${JSON.stringify(counts)}`);
    console.log(`ledger ${ledgerBad === 0 ? 'exact' : 'WRONG'}: ${JSON.stringify(ledger)}`);
    console.log(
      `api error-level log lines: ${api.errorLines.length}` +
        (api.errorLines.length ? `\n  ${api.errorLines.slice(0, 5).join('\n  ')}` : ''),
    );

    const failures = [
      outside > 0 && `${outside} answers outside "coded error or success"`,
      growth > 0.2 && `RSS grew ${(growth * 100).toFixed(1)} % after warm-up (limit 20 %)`,
      !alive && 'the api process died',
      !health.ok && 'the health check failed',
      ledgerBad > 0 && 'the ledger disagrees with the bookings',
    ].filter((f): f is string => typeof f === 'string');
    console.log(
      failures.length ? `FAILED: ${failures.join('; ')}` : 'soak passed: every check holds',
    );
    return failures.length ? 1 : 0;
  } finally {
    await api?.stop();
    await dropDatabase(DB_NAME);
    rmSync(DATA_DIR, { recursive: true, force: true });
  }
}

process.exit(await main());
