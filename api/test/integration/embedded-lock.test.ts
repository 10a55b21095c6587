import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded.js';

const root = mkdtempSync(join(tmpdir(), 'pc-embedded-lock-'));
const started: EmbeddedDatabase[] = [];
afterAll(async () => {
  await Promise.all(started.map((db) => db.stop()));
  rmSync(root, { recursive: true, force: true });
});

async function answer(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('select 1 as one')).rows[0]!.one;
  } finally {
    await client.end();
  }
}

describe('one embedded database process per data folder', () => {
  it('refuses a second process on the same folder, and lets one start once the first stopped', async () => {
    const dataDir = join(root, 'shared', 'pglite');
    const first = await startEmbeddedDatabase({ dataDir });
    started.push(first);
    expect(Number(readFileSync(`${dataDir}.lock`, 'utf8'))).toBeGreaterThan(0);

    await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(
      /already used by process \d+ \(another npm start in this folder\?\)/,
    );
    expect(await answer(first.url)).toBe(1);

    await first.stop();
    const again = await startEmbeddedDatabase({ dataDir });
    started.push(again);
    expect(await answer(again.url)).toBe(1);
  });

  it('takes over a lock left by a process that is gone, or naming none', async () => {
    const dataDir = join(root, 'shared', 'pglite');
    await Promise.all(started.splice(0).map((db) => db.stop()));
    // PID 2^22 + 1 is above Linux's largest (pid_max ≤ 2^22): no process has it.
    writeFileSync(`${dataDir}.lock`, String(2 ** 22 + 1));
    const db = await startEmbeddedDatabase({ dataDir });
    started.push(db);
    expect(await answer(db.url)).toBe(1);
    expect(Number(readFileSync(`${dataDir}.lock`, 'utf8'))).not.toBe(2 ** 22 + 1);

    // A lock that names no process at all (a truncated write, say) is stale too.
    await Promise.all(started.splice(0).map((running) => running.stop()));
    writeFileSync(`${dataDir}.lock`, 'not a pid');
    const again = await startEmbeddedDatabase({ dataDir });
    started.push(again);
    expect(await answer(again.url)).toBe(1);
  });
});
