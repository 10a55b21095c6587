/**
 * npm run bench:search — the api's searchOffers against the search floor on the scale data.
 *
 * The floor is the project's shared one (../shared/bench/search-floor, SEARCH_FLOOR_DIR): one
 * KNN statement over a precomputed table (offer_search_p, built by its floor.sql) through a pg
 * pool, with its 80-query mix (20 points × 10 / 50 km × without / with one category, first 20,
 * no digital offers). This bench:
 * 1. starts the built api on BENCH_DATABASE_URL (no jobs), after recomputing the search rows
 *    whose deadline passed, and checks that for all 80 queries the api's distance list equals
 *    the floor's (ties between offers of one venue may pick other offers; distances must match);
 * 2. runs floor and api alternately, twice each, concurrency 16, BENCH_SECONDS (20) each;
 * 3. prints req/s, p95, the ratios, the api's RSS, the load average, and where the time goes:
 *    CPU ms per request in the api's Node process and in the PostgreSQL backends serving it.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startApi } from './support.js';

const CONCURRENCY = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/scale_search';
const FLOOR_DIR =
  process.env.SEARCH_FLOOR_DIR ??
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/bench/search-floor');

interface FloorQuery {
  lat: number;
  lng: number;
  radiusKm: number;
  category: string | null;
  first: number;
  label: string;
}
interface FloorCommon {
  MIX: FloorQuery[];
  SEARCH_SQL: string;
  sqlParams(q: FloorQuery): unknown[];
}

function loadFloor(): FloorCommon {
  try {
    return createRequire(import.meta.url)(`${FLOOR_DIR}/common.js`) as FloorCommon;
  } catch (error) {
    throw new Error(
      `The search floor's harness is not at ${FLOOR_DIR} (set SEARCH_FLOOR_DIR): ${String(error)}`,
    );
  }
}

const QUERY = `query S($input: SearchOffersInput!) { searchOffers(input: $input) {
  edges { cursor distanceMeters node { id name minPriceCents subcategory { id label } venue { id name city } } }
  pageInfo { hasNextPage endCursor } } }`;

const variables = (q: FloorQuery) => ({
  input: {
    around: { latitude: q.lat, longitude: q.lng },
    radiusKm: q.radiusKm,
    first: q.first,
    includeDigital: false,
    ...(q.category ? { categories: [q.category] } : {}),
  },
});

function percentile(sorted: Float64Array, p: number): number {
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
    : NaN;
}

/** CPU seconds (user + system) a process has used, from /proc; 0 when it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return 0;
  }
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Backends connected to the bench database, except the bench's own control connection. */
async function backendPids(control: pg.Client): Promise<number[]> {
  const { rows } = await control.query<{ pid: number }>(
    `select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
       and backend_type = 'client backend'`,
  );
  return rows.map((r) => r.pid);
}

async function backendsCpu(control: pg.Client): Promise<Map<number, number>> {
  return new Map((await backendPids(control)).map((pid) => [pid, cpuSeconds(pid)]));
}

function cpuSince(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

interface RunResult {
  who: 'floor' | 'api';
  run: number;
  rps: number;
  p95: number;
  requests: number;
  errors: number;
  rssMb?: number;
  nodeCpuMs?: number;
  pgCpuMs: number;
  load: number;
}

async function runFloor(
  floor: FloorCommon,
  control: pg.Client,
  seconds: number,
  run: number,
): Promise<RunResult> {
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: CONCURRENCY });
  await Promise.all(
    Array.from({ length: CONCURRENCY }, (_, i) =>
      pool.query(floor.SEARCH_SQL, floor.sqlParams(floor.MIX[i % floor.MIX.length]!)),
    ),
  );
  const before = await backendsCpu(control);
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        const q = floor.MIX[next++ % floor.MIX.length]!;
        const t0 = performance.now();
        try {
          await pool.query(floor.SEARCH_SQL, floor.sqlParams(q));
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const pgCpu = cpuSince(before, await backendsCpu(control));
  await pool.end();
  const sorted = Float64Array.from(latencies).sort();
  return {
    who: 'floor',
    run,
    rps: latencies.length / elapsed,
    p95: percentile(sorted, 95),
    requests: latencies.length,
    errors,
    pgCpuMs: (pgCpu * 1000) / latencies.length,
    load: loadavg()[0]!,
  };
}

