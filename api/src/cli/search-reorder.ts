import 'reflect-metadata';
import { parseConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { Database } from '../db/sql.js';
import { reorderSearchPages } from '../modules/search/search.queries.js';

/**
 * Rewrites the search's page table in geohash order (maintenance, e.g. nightly): after many
 * writes new and moved offers no longer sit beside their neighbours and a page of results
 * reads more of the table. Searches and writes go on while the ordered copy is built; writes
 * then wait while it catches up with them, and searches for the swap (reorderSearchPages).
 */
const config = parseConfig();
const database = await openDatabase(config);
try {
  const db = new Database(database.url, {
    max: 1,
    acquireTimeoutMs: config.DB_ACQUIRE_TIMEOUT_MS,
  });
  const started = performance.now();
  await reorderSearchPages(db);
  await db.end();
  console.log(`Search pages reordered in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await database.stop();
}
