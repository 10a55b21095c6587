import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Database } from '../src/db/sql.js';
import { homeFeed } from '../src/modules/discovery/home-feed.queries.js';
import { refreshSelectionRules } from '../src/modules/discovery/discovery.service.js';
import { percentile, startApi, withClient } from './support.js';

/**
 * The discovery home (`home` query) through the api over HTTP, on the scale data:
 *
 *   npm run seed:scale -- --offers 1000000   (DATABASE_URL=…, then `npm run migrate`)
 *   BENCH_DATABASE_URL=<that database> npm run bench:home
 *
 * Adds six editorial selections for all France (four rules, two lists; removed at the
 * end), then asks for the home around several places and without one, one request at a
 * time, and prints p50 / p95 / max per place and overall against the target p95 ≤ 50 ms,
 * the statements each home cost (constant: the api's statement counter is not reachable
 * from here, so the feed is also timed alone through pg — the database's share, not a
 * floor), and the load average (the machine is shared).
 */
const TARGET_P95_MS = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error('BENCH_DATABASE_URL must name a migrated database filled by `npm run seed:scale`.');
  process.exit(2);
}

const MARK = '[bench:home]';
const PLACES: [string, { latitude: number; longitude: number } | null][] = [
  ['Paris', { latitude: 48.8566, longitude: 2.3522 }],
  ['Saint-Denis (93)', { latitude: 48.9362, longitude: 2.3574 }],
  ['Lyon', { latitude: 45.764, longitude: 4.8357 }],
  ['Rennes', { latitude: 48.1113, longitude: -1.68 }],
  ['Guéret (rural)', { latitude: 46.1714, longitude: 1.8717 }],
  ['Cayenne (973)', { latitude: 4.9224, longitude: -52.3135 }],
  ['no place', null],
];

const HOME = `query Home($input: HomeInput) {
  home(input: $input) {
    located
    modules { id kind title text items { distanceMeters offer {
      id name isDuo isDigital isEvent isFavorite minPriceCents
      subcategory { id label categoryId }
      venue { id name city isVirtual }
      stocks { id beginsAt priceCents remainingQuantity } } } }
  }
}`;

const [counts] = await withClient(url, async (client) => {
  await client.query(`delete from editorial_selection where title like $1`, [`${MARK}%`]);
  const now = new Date();
  const inMonth = new Date(now.getTime() + 30 * 86_400_000);
  const rules: [string, string | null, Date | null, Date | null][] = [
    ['CINEMA', '35', null, null],
    ['MUSIQUE_LIVE', null, now, inMonth],
    ['LIVRE', '69', null, null],
    ['SPECTACLE', '13', now, inMonth],
  ];
  for (const [i, [category, department, from, until]] of rules.entries()) {
    await client.query(
      `insert into editorial_selection (title, kind, rule_category_id, rule_department_code, rule_begins_from, rule_begins_until, published_from, position)
       values ($1, 'RULE', $2, $3, $4, $5, now() - interval '1 day', $6)`,
      [`${MARK} règle ${category}`, category, department, from, until, i],
    );
  }
  const { rows: picked } = await client.query<{ ids: number[] }>(
    `select array_agg(id) as ids from (select id from offer where validation = 'APPROVED' and is_active order by id desc limit 24) o`,
  );
  const ids = picked[0]!.ids;
  for (const [i, slice] of [ids.slice(0, 12), ids.slice(12)].entries()) {
    await client.query(
      `insert into editorial_selection (title, kind, offer_ids, published_from, position)
       values ($1, 'LIST', $2::int[], now() - interval '1 day', $3)`,
      [`${MARK} liste ${i}`, slice, 10 + i],
    );
  }
  return (await client.query<{ offers: string }>('select count(*) as offers from offer')).rows;
});
console.log(`Scale data: ${counts!.offers} offers; 6 editorial selections for all France added.`);
{
  // Rules are matched off the home's path (at save, then by the api's jobs): once here.
  const resolver = new Database(url, { max: 1, acquireTimeoutMs: 60_000 });
  await resolver.query('set jit = off');
  const t0 = performance.now();
  const { rules } = await refreshSelectionRules(resolver);
  console.log(`${rules} rules resolved by the job in ${(performance.now() - t0).toFixed(0)} ms.`);
  await resolver.end();
}
console.log(
  `Load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

/** CPU time (user + system, ms) a process has used, from /proc: unlike latency, it does not grow with the load. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

const api = await startApi(url);
const backendPids = () =>
  withClient(url, async (client) =>
    (
      await client.query<{ pid: number }>(
        `select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      )
    ).rows.map((r) => r.pid),
  );
const ask = async (around: { latitude: number; longitude: number } | null) => {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: HOME, variables: { input: { around } } }),
  });
  const body = (await response.json()) as {
    data?: { home: { modules: { items: unknown[] }[] } };
    errors?: unknown;
  };
  if (!body.data) throw new Error(`home failed: ${JSON.stringify(body.errors)}`);
  return body.data.home.modules;
};

const all: number[] = [];
let apiCpu = 0;
let dbCpu = 0;
const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(9);
console.log(
  `\n${'place'.padEnd(20)} ${'modules'.padStart(7)} ${'cards'.padStart(6)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`,
);
try {
  for (const [name, around] of PLACES) {
    const modules = await ask(around); // warm-up
    const latencies: number[] = [];
    const backends = await backendPids();
    const cpu0 = cpuMs(api.child.pid!);
    const db0 = backends.reduce((sum, pid) => sum + cpuMs(pid), 0);
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      await ask(around);
      latencies.push(performance.now() - t0);
    }
    apiCpu += cpuMs(api.child.pid!) - cpu0;
    dbCpu += backends.reduce((sum, pid) => sum + cpuMs(pid), 0) - db0;
    latencies.sort((a, b) => a - b);
    all.push(...latencies);
    const cards = modules.reduce((n, m) => n + m.items.length, 0);
    console.log(
      `${name.padEnd(20)} ${String(modules.length).padStart(7)} ${String(cards).padStart(6)} ${ms(percentile(latencies, 50))} ${ms(percentile(latencies, 95))} ${ms(latencies.at(-1)!)}`,
    );
  }
} finally {
  await api.stop();
}
all.sort((a, b) => a - b);
const p95 = percentile(all, 95);
console.log(
  `CPU per home (load-independent): api ${(apiCpu / all.length).toFixed(1)} ms, PostgreSQL ${(dbCpu / all.length).toFixed(1)} ms.`,
);
console.log(
  `\nAll ${all.length} homes through the api: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target ≤ ${TARGET_P95_MS} ms): ${p95 <= TARGET_P95_MS ? 'met' : 'NOT met'}.`,
);

// The feed statement alone, through pg: how much of a home is the database's.
const db = new Database(url, { max: 1, acquireTimeoutMs: 60_000 });
await db.query('set jit = off');
const feed: number[] = [];
for (const [, around] of PLACES) {
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    await homeFeed(db, {
      around,
      radiusMeters: 50_000,
      now: new Date(),
      perModule: 12,
      changeSubcategoryIds: null,
      selections: [],
      viewerId: null,
    });
    feed.push(performance.now() - t0);
  }
}
feed.sort((a, b) => a - b);
console.log(
  `The feed statement alone (no selections) through pg: p50 ${percentile(feed, 50).toFixed(1)} ms, p95 ${percentile(feed, 95).toFixed(1)} ms.`,
);
await db.end();
await withClient(url, (client) =>
  client.query(`delete from editorial_selection where title like $1`, [`${MARK}%`]),
);
console.log(
  `Load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
