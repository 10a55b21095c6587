import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { API_MAIN, startApi } from '../support/process.js';

const dataDirs: string[] = [];
const databases: TestDatabase[] = [];

afterAll(async () => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  for (const db of databases) await db.drop();
});

function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('the api process', () => {
  it('refuses a bad configuration with a clear message', async () => {
    const child = spawn(process.execPath, [API_MAIN], {
      env: { ...process.env, PORT: 'abc' },
      stdio: 'pipe',
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/Invalid configuration:\n\s+PORT:/);
  });

  it('finishes in-flight requests and exits cleanly on SIGTERM', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    const api = await startApi({ ...db.env, PASSWORD_HASH_COST: '16' });
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    // A log-in with an unknown email hashes a decoy password at full cost (two scrypt runs
    // the first time): long enough to be in flight when SIGTERM arrives 50 ms later.
    const inFlight = fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { logIn(email: "personne@exemple.fr", password: "x") { token } }',
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    api.child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('INVALID_CREDENTIALS');
    expect(await api.exited).toBe(0);
  });

  it('starts the embedded database when DATABASE_URL is unset, and stops it on exit', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pc-embedded-'));
    dataDirs.push(dataDir);
    const api = await startApi({ DATA_DIR: dataDir });
    const me = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ categories { id } }' }),
    });
    expect(((await me.json()) as { data: { categories: unknown[] } }).data.categories).toHaveLength(
      14,
    );
    const dbPort = Number(
      /embedded database at postgresql:\/\/\S+:(\d+)\//.exec(api.output())?.[1],
    );
    expect(dbPort).toBeGreaterThan(0);
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(await portIsClosed(dbPort)).toBe(true);
    // A first embedded start (migrations, demo seed on PGlite) takes most of a minute on a busy machine.
  }, 240_000);
});
