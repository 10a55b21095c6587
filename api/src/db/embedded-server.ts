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
import { KEPT_SRIDS, keepSpatialRefSys, trimmedPostgis } from './postgis-bundle.js';

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
  extensions: { postgis: await trimmedPostgis(), unaccent, pg_trgm, btree_gist },
  loadDataDir,
  postgresqlconf: EMBEDDED_POSTGRESQL_CONF,
});
// The session settings real connections send at start-up (db/sql.ts): here one session serves all.
await db.exec('set pg_trgm.word_similarity_threshold = 0.5');
/**
 * Once PostGIS is installed and its library loaded, its files in PGlite's in-memory file
 * system are dead weight (≈ 24 MB held for good): the install script is only read by
 * CREATE EXTENSION, and PostgreSQL finds a loaded library by its name, so an empty file
 * under that name answers the existence checks of the functions called later. proj.db stays:
 * geography distances read it. Before the extension exists (a new database), nothing changes.
 */
async function releaseExtensionFiles(): Promise<boolean> {
  const { rows } = await db.query<{ installed: boolean }>(
    "select exists(select 1 from pg_extension where extname = 'postgis') as installed",
  );
  if (!rows[0]?.installed) return false;
  await db.query('select postgis_lib_version()');
  const fs = (db as unknown as { mod: { FS: EmscriptenFs } }).mod.FS;
  for (const path of fs.readdir(POSTGIS_LIBRARY_DIR))
    if (/^postgis-3\.so$/.test(path))
      fs.writeFile(`${POSTGIS_LIBRARY_DIR}/${path}`, new Uint8Array(0));
  for (const path of fs.readdir(EXTENSION_SCRIPT_DIR))
    if (/^postgis--.+\.sql$/.test(path)) fs.unlink(`${EXTENSION_SCRIPT_DIR}/${path}`);
  // The copies of the library read to load it are garbage now: collect them at once (a
  // quiet process may otherwise keep them for hours; --expose-gc from embedded.ts).
  (globalThis as { gc?: () => void }).gc?.();
  return true;
}
interface EmscriptenFs {
  readdir(path: string): string[];
  readFile(path: string, options: { encoding: 'utf8' }): string;
  writeFile(path: string, data: Uint8Array | string): void;
  unlink(path: string): void;
}
const POSTGIS_LIBRARY_DIR = '/pglite/lib/postgresql';
const EXTENSION_SCRIPT_DIR = '/pglite/share/postgresql/extension';
if (!(await releaseExtensionFiles())) {
  // A new database: CREATE EXTENSION postgis will insert only the reference systems it needs.
  const fs = (db as unknown as { mod: { FS: EmscriptenFs } }).mod.FS;
  for (const path of fs.readdir(EXTENSION_SCRIPT_DIR))
    if (/^postgis--[\d.]+\.sql$/.test(path)) {
      const script = `${EXTENSION_SCRIPT_DIR}/${path}`;
      fs.writeFile(
        script,
        keepSpatialRefSys(fs.readFile(script, { encoding: 'utf8' }), KEPT_SRIDS),
      );
    }
}

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
  // After the api's migrations (which may have just created the extension).
  if (message.type === 'release') {
    void releaseExtensionFiles().then(
      (released) => process.send?.({ type: 'released', released }),
      (error: unknown) => process.send?.({ type: 'release-failed', error: String(error) }),
    );
    return;
  }
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
