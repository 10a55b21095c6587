/**
 * Prints EXPLAIN (ANALYZE, BUFFERS) of every statement a search sends, for the searches of
 * bench:search — what api/bench/README.md shows. Usage:
 *   BENCH_DATABASE_URL=postgresql://…/db node dist/bench/explain-search.js '{"around":{…},"radiusKm":10}'
 */
import pg from 'pg';
import { searchCriteria, type RawSearchInput } from '../src/modules/search/search.criteria.js';
import { SearchService } from '../src/modules/search/search.service.js';
import { SERVER_URL } from './support.js';

const pool = new pg.Pool({
  connectionString: process.env.BENCH_DATABASE_URL ?? SERVER_URL,
  max: 1,
});
const input = JSON.parse(process.argv[2] ?? '{}') as RawSearchInput;
const explaining = {
  async query<T>(text: string, values: unknown[] = []): Promise<T[]> {
    const plan = await pool.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers, costs off) ${text}`,
      values,
    );
    console.log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
    return (await pool.query(text, values)).rows as T[];
  },
};
// Once without EXPLAIN: PostGIS pays ~7 ms to set up its geodetic state on a connection's first use.
await new SearchService({
  query: async (text, values) => (await pool.query(text, values)).rows,
}).search(searchCriteria(input));
await new SearchService(explaining).search(searchCriteria(input));
await pool.end();
