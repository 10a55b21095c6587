#!/usr/bin/env node
// Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file of a built
// web app, once, at build time: the api serves them as they are (@fastify/static's
// `preCompressed`), so no request ever pays for compression.
//
//   node ../scripts/precompress.mjs dist
//
// Brotli at its best quality (11) for text, which the first screens load: 8-12 % smaller than
// quality 9 but about 20 times slower, so binaries (the QR scanner's wasm) and files over
// 1 MB get quality 9. Gzip level 9 for the clients without brotli. A copy that would not be
// smaller than the file is not written (a stale one is removed), so the server sends the file
// itself. Copies are kept by content hash in node_modules/.cache/passculture-precompress: a
// rebuild only compresses what changed.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Formats that are not compressed already (images, fonts and archives are). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|wasm|txt|xml|map|ico)$/;
/** Below this, the headers weigh more than the saving. */
const MIN_BYTES = 1024;
const BIG_BYTES = 1024 * 1024;
const CACHE_DIR = new URL('../node_modules/.cache/passculture-precompress/', import.meta.url)
  .pathname;

function brotliQuality(file, size) {
  return file.endsWith('.wasm') || size > BIG_BYTES ? 9 : constants.BROTLI_MAX_QUALITY;
}

/** The copy from the cache, or `make()`'s, then cached. */
async function cached(key, make) {
  const path = join(CACHE_DIR, key);
  try {
    return await readFile(path);
  } catch {
    const bytes = await make();
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(path, bytes);
    return bytes;
  }
}

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

async function compressOne(file) {
  const source = await readFile(file);
  const quality = brotliQuality(file, source.length);
  const hash = createHash('sha256').update(source).digest('hex');
  const [br, gz] = await Promise.all([
    cached(`${hash}.q${quality}.br`, () =>
      brotli(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
          [constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm')
            ? constants.BROTLI_MODE_GENERIC
            : constants.BROTLI_MODE_TEXT,
        },
      }),
    ),
    cached(`${hash}.9.gz`, () => gzipAsync(source, { level: 9 })),
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
