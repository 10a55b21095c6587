import type { TestProject } from 'vitest/node';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';
import { migrate, openOrm } from '../../src/db/orm.js';

/**
 * Prepares one migrated database that every test file clones:
 * - with TEST_DATABASE_URL (real PostgreSQL): a template database;
 * - otherwise: a gzipped PGlite data directory that each file's embedded database loads.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const templateName = `pc_test_template_${randomUUID().slice(0, 8)}`;
    await adminQuery(serverUrl, `create database "${templateName}"`);
    const orm = await openOrm({ url: withDatabase(serverUrl, templateName), poolMax: 2 });
    await migrate(orm);
    await orm.close();
    project.provide('testDatabase', { kind: 'postgres', serverUrl, templateName });
    return async () => {
      await dropTestDatabases(serverUrl, templateName);
    };
  }

  const dir = mkdtempSync(join(tmpdir(), 'pc-test-'));
  const dumpPath = join(dir, 'migrated.tar.gz');
  const db = await startEmbeddedDatabase({ dataDir: 'memory://' });
  try {
    const orm = await openOrm({ url: db.url, poolMax: 1 });
    await migrate(orm);
    await orm.close();
    await db.dump(dumpPath);
  } finally {
    await db.stop();
  }
  project.provide('testDatabase', { kind: 'embedded', dumpPath });
  return async () => rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function dropTestDatabases(serverUrl: string, templateName: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname = $1 or datname like $2`,
      [templateName, `${templateName}_%`],
    );
    for (const { datname } of rows)
      await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase:
      | { kind: 'postgres'; serverUrl: string; templateName: string }
      | { kind: 'embedded'; dumpPath: string };
  }
}
