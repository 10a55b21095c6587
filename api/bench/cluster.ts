/**
 * npm run bench:cluster — the search mix on 1 api instance + the primary, then on 2 instances
 * + the replica behind HAProxy, on a cluster of its own (api/src/cluster) seeded with
 * `seed:scale` (BENCH_OFFERS, default 100,000 offers). Prints req/s and p50/p95/p99 of each, the
 * share of reads the replica answered, memory (PSS) and the load average. On a 2-core machine
 * the point is that it works and what the extra pieces cost, not a speed-up: every process
 * shares the same two cores.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  clusterMemoryKb,
  startCluster,
  stopCluster,
  type ClusterOptions,
} from '../src/cluster/cluster.js';
import { peakRssMb, percentile, startApi } from './support.js';

const API_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const OFFERS = Number(process.env.BENCH_OFFERS ?? 100_000);
const AMOUNT = Number(process.env.BENCH_REQUESTS ?? 4_000);
const CONCURRENCY = 16;

const OPTIONS: ClusterOptions = {
  dir: join(API_ROOT, '.data/cluster-bench'),
  portBase: Number(process.env.BENCH_PORT_BASE ?? 55600),
  instances: 2,
  apiEnv: { SEED_DEMO: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
  log: (line) => console.log(line),
};

const SEARCH = `query Search($input: SearchOffersInput!) {
  searchOffers(input: $input) {
    edges { cursor distanceMeters node { id name minPriceCents subcategory { id label } venue { id name city } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const PARIS = { latitude: 48.8566, longitude: 2.3522 };
const LYON = { latitude: 45.764, longitude: 4.8357 };
const GUERET = { latitude: 46.1713, longitude: 1.8713 };
const MIX = [
  { around: PARIS, radiusKm: 10 },
  { around: PARIS, radiusKm: 10, categories: ['CINEMA'] },
  { around: PARIS, radiusKm: 50, categories: ['LIVRE'] },
  { around: LYON, radiusKm: 20 },
  { around: GUERET, radiusKm: 50 },
  { around: GUERET, radiusKm: 50, categories: ['MUSIQUE_LIVE'] },
  { text: 'concert' },
  {},
];

/** CPU time (ms) used so far by a process and its children (PostgreSQL's backends). */
function cpuMs(rootPids: number[]): number {
  const ticks = 100; // USER_HZ on Linux
  const stats = new Map<number, { ppid: number; ms: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), {
        ppid: Number(fields[1]),
        ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks,
      });
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  for (const [pid, stat] of stats)
    if (rootPids.includes(pid) || rootPids.includes(stat.ppid)) total += stat.ms;
  return total;
}

function pidFromFile(file: string): number {
  return Number(readFileSync(file, 'utf8').split('\n')[0]);
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function checkMix(url: string): Promise<void> {
  for (const input of MIX) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH, variables: { input } }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (response.status !== 200 || body.errors)
      throw new Error(
        `${JSON.stringify(input)}: ${response.status} ${JSON.stringify(body.errors)}`,
      );
  }
}

async function run(label: string, url: string, pids: Record<string, number[]>) {
  await checkMix(url);
  const cpuBefore = Object.fromEntries(Object.entries(pids).map(([k, v]) => [k, cpuMs(v)]));
  const latencies: number[] = [];
  let instance: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolvePromise, reject) => {
    instance = autocannon(
      {
        url: `${url}/graphql`,
        connections: CONCURRENCY,
        amount: AMOUNT,
        timeout: 30,
        requests: MIX.map((input) => ({
          method: 'POST' as const,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: SEARCH, variables: { input } }),
        })),
      },
      (error, result) => (error ? reject(error) : resolvePromise(result)),
    );
  });
  instance!.on('response', (_client: unknown, _status: number, _bytes: number, time: number) =>
    latencies.push(time),
  );
  const result = await done;
  // CPU milliseconds each part spent per search: 1000 / that = searches per second per core.
  const cpuMsPerSearch = Object.fromEntries(
    Object.entries(pids).map(([k, v]) => [
      k,
      +((cpuMs(v) - cpuBefore[k]!) / result.requests.total).toFixed(2),
    ]),
  );
  const sorted = latencies.sort((a, b) => a - b);
  const figures = {
    cpuMsPerSearch,
    label,
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    non2xx: result.non2xx,
    errors: result.errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    loadavg: loadavg(),
  };
  console.log(JSON.stringify(figures));
  return figures;
}

async function replicaShare(urls: string[]): Promise<{ replica: number; primary: number }> {
  const sums = { replica: 0, primary: 0 };
  for (const url of urls) {
    const text = await (await fetch(`${url}/metrics`)).text();
    for (const line of text.split('\n')) {
      const match = /^passculture_read_routes_total\{target="(replica|primary)".* (\d+)$/.exec(
        line,
      );
      if (match) sums[match[1] as 'replica' | 'primary'] += Number(match[2]);
    }
  }
  return sums;
}

async function main(): Promise<void> {
  await stopCluster(OPTIONS);
  rmSync(OPTIONS.dir, { recursive: true, force: true });
  const state = await startCluster(OPTIONS);
  try {
    const seedStarted = Date.now();
    execFileSync(
      process.execPath,
      [join(API_ROOT, 'dist/src/cli/seed-scale.js'), '--offers', String(OFFERS), '--quiet'],
      { env: { ...process.env, DATABASE_URL: state.primary.url }, stdio: 'inherit' },
    );
    console.log(`seeded ${OFFERS} offers in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s`);
    // The replica replays the seed before the runs.
    await new Promise((r) => setTimeout(r, 5_000));

    const solo = await startApi(state.primary.url, { NODE_ENV: 'production' });
    let soloFigures;
    try {
      soloFigures = await run('1 instance + primary', solo.url, {
        api: [solo.child.pid!],
        primary: [pidFromFile(join(state.primary.dataDir, 'postmaster.pid'))],
      });
      console.log(`  solo api peak RSS ${peakRssMb(solo.child.pid!)?.toFixed(0)} MB`);
    } finally {
      await solo.stop();
    }
    const before = await replicaShare(state.apis.map((a) => a.url));
    const run2 = (name: string) => pidFromFile(join(OPTIONS.dir, 'run', `${name}.pid`));
    const clusterFigures = await run('2 instances + replica (HAProxy)', state.url, {
      apis: state.apis.map((a) => run2(a.name)),
      haproxy: [run2('haproxy')],
      primary: [pidFromFile(join(state.primary.dataDir, 'postmaster.pid'))],
      replica: [pidFromFile(join(state.replica.dataDir, 'postmaster.pid'))],
    });
    const after = await replicaShare(state.apis.map((a) => a.url));
    const memory = clusterMemoryKb(OPTIONS);
    console.log(
      JSON.stringify({
        offers: OFFERS,
        requests: AMOUNT,
        concurrency: CONCURRENCY,
        solo: soloFigures,
        cluster: clusterFigures,
        ratio: +(clusterFigures.requestsPerSecond / soloFigures.requestsPerSecond).toFixed(2),
        readsOnReplica: after.replica - before.replica,
        readsOnPrimary: after.primary - before.primary,
        clusterMemoryMb: Math.round(Object.values(memory).reduce((a, b) => a + b, 0) / 1024),
        memoryKb: memory,
        cores: execFileSync('nproc', { encoding: 'utf8' }).trim(),
      }),
    );
  } finally {
    if (process.env.BENCH_KEEP_CLUSTER !== 'true') {
      await stopCluster(OPTIONS);
      rmSync(OPTIONS.dir, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
