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
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
if (!dataDir.startsWith('memory://')) {
  mkdirSync(dataDir, { recursive: true });
  lockDataDir(dataDir);
}

/**
 * One process per data folder: a second PGlite on the same files (a second `npm start` in
 * the same folder, say) would replay the first one's WAL as after a crash and write over its
 * pages. The lock is a file beside the folder naming the process that holds it; a lock
 * whose process is gone is taken over. The parent reads the refusal on stdout (embedded.ts).
 */
function lockDataDir(dir: string): void {
  const lockPath = `${dir.replace(/\/+$/, '')}.lock`;
  // Tried again after a stale lock is removed, or when its holder has just exited.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      process.on('exit', () => rmSync(lockPath, { force: true }));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const held = readIfPresent(lockPath);
    const holder = Number(held);
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
      process.stdout.write(
        `${JSON.stringify({ error: `The embedded database in ${dir} is already used by process ${holder} (another npm start in this folder?). Stop it, or set DATA_DIR to another folder.` })}\n`,
      );
      process.exit(3);
    }
    // Only the stale lock read above: another start may have taken it over meanwhile.
    if (held !== null && readIfPresent(lockPath) === held) rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not lock ${dir}`);
}

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

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
