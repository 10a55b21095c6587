#!/usr/bin/env node
// Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file of a built
// web app, once, at build time: the api serves them as they are (@fastify/static's
// `preCompressed`), so no request ever pays for compression.
//
//   node ../scripts/precompress.mjs dist
//
// Brotli at its best quality for the files a browser loads (text, wasm); gzip level 9 for
// the clients without brotli. A copy that would not be smaller than the file is not written
// (and a stale one from an earlier build is removed), so the server sends the file itself.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Formats that are not compressed already (images, fonts and archives are). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|wasm|txt|xml|map|ico)$/;
/** Below this, the headers weigh more than the saving. */
const MIN_BYTES = 1024;

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

async function compressOne(file) {
  const source = await readFile(file);
  const [br, gz] = await Promise.all([
    brotli(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm')
          ? constants.BROTLI_MODE_GENERIC
          : constants.BROTLI_MODE_TEXT,
      },
    }),
    gzipAsync(source, { level: 9 }),
  ]);
  const written = { raw: source.length, br: null, gz: null };
  for (const [extension, bytes] of [
    ['br', br],
    ['gz', gz],
  ]) {
    const target = `${file}.${extension}`;
    if (bytes.length < source.length) {
      await writeFile(target, bytes);
      written[extension] = bytes.length;
    } else {
      await rm(target, { force: true });
    }
  }
  return written;
}

export async function precompress(dir) {
  const files = (await filesUnder(dir)).filter(
    (file) => COMPRESSIBLE.test(file) && !file.includes(`${join(dir, '.vite')}`),
  );
  const results = [];
  // A few at a time: zlib's work runs on libuv's thread pool.
  const queue = [...files];
  async function worker() {
    for (let file = queue.shift(); file; file = queue.shift()) {
      if ((await stat(file)).size < MIN_BYTES) {
        await rm(`${file}.br`, { force: true });
        await rm(`${file}.gz`, { force: true });
        continue;
      }
      results.push({ file: relative(dir, file), ...(await compressOne(file)) });
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const started = Date.now();
  const results = await precompress(dir);
  const sum = (key) => results.reduce((total, result) => total + (result[key] ?? result.raw), 0);
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `precompress: ${results.length} files in ${relative(process.cwd(), dir) || '.'}, ` +
      `${kb(sum('raw'))} → brotli ${kb(sum('br'))}, gzip ${kb(sum('gz'))} ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}
