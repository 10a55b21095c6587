/**
 * npm run bench:search — the api on real PostgreSQL with the scale data (npm run seed:scale):
 * a realistic mix of searches (a dense city and a rural department, 10 and 50 km, with and
 * without a category, first and later pages) at concurrency 16 with autocannon. It first checks
 * that every request of the mix answers without errors, then prints req/s, p50/p95/p99, the api's
 * peak RSS, and the same SQL sent through pg at the same concurrency (the floor), with the ratios.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import pg from 'pg';
import { STOCK_COLUMNS } from '../src/modules/catalog/catalog.rows.js';
import { stockBookableSql } from '../src/modules/catalog/visibility.js';
import { searchCriteria, type RawSearchInput } from '../src/modules/search/search.criteria.js';
import { SearchService } from '../src/modules/search/search.service.js';
import { peakRssMb, percentile, runPool, SERVER_URL, startApi } from './support.js';

const CONCURRENCY = 16;
const AMOUNT = Number(process.env.BENCH_REQUESTS ?? 6_000);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? SERVER_URL;

const SEARCH = `query Search($input: SearchOffersInput!) {
  searchOffers(input: $input) {
    edges { cursor distanceMeters node { id name minPriceCents isFavorite subcategory { id label } venue { id name city } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const PARIS = { latitude: 48.8566, longitude: 2.3522 };
const GUERET = { latitude: 46.1713, longitude: 1.8713 }; // Creuse, among the least dense departments

interface MixItem {
  label: string;
  input: RawSearchInput & { around?: { latitude: number; longitude: number } };
  /** Ask for the page after the first one. */
  secondPage?: boolean;
}

const MIX: MixItem[] = [
  { label: 'Paris 10 km', input: { around: PARIS, radiusKm: 10 } },
  { label: 'Paris 10 km cinéma', input: { around: PARIS, radiusKm: 10, categories: ['CINEMA'] } },
  { label: 'Paris 50 km livres', input: { around: PARIS, radiusKm: 50, categories: ['LIVRE'] } },
  { label: 'Paris 10 km page 2', input: { around: PARIS, radiusKm: 10 }, secondPage: true },
  { label: 'Guéret 10 km', input: { around: GUERET, radiusKm: 10 } },
  { label: 'Guéret 50 km', input: { around: GUERET, radiusKm: 50 } },
  {
    label: 'Guéret 50 km concerts',
    input: { around: GUERET, radiusKm: 50, categories: ['MUSIQUE_LIVE'] },
  },
  { label: 'Guéret 50 km page 2', input: { around: GUERET, radiusKm: 50 }, secondPage: true },
];

type Body = {
  data?: { searchOffers: { edges: unknown[]; pageInfo: { endCursor: string | null } } };
  errors?: unknown[];
};

async function post(url: string, input: unknown): Promise<Body> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SEARCH, variables: { input } }),
  });
  return (await response.json()) as Body;
}

/** The variables of each mix item, with the cursor of page 1 for the page-2 items; fails on any error. */
async function prepareMix(url: string): Promise<{ label: string; input: RawSearchInput }[]> {
  const prepared = [];
  for (const item of MIX) {
    let input: RawSearchInput = { ...item.input, first: 20 };
    let body = await post(url, input);
    if (item.secondPage) {
      const after = body.data?.searchOffers.pageInfo.endCursor;
      if (!after) throw new Error(`${item.label}: no second page (is the scale data loaded?)`);
      input = { ...input, after };
      body = await post(url, input);
    }
    if (body.errors || !body.data || body.data.searchOffers.edges.length === 0) {
      throw new Error(
        `${item.label}: ${JSON.stringify(body.errors ?? 'no results (is the scale data loaded?)')}`,
      );
    }
    console.log(`  ok  ${item.label.padEnd(24)} ${body.data.searchOffers.edges.length} results`);
    prepared.push({ label: item.label, input });
  }
  return prepared;
}

