#!/usr/bin/env node
// `npm test`: says in one line what it will use and what it skips, then runs every package's
// tests (turbo, one at a time) and the browser journeys (scripts/e2e.mjs).
// When a package's tests fail, the last lines say which (CI shows only the end of a long log).
// Needs nothing but Node and npm: without TEST_DATABASE_URL the embedded database, without
// CHROMIUM_PATH the Chromium of the npm package @sparticuz/chromium, without TEST_REDIS_URL
// no Redis (its tests say they are skipped).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const started = Date.now();

const databaseUrl = process.env.TEST_DATABASE_URL;
const redisUrl = process.env.TEST_REDIS_URL;
const browser = resolveChromium();
const rowLocks = JSON.parse(
  readFileSync(join(root, 'api/test/support/row-lock-tests.json'), 'utf8'),
);
const contract = join(root, '..', 'shared', 'contract.graphql');

const database = databaseUrl
  ? `PostgreSQL de TEST_DATABASE_URL (${redact(databaseUrl)})`
  : 'base embarquée (PGlite + PostGIS, TEST_DATABASE_URL non défini)';
const redis = redisUrl ? `Redis ${redact(redisUrl)}` : 'pas de Redis (TEST_REDIS_URL non défini)';
const skipped = [];
if (!databaseUrl) {
  skipped.push(
    `ce qui demande de vrais verrous (${rowLocks.tests.map((t) => `« ${t} »`).join(', ')} : la base embarquée sert une session à la fois)`,
  );
}
if (!redisUrl) skipped.push('les tests des limites partagées par Redis (pas de Redis)');
if (!existsSync(contract))
  skipped.push('la comparaison au contrat (../shared/contract.graphql absent)');
console.log(
  `npm test : ${database} ; navigateur : ${browser.label} ; ${redis} ; ignorés : ${skipped.length ? skipped.join(' ; ') : 'aucun'}.`,
);

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  CHROMIUM_PATH: browser.executablePath,
};
// Each package's vitest also writes its results here, read back for the summary below.
const REPORT = '.test-report.json';
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
for (const workspace of workspaces) rmSync(join(root, workspace, REPORT), { force: true });
const steps = [
  [
    'tests des paquets',
    join(root, 'node_modules/.bin/turbo'),
    [
      'run',
      'test',
      '--concurrency=1',
      '--continue',
      '--',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${REPORT}`,
    ],
  ],
  ['parcours dans le navigateur', process.execPath, [join(root, 'scripts/e2e.mjs')]],
];
// Every step runs even when one fails, so that one run tells everything that fails.
const failed = [];
for (const [name, command, args] of steps) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
if (failed.length) {
  for (const line of failedTests()) console.log(line);
  console.log(`npm test : échec (${failed.join(', ')}) après ${minutes(Date.now() - started)}.`);
  process.exit(1);
}
console.log(`npm test : tout est passé en ${minutes(Date.now() - started)}.`);

/** One line per failed test (or test file that could not run), from the packages' reports. */
function failedTests() {
  const lines = [];
  for (const workspace of workspaces) {
    const file = join(root, workspace, REPORT);
    if (!existsSync(file)) {
      lines.push(`✗ ${workspace} : pas de rapport de vitest (arrêté avant la fin ?)`);
      continue;
    }
    for (const suite of JSON.parse(readFileSync(file, 'utf8')).testResults) {
      const where = `${workspace}/${relative(join(root, workspace), suite.name)}`;
      const failures = suite.assertionResults.filter((test) => test.status === 'failed');
      for (const test of failures)
        lines.push(`✗ ${where} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
      if (suite.status === 'failed' && failures.length === 0)
        lines.push(`✗ ${where}: ${firstLine(suite.message)}`);
    }
  }
  return lines.length ? ['npm test : tests en échec', ...lines] : [];
}

function firstLine(text = '') {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

function redact(url) {
  const parsed = new URL(url);
  parsed.password = parsed.password ? '***' : '';
  return parsed.toString();
}

function minutes(ms) {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}