async function runApi(
  floor: FloorCommon,
  control: pg.Client,
  url: string,
  pid: number,
  seconds: number,
  run: number,
): Promise<RunResult> {
  const bodies = floor.MIX.map((q) => JSON.stringify({ query: QUERY, variables: variables(q) }));
  let next = 0;
  const latencies: number[] = [];
  let rssMax = rssMb(pid);
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMb(pid))), 500);
  const nodeBefore = cpuSeconds(pid);
  const pgBefore = await backendsCpu(control);
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections: CONCURRENCY,
        duration: seconds,
        headers: { 'content-type': 'application/json' },
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
          },
        ],
      },
      (error, res) => (error ? fail(error) : done(res)),
    );
    instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
  clearInterval(sampler);
  const nodeCpu = cpuSeconds(pid) - nodeBefore;
  const pgCpu = cpuSince(pgBefore, await backendsCpu(control));
  const sorted = Float64Array.from(latencies).sort();
  const requests = result.requests.total;
  return {
    who: 'api',
    run,
    rps: requests / result.duration,
    p95: percentile(sorted, 95),
    requests,
    errors: result.errors + result.non2xx,
    rssMb: rssMax,
    nodeCpuMs: (nodeCpu * 1000) / requests,
    pgCpuMs: (pgCpu * 1000) / requests,
    load: loadavg()[0]!,
  };
}

/** The api's distance lists against the floor's, for every query of the mix. */
async function verify(floor: FloorCommon, control: pg.Client, url: string): Promise<number> {
  let differ = 0;
  for (const q of floor.MIX) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: variables(q) }),
    });
    const body = (await response.json()) as {
      data?: { searchOffers: { edges: { distanceMeters: number }[] } };
      errors?: unknown;
    };
    const api = (body.data?.searchOffers.edges ?? []).map((e) => e.distanceMeters.toFixed(1));
    const { rows } = await control.query<{ distance_m: number }>(
      floor.SEARCH_SQL,
      floor.sqlParams(q),
    );
    const expected = rows.map((r) => r.distance_m.toFixed(1));
    if (body.errors || api.join() !== expected.join()) {
      differ++;
      console.log(
        `  differs: ${q.label} ${q.radiusKm} km ${q.category ?? ''}: api ${api.length}, floor ${expected.length}`,
        body.errors ? JSON.stringify(body.errors).slice(0, 200) : '',
      );
    }
  }
  return differ;
}

async function main(): Promise<void> {
  const floor = loadFloor();
  const control = new pg.Client({ connectionString: DATABASE_URL });
  await control.connect();
  const {
    rows: [counts],
  } = await control.query<{ offers: number; floor: number | null; search: number }>(
    `select (select count(*) from offer)::int as offers,
            (select count(*) from offer_search)::int as search,
            (select reltuples::int from pg_class where relname = 'offer_search_p') as floor`,
  );
  if (!counts?.floor) {
    throw new Error(`No floor table: psql -d <db> -f ${FLOOR_DIR}/floor.sql first`);
  }
  // The rows whose first stock closed since they were computed (the api's job does it every minute).
  await control.query(
    'select offer_search_refresh(array(select offer_id from offer_search where next_deadline <= now()))',
  );
  console.log(
    `bench:search — ${counts.offers} offers, ${counts.search} in the search table, floor table ~${counts.floor} rows; ` +
      `80-query mix, concurrency ${CONCURRENCY}, ${SECONDS} s a run, 2 alternating runs`,
  );
  const api = await startApi(DATABASE_URL, { DB_POOL_MAX: String(CONCURRENCY) });
  const pid = api.child.pid!;
  let failed = false;
  try {
    const differ = await verify(floor, control, api.url);
    console.log(`same distance lists: ${floor.MIX.length - differ} / ${floor.MIX.length}`);
    if (differ > 0) {
      failed = true;
      return;
    }
    await runFloor(floor, control, 5, 0);
    await runApi(floor, control, api.url, pid, 5, 0);
    const results: RunResult[] = [];
    for (const run of [1, 2]) {
      results.push(await runFloor(floor, control, SECONDS, run));
      results.push(await runApi(floor, control, api.url, pid, SECONDS, run));
    }
    console.log(
      'run  who     req/s    p95 ms   errors  RSS MB   Node CPU ms/req  PG CPU ms/req  load',
    );
    for (const r of results) {
      console.log(
        `${String(r.run).padEnd(4)} ${r.who.padEnd(6)} ${r.rps.toFixed(0).padStart(6)} ${r.p95.toFixed(1).padStart(9)} ` +
          `${String(r.errors).padStart(8)} ${(r.rssMb?.toFixed(0) ?? '-').padStart(7)} ` +
          `${(r.nodeCpuMs?.toFixed(2) ?? '-').padStart(16)} ${r.pgCpuMs.toFixed(2).padStart(14)}  ${r.load.toFixed(1)}`,
      );
    }
    for (const run of [1, 2]) {
      const [f, a] = results.filter((r) => r.run === run) as [RunResult, RunResult];
      console.log(
        `ratio run ${run}: throughput ${(a.rps / f.rps).toFixed(2)} of the floor (target ≥ 0.6), ` +
          `p95 ${(a.p95 / f.p95).toFixed(2)} × the floor's (target ≤ 1.5), RSS ${a.rssMb!.toFixed(0)} MB (target ≤ 250)`,
      );
    }
    failed = results.some((r) => r.errors > 0);
  } finally {
    await api.stop();
    await control.end();
  }
  if (failed) {
    console.error('FAILED: answers differ from the floor, or some requests failed');
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
