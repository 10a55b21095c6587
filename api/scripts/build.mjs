#!/usr/bin/env node
// Builds the api into dist/: each TypeScript file transpiled on its own by Oxc (the compiler
// Vite and Vitest already run these sources through), with the legacy decorators and their
// `design:*` metadata that TypeGraphQL and MikroORM read, a source map beside each file, and
// the JSON data files copied. Types are checked by `npm run typecheck` (tsc) and CI, not here:
// on this 2-core machine tsc's emit took 10 s of a first start, Oxc takes under a second.
// `isolatedModules` in tsconfig.json makes tsc refuse what a file-by-file compiler cannot do.
//
//   node scripts/build.mjs
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'rolldown/utils';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(API_DIR, 'dist');
/** The folders tsconfig.build.json includes. */
const ROOTS = ['src', 'migrations', 'seeds', 'bench'];

const TRANSFORM_OPTIONS = {
  lang: 'ts',
  sourceType: 'module',
  target: 'es2023',
  sourcemap: true,
  decorator: { legacy: true, emitDecoratorMetadata: true },
  // tsconfig.json: useDefineForClassFields false (decorated fields stay assignments).
  assumptions: { setPublicClassFields: true },
  typescript: { onlyRemoveTypeImports: false, removeClassFieldsWithoutInitializer: true },
};

async function filesUnder(dir) {
  const entries = await readdir(join(API_DIR, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(API_DIR, join(entry.parentPath, entry.name)));
}

async function buildOne(file) {
  const source = await readFile(join(API_DIR, file), 'utf8');
  const out = join(OUT_DIR, file.replace(/\.ts$/, '.js'));
  const result = transformSync(file, source, TRANSFORM_OPTIONS);
  if (result.errors.length > 0) {
    throw new Error(`${file}: ${result.errors.map((error) => error.message).join('\n')}`);
  }
  const map = {
    ...result.map,
    file: basename(out),
    sources: [relative(dirname(out), join(API_DIR, file))],
  };
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${result.code}\n//# sourceMappingURL=${basename(out)}.map\n`);
  await writeFile(`${out}.map`, JSON.stringify(map));
}

const startedAt = performance.now();
const files = (await Promise.all(ROOTS.map(filesUnder))).flat();
const sources = files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
const data = files.filter((file) => file.endsWith('.json'));
await Promise.all([
  ...sources.map(buildOne),
  ...data.map(async (file) => {
    await mkdir(dirname(join(OUT_DIR, file)), { recursive: true });
    await copyFile(join(API_DIR, file), join(OUT_DIR, file));
  }),
]);
console.log(
  `api built: ${sources.length} files, ${data.length} data files, ${Math.round(performance.now() - startedAt)} ms`,
);
