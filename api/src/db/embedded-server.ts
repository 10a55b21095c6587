/**
 * Child process: PGlite + PostGIS behind a PostgreSQL wire-protocol socket on
 * loopback. Started by embedded.ts; prints one JSON line `{ "port": N }` when
 * ready and stops when its parent goes away.
 */
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';

const [dataDir, portArg = '0', maxConnectionsArg = '10'] = process.argv.slice(2);
if (!dataDir) {
  console.error('usage: embedded-server <dataDir|memory://> [port] [maxConnections]');
  process.exit(2);
}
if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });

const db = await PGlite.create({ dataDir, extensions: { postgis } });
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

process.stdout.write(`${JSON.stringify({ port })}\n`);
