import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';
import { adminQuery, withDatabase } from './global-setup.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const provided = inject('testDatabase');
  if (provided.kind === 'postgres') {
    const name = `${provided.templateName}_${randomUUID().slice(0, 8)}`;
    await adminQuery(
      provided.serverUrl,
      `create database "${name}" template "${provided.templateName}"`,
    );
    return {
      url: withDatabase(provided.serverUrl, name),
      drop: () => adminQuery(provided.serverUrl, `drop database if exists "${name}" with (force)`),
    };
  }
  const db = await startEmbeddedDatabase({ dataDir: 'memory://', dumpPath: provided.dumpPath });
  return { url: db.url, drop: () => db.stop() };
}
