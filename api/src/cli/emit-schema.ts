import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApiSchema, printSortedSchema } from '../graphql/schema.js';

/** Writes schema/graphql/schema.graphql from the code; with --check, fails when the file is stale. */
const target = fileURLToPath(new URL('../../../../schema/graphql/schema.graphql', import.meta.url));
const printed = printSortedSchema(await buildApiSchema());

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (committed !== printed) {
    console.error(
      'schema/graphql/schema.graphql is stale: run `npm run schema:emit` and commit it.',
    );
    process.exit(1);
  }
  console.log('schema/graphql/schema.graphql is up to date.');
} else {
  writeFileSync(target, printed);
  console.log(`Wrote ${target}`);
}