async function runApi(url: string, mix: { input: RawSearchInput }[], amount: number) {
  const latencies: number[] = [];
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: `${url}/graphql`,
        connections: CONCURRENCY,
        amount,
        requests: mix.map((item) => ({
          method: 'POST' as const,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: SEARCH, variables: { input: item.input } }),
        })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance!.on('response', (_client, _status, _bytes, responseTime) =>
    latencies.push(responseTime),
  );
  const result = await done;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** What the api sends for one search: the search itself (offers and venues with it), then the stocks of the page. */
async function floorRequest(pool: pg.Pool, input: RawSearchInput): Promise<void> {
  const page = await new SearchService({
    query: async (text, values) => (await pool.query(text, values)).rows,
  }).search(searchCriteria(input));
  await pool.query(
    `select ${STOCK_COLUMNS} from stock s where s.offer_id = any($1::int[]) and ${stockBookableSql('$2')}
      order by s.begins_at asc nulls first, s.price_cents asc, s.id asc`,
    [page.hits.map((h) => h.offerId), new Date()],
  );
}

async function runFloor(mix: { input: RawSearchInput }[], amount: number) {
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: CONCURRENCY });
  const tasks = Array.from(
    { length: amount },
    (_, i) => () => floorRequest(pool, mix[i % mix.length]!.input),
  );
  const run = await runPool(tasks, CONCURRENCY);
  await pool.end();
  const sorted = [...run.latencies].sort((a, b) => a - b);
  return {
    requestsPerSecond: amount / run.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

async function main() {
  const {
    rows: [counts],
  } = await (async () => {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    try {
      return await client.query(
        'select (select count(*) from offer)::int as offers, (select count(*) from venue)::int as venues, (select count(*) from stock)::int as stocks',
      );
    } finally {
      await client.end();
    }
  })();
  console.log(
    `bench:search — ${counts.offers} offers, ${counts.venues} venues, ${counts.stocks} stocks; concurrency ${CONCURRENCY}, ${AMOUNT} requests a side`,
  );
  if (counts.offers < 100_000)
    console.warn('  (few offers: load the scale data with npm run seed:scale -- --offers 1000000)');

  const api = await startApi(DATABASE_URL, { DB_POOL_MAX: String(CONCURRENCY) });
  let failed = false;
  try {
    const mix = await prepareMix(api.url);
    await runApi(api.url, mix, 500); // warm-up
    await runFloor(mix, 500);
    const apiRun = await runApi(api.url, mix, AMOUNT);
    const rss = peakRssMb(api.child.pid!);
    const floor = await runFloor(mix, AMOUNT);
    console.log(
      `api    ${apiRun.requestsPerSecond.toFixed(0)} req/s, p50 ${apiRun.p50.toFixed(1)} ms, p95 ${apiRun.p95.toFixed(1)} ms, ` +
        `p99 ${apiRun.p99.toFixed(1)} ms, ` +
        `non-2xx ${apiRun.non2xx}, errors ${apiRun.errors}, peak RSS ${rss?.toFixed(0) ?? '?'} MB`,
    );
    console.log(
      `floor  ${floor.requestsPerSecond.toFixed(0)} req/s, p50 ${floor.p50.toFixed(1)} ms, p95 ${floor.p95.toFixed(1)} ms, p99 ${floor.p99.toFixed(1)} ms`,
    );
    console.log(
      `ratio  throughput ${(apiRun.requestsPerSecond / floor.requestsPerSecond).toFixed(2)} (target ≥ 0.6), ` +
        `p95 ${(apiRun.p95 / floor.p95).toFixed(2)} × the floor's (target ≤ 1.5), peak RSS target ≤ 250 MB`,
    );
    failed = apiRun.non2xx > 0 || apiRun.errors > 0;
  } finally {
    await api.stop();
  }
  if (failed) {
    console.error('FAILED: some requests failed');
    process.exit(1);
  }
}

await main();
