import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { startEmbeddedDatabase } from './embedded.js';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /**
   * Starts the embedded database process again on the same data and port, once a first start
   * has migrated and seeded: PGlite's WebAssembly memory only grows (≈ 150 MB after creating
   * PostGIS and the demo data), a new process holds what the demo needs (≈ 55 MB). No-op
   * for a configured PostgreSQL.
   */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The configured PostgreSQL, or the embedded one under DATA_DIR when none is configured. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) {
    await assertPostgisAvailable(config.DATABASE_URL);
    return {
      url: config.DATABASE_URL,
      embedded: false,
      restart: async () => undefined,
      stop: async () => undefined,
    };
  }
  const dataDir = resolve(config.DATA_DIR, 'pglite');
  // A new database is created, migrated and seeded, then its process restarted (restart()).
  const creating = !existsSync(join(dataDir, 'PG_VERSION'));
  let current = await startEmbeddedDatabase({
    dataDir,
    port: config.EMBEDDED_DB_PORT,
    keepsMemory: !creating,
  });
  const port = Number(new URL(current.url).port);
  return {
    url: current.url,
    embedded: true,
    async restart() {
      await current.stop();
      current = await startEmbeddedDatabase({ dataDir, port });
    },
    dump: (path: string) => current.dump(path),
    stop: () => current.stop(),
  } as DatabaseHandle;
}

export class MissingPostgisError extends Error {}

/** Fails with a clear message when the server lacks PostGIS, before any migration runs. */
export async function assertPostgisAvailable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ available: boolean }>(
      "select exists(select 1 from pg_available_extensions where name = 'postgis') as available",
    );
    if (!rows[0]?.available) {
      throw new MissingPostgisError(
        'The PostgreSQL server at DATABASE_URL does not have the PostGIS extension. ' +
          'Install it (Debian: apt-get install postgresql-15-postgis-3) or unset DATABASE_URL ' +
          'to use the embedded database.',
      );
    }
  } finally {
    await client.end();
  }
}
