#!/usr/bin/env node
// Browser journeys: starts the built api with the demo data on a fresh database
// (a new database on TEST_DATABASE_URL's server, else the embedded one in a temp dir),
// runs each web app's Playwright journeys in Chromium against it, then stops everything.
// The browser: CHROMIUM_PATH, else the Chromium of the npm package @sparticuz/chromium
// (scripts/chromium.mjs); nothing is ever downloaded.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { resolveChromium } from './chromium.mjs';

const ALL_APPS = ['web-youth', 'web-pro', 'web-admin'];
// `node scripts/e2e.mjs web-pro` runs one app's journeys; no argument runs them all. What
// follows `--` goes to Playwright: `node scripts/e2e.mjs web-youth -- e2e/offline.spec.ts`.
const separator = process.argv.indexOf('--');
const ownArgs = separator < 0 ? process.argv.slice(2) : process.argv.slice(2, separator);
const playwrightArgs = separator < 0 ? [] : process.argv.slice(separator + 1);
const APPS = ownArgs.length > 0 ? ALL_APPS.filter((app) => ownArgs.includes(app)) : ALL_APPS;
if (APPS.length === 0) throw new Error(`unknown app; expected one of ${ALL_APPS.join(', ')}`);
const root = new URL('..', import.meta.url).pathname;

async function adminQuery(serverUrl, sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function prepareDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'pc-e2e-'));
    return {
      env: { DATA_DIR: dataDir },
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `pc_e2e_${process.pid}`;
  await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
  await adminQuery(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    cleanup: () => adminQuery(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}

function startApi(env) {
  const merged = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_DEMO: 'true',
    JOBS_INTERVAL_SECONDS: '0',
    LOG_LEVEL: 'warn',
    ...env,
  };
  if (!env.DATABASE_URL) delete merged.DATABASE_URL;
  const child = spawn(process.execPath, ['api/dist/src/main.js'], {
    cwd: root,
    env: merged,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    // Not ready: stop it (and its embedded database) before the folder goes, or it would
    // outlive this script; the exit below then rejects.
    const timer = setTimeout(() => {
      output += '\n(api not ready after 180 s: stopped)';
      child.kill('SIGTERM');
    }, 180_000);
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      const match = /GraphQL\s+(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`api exited with ${code}:\n${output}`));
    });
  });
}

const browser = resolveChromium();
console.log(`e2e: ${browser.label}`);
const database = await prepareDatabase();
let api;
let failed = false;
try {
  api = await startApi(database.env);
  console.log(`e2e: api at ${api.url}`);
  for (const app of APPS) {
    const result = spawnSync('npx', ['playwright', 'test', ...playwrightArgs], {
      cwd: join(root, app),
      env: { ...process.env, E2E_BASE_URL: api.url, CHROMIUM_PATH: browser.executablePath },
      stdio: 'inherit',
    });
    if (result.status !== 0) failed = true;
  }
} finally {
  if (api) {
    const exited = new Promise((resolve) => api.child.once('exit', resolve));
    api.child.kill('SIGTERM');
    await exited;
  }
  await database.cleanup();
}
process.exit(failed ? 1 : 0);
