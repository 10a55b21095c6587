import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, inject, it } from 'vitest';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';
import { adminQuery, withDatabase } from './global-setup.js';

export interface TestDatabase {
  url: string;
  /**
   * The api's settings to reach it: an embedded database serves one session, so the api
   * gets one connection to it, as `npm start` does when it starts the embedded database.
   */
  env: { DATABASE_URL: string; DB_POOL_MAX?: string };
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
    const url = withDatabase(provided.serverUrl, name);
    return {
      url,
      env: { DATABASE_URL: url },
      drop: () => adminQuery(provided.serverUrl, `drop database if exists "${name}" with (force)`),
    };
  }
  const db = await startEmbeddedDatabase({ dataDir: 'memory://', dumpPath: provided.dumpPath });
  return { url: db.url, env: { DATABASE_URL: db.url, DB_POOL_MAX: '1' }, drop: () => db.stop() };
}

/**
 * Tests that need real row locks (two sessions at once) skip on the embedded database,
 * by name, from one list (row-lock-tests.json, which `npm test` also prints at its start).
 */
const ROW_LOCK_TESTS = JSON.parse(
  readFileSync(new URL('./row-lock-tests.json', import.meta.url), 'utf8'),
) as { reason: string; tests: string[] };

function needsRowLocks(name: string): boolean {
  if (!ROW_LOCK_TESTS.tests.includes(name)) {
    throw new Error(`"${name}" is not in test/support/row-lock-tests.json: add it there first`);
  }
  return inject('testDatabase').kind === 'embedded';
}

/** `describe`, skipped on the embedded database: its tests need real row locks. */
export function describeWithRowLocks(name: string, body: () => void): void {
  describe.skipIf(needsRowLocks(name))(name, body);
}

/** `it`, skipped on the embedded database: it needs real row locks. */
export function itWithRowLocks(name: string, body: () => Promise<void>, timeout?: number): void {
  it.skipIf(needsRowLocks(name))(name, body, timeout);
}
