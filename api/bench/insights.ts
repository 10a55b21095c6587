import 'reflect-metadata';
import { Database } from '../src/db/sql.js';
import {
  refreshUptake,
  uptakeDashboard,
  type DashboardRequest,
} from '../src/modules/insights/uptake-dashboard.service.js';
import { percentile, withClient } from './support.js';
import {
  diversityDashboard,
  type DiversityPeriod,
} from '../src/modules/insights/diversity.service.js';
import { loadavg } from 'node:os';

/**
 * The ministry dashboard query (`uptakeDashboard`) on the scale data:
 *
 *   npm run seed:scale -- --offers 1000000 --beneficiaries 200000 --bookings 1000000   (DATABASE_URL=…)
 *   BENCH_DATABASE_URL=<that database> npm run bench:insights
 *
 * Prints the rollups' refresh time, then p50 / p95 / max per filter mix and overall,
 * against the target p95 ≤ 50 ms. Sequential calls on one warm connection.
 */
const TARGET_P95_MS = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error('BENCH_DATABASE_URL must name a database filled by `npm run seed:scale`.');
  process.exit(2);
}

const [counts] = await withClient(url, async (client) => {
  await client.query('set jit = off');
  return (
    await client.query<{ bookings: string; beneficiaries: string }>(
      `select (select count(*) from booking) as bookings, (select count(*) from deposit) as beneficiaries`,
    )
  ).rows;
});
console.log(`Scale data: ${counts!.bookings} bookings, ${counts!.beneficiaries} deposits.`);
if (Number(counts!.bookings) < 1_000_000 || Number(counts!.beneficiaries) < 200_000) {
  console.warn('Warning: below the target scale (1,000,000 bookings, 200,000 beneficiaries).');
}

const pool = new Database(url, { max: 2, acquireTimeoutMs: 60_000 });
const refreshStart = performance.now();
await refreshUptake((sql) => pool.query(sql));
console.log(`Rollups refreshed in ${((performance.now() - refreshStart) / 1000).toFixed(1)} s.`);

const isoDay = (daysAgo: number) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const base: DashboardRequest = {
  from: null,
  to: null,
  categoryId: null,
  departmentCode: null,
  side: 'BENEFICIARY',
};
const cases: [string, DashboardRequest][] = [
  ['France, since the start', base],
  ['France, last 12 weeks', { ...base, from: isoDay(84) }],
  ['France, last year, by venue', { ...base, from: isoDay(365), side: 'VENUE' }],
  ['France, cinema', { ...base, categoryId: 'CINEMA' }],
  ['Department 35, since the start', { ...base, departmentCode: '35' }],
  [
    'Department 93, books, last year',
    { ...base, departmentCode: '93', categoryId: 'LIVRE', from: isoDay(365) },
  ],
];

const all: number[] = [];
console.log(
  `\n${'case'.padEnd(36)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`,
);
for (const [name, request] of cases) {
  await uptakeDashboard(pool, request); // warm-up
  const latencies: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await uptakeDashboard(pool, request);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  all.push(...latencies);
  const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(8);
  console.log(
    `${name.padEnd(36)} ${ms(percentile(latencies, 50))} ${ms(percentile(latencies, 95))} ${ms(latencies.at(-1)!)}`,
  );
}
all.sort((a, b) => a - b);
const p95 = percentile(all, 95);
console.log(
  `\nAll ${all.length} calls: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target ≤ ${TARGET_P95_MS} ms): ${p95 <= TARGET_P95_MS ? 'met' : 'NOT met'}.`,
);

// Diversity of practice (bookers in 1, 2, 3+ categories) from its rollup, same budget.
const diversityCases: [string, DiversityPeriod, string | null][] = [
  ['Diversity, France, since the start', 'ALL', null],
  ['Diversity, France, last 12 weeks', 'WEEKS_12', null],
  ['Diversity, 93, last 52 weeks', 'WEEKS_52', '93'],
];
const diversity: number[] = [];
for (const [name, period, department] of diversityCases) {
  await diversityDashboard(pool, period, department); // warm-up
  const latencies: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await diversityDashboard(pool, period, department);
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  diversity.push(...latencies);
  const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(8);
  console.log(
    `${name.padEnd(36)} ${ms(percentile(latencies, 50))} ${ms(percentile(latencies, 95))} ${ms(latencies.at(-1)!)}`,
  );
}
diversity.sort((a, b) => a - b);
const diversityP95 = percentile(diversity, 95);
console.log(
  `Diversity, all ${diversity.length} calls: p50 ${percentile(diversity, 50).toFixed(1)} ms, p95 ${diversityP95.toFixed(1)} ms (target ≤ ${TARGET_P95_MS} ms): ${diversityP95 <= TARGET_P95_MS ? 'met' : 'NOT met'}. Load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}.`,
);
await pool.end();
