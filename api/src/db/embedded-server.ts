/**
 * Child process: PGlite + PostGIS behind a PostgreSQL wire-protocol socket on
 * loopback. Started by embedded.ts; prints one JSON line `{ "port": N }` when
 * ready and stops when its parent goes away.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mountedPostgis } from './postgis-bundle.js';

/**
 * Sized for one demo or test session, not PostgreSQL's server defaults: the whole demo
 * database is ≈ 35 MB, so 16 MB of shared buffers hold its working set; PGlite serves one
 * session at a time, so a few backend slots are plenty. Everything here lives in the
 * WebAssembly heap, which never gives memory back: what it does not take, it never holds.
 */
export const EMBEDDED_POSTGRESQL_CONF = [
  'shared_buffers = 16MB',
  'wal_buffers = 512kB',
  'max_connections = 10',
  'maintenance_work_mem = 16MB',
  'work_mem = 4MB',
  'temp_buffers = 2MB',
];

const [dataDir, portArg = '0', maxConnectionsArg = '10', dumpPath] = process.argv.slice(2);
if (!dataDir) {
  console.error('usage: embedded-server <dataDir|memory://> [port] [maxConnections] [dump.tar.gz]');
  process.exit(2);
}
if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });

// A dump (PGlite's dumpDataDir) starts the database from a prepared state, e.g. migrated.
const loadDataDir = dumpPath ? new Blob([readFileSync(dumpPath)]) : undefined;
const db = await PGlite.create({
  dataDir,
  extensions: { postgis: await mountedPostgis(), unaccent, pg_trgm, btree_gist },
  loadDataDir,
  postgresqlconf: EMBEDDED_POSTGRESQL_CONF,
});
// The session settings real connections send at start-up (db/sql.ts): here one session serves all.
await db.exec('set pg_trgm.word_similarity_threshold = 0.5');
const server = new PGLiteSocketServer({
  db,
  host: '127.0.0.1',
  port: Number(portArg),
  maxConnections: Number(maxConnectionsArg),
});
await server.start();
const port = Number(server.getServerConn().split(':').pop());

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => undefined);
  await db.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
// The parent holds an IPC channel: when it exits for any reason, we stop too.
process.on('disconnect', () => void stop());

// The parent may ask for a dump of the data directory (tests prepare a migrated one once).
process.on('message', (message: { type?: string; path?: string }) => {
  if (message.type !== 'dump' || !message.path) return;
  const path = message.path;
  void db
    .dumpDataDir('gzip')
    .then(async (file) => writeFileSync(path, Buffer.from(await file.arrayBuffer())))
    .then(
      () => process.send?.({ type: 'dumped', path }),
      (error: unknown) => process.send?.({ type: 'dump-failed', error: String(error) }),
    );
});

process.stdout.write(`${JSON.stringify({ port })}\n`);
