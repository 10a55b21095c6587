#!/usr/bin/env node
// Prints the gzip size of the JavaScript index.html loads (the entry chunk and its
// static imports), then of each lazy chunk, and fails above the first-load budget.
// Also fails if Leaflet ended up in the first load. Run after `vite build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('bundle-size: no entry in dist/.vite/manifest.json');

/** Keys of the chunks loaded with `key` before any dynamic import. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) staticClosure(imported, seen);
  return seen;
}

const firstLoad = staticClosure(entryKey);
const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(join(dist, file));
    sizes.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      text: bytes.toString('utf8'),
    });
  }
  return sizes.get(file);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (name, size) =>
  `  ${name.padEnd(52)} ${kb(size.raw).padStart(10)} ${kb(size.gzip).padStart(10)}`;

console.log(`\nFirst load (index.html → ${manifest[entryKey].file} and its static imports):`);
console.log(`  ${'file'.padEnd(52)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
let firstRaw = 0;
let firstGzip = 0;
const firstFiles = [...firstLoad].map((key) => manifest[key].file);
for (const file of firstFiles) {
  const size = sizeOf(file);
  firstRaw += size.raw;
  firstGzip += size.gzip;
  console.log(row(file, size));
}
const css = [...firstLoad].flatMap((key) => manifest[key].css ?? []);
console.log(row('total JavaScript', { raw: firstRaw, gzip: firstGzip }));
for (const file of css) console.log(row(`(css) ${file}`, sizeOf(file)));

console.log('\nLazy chunks (loaded on demand):');
const lazyFiles = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter(
    (file, index, all) =>
      file.endsWith('.js') && !firstFiles.includes(file) && all.indexOf(file) === index,
  )
  .sort();
for (const file of lazyFiles) console.log(row(file, sizeOf(file)));

const failures = [];
if (firstGzip > BUDGET_BYTES)
  failures.push(
    `first-load JavaScript is ${kb(firstGzip)} gzip, above the ${kb(BUDGET_BYTES)} budget`,
  );
// Leaflet's own class names: it must stay in the map's lazy chunk.
const leafletIn = firstFiles.filter((file) => sizeOf(file).text.includes('leaflet-container'));
if (leafletIn.length > 0) failures.push(`Leaflet is in the first load (${leafletIn.join(', ')})`);

if (failures.length > 0) {
  for (const failure of failures) console.error(`\nbundle-size: ${failure}`);
  process.exit(1);
}
console.log(
  `\nFirst-load JavaScript: ${kb(firstGzip)} gzip (budget ${kb(BUDGET_BYTES)}). Leaflet is lazy.`,
);
