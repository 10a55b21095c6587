/**
 * npm run bench:import — imports a CSV file of 100,000 lines (`BENCH_ROWS`) over HTTP:
 * nine books in ten (reference and EAN-13), one concert date in ten. Prints the time of
 * the preview, of the confirmed import, of the same file again (nothing to change), and
 * the api's peak resident memory before and after each.
 */
import 'reflect-metadata';
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { once } from 'node:events';
import { migrate, openOrm } from '../src/db/orm.js';
import { hashSessionToken, newSessionToken } from '../src/modules/identity/session-token.js';
import type { ImportReport } from '../src/modules/import/offer-import.js';
import { dropDatabase, peakRssMb, recreateDatabase, startApi, withClient } from './support.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const DB_NAME = 'pc_bench_import';
const SIRET = '73282932000074';

async function prepare(url: string): Promise<string> {
  const orm = await openOrm({ url, poolMax: 2, log: () => undefined });
  await migrate(orm);
  await orm.close();
  const session = newSessionToken();
  await withClient(url, async (client) => {
    await client.query(
      `insert into offerer (id, siren, name, status) values (1, '732829320', 'Bench', 'VALIDATED')`,
    );
    await client.query(`insert into venue (id, offerer_id, siret, name, postal_code, city, department_code, location, venue_type)
      values (1, 1, '${SIRET}', 'Librairie du banc d''essai', '93200', 'Saint-Denis', '93', 'SRID=4326;POINT(2.3574 48.9362)', 'BOOKSTORE')`);
    const {
      rows: [pro],
    } = await client.query<{ id: number }>(
      `insert into app_user (email, password_hash, first_name, last_name, roles)
       values ('pro@bench.test', 'x', 'Pro', 'Bench', '{PRO}') returning id`,
    );
    await client.query(
      `insert into offerer_membership (user_id, offerer_id, status) values ($1, 1, 'VALIDATED')`,
      [pro!.id],
    );
    await client.query(
      `insert into session (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day')`,
      [pro!.id, hashSessionToken(session)],
    );
  });
  return session;
}

function ean13(n: number): string {
  const body = `978${String(n).padStart(9, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + ((10 - (sum % 10)) % 10);
}

async function writeFile(path: string): Promise<void> {
  const out = createWriteStream(path);
  const year = new Date().getUTCFullYear() + 1;
  out.write('\uFEFFlieu;reference;ean;sous_categorie;nom;description;prix;quantite;date\r\n');
  for (let n = 1; n <= ROWS; n++) {
    const line =
      n % 10 === 0
        ? `${SIRET};CONC-${n};;CONCERT;Concert n°${n};"Trio; jazz";15;80;${String((n % 28) + 1).padStart(2, '0')}/03/${year} 20:30\r\n`
        : `${SIRET};LIV-${n};${ean13(n)};LIVRE_PAPIER;Livre n°${n};Un roman.;${(n % 30) + 5},50;${n % 7};\r\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function upload(
  api: string,
  session: string,
  path: string,
  confirm: boolean,
): Promise<{ seconds: number; report: ImportReport }> {
  const started = performance.now();
  const response = await fetch(`${api}/imports/offers${confirm ? '?confirm=true' : ''}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${session}`,
      'content-type': 'text/csv',
      'content-length': String(statSync(path).size),
    },
    body: Readable.toWeb(createReadStream(path)) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  if (!response.ok) throw new Error(`import answered ${response.status}: ${await response.text()}`);
  const report = (await response.json()) as ImportReport;
  return { seconds: (performance.now() - started) / 1000, report };
}

async function main(): Promise<void> {
  const url = await recreateDatabase(DB_NAME);
  const path = join(tmpdir(), `bench-import-${process.pid}.csv`);
  try {
    console.log(`writing ${ROWS.toLocaleString('en')} lines…`);
    await writeFile(path);
    const session = await prepare(url);
    const api = await startApi(url);
    try {
      console.log(`file                 ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`);
      for (const [label, confirm] of [
        ['preview', false],
        ['import', true],
        ['same file again', true],
      ] as const) {
        const before = peakRssMb(api.child.pid!);
        const { seconds, report } = await upload(api.url, session, path, confirm);
        const after = peakRssMb(api.child.pid!);
        const { CREATED, UPDATED, UNCHANGED, REJECTED } = report.counts;
        console.log(
          `${label.padEnd(20)} ${seconds.toFixed(1)} s (${Math.round(ROWS / seconds).toLocaleString('en')} lines/s): ` +
            `${CREATED} created, ${UPDATED} updated, ${UNCHANGED} unchanged, ${REJECTED} rejected; ` +
            `api peak RSS ${before?.toFixed(0)} → ${after?.toFixed(0)} MB`,
        );
      }
    } finally {
      await api.stop();
    }
  } finally {
    await rm(path, { force: true });
    await dropDatabase(DB_NAME);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
