/**
 * PGlite loads an extension by unpacking its whole tarball into the in-memory file system of
 * the database process, where it stays. PostGIS's tarball holds 90 MB: the raster and
 * topology libraries, upgrade scripts, the TIGER geocoder… of which the api uses the core
 * library, its install script and proj.db (geography distances look the spheroid up there:
 * without it they answer nothing). This keeps those files only, in a tarball made once per
 * PostGIS package version beside the package (`node_modules/.cache/`), 34 MB unpacked.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Extension } from '@electric-sql/pglite';

/** The files of PostGIS's tarball the api needs (directories are kept). */
export const KEPT_POSTGIS_FILES =
  /^(?:lib\/postgresql\/postgis-3\.so|share\/postgresql\/extension\/postgis(?:\.control|--[\d.]+\.sql)|share\/proj\/proj\.(?:db|ini))$/;

const BLOCK = 512;

/** The entries of `tar` whose name `keep` accepts, with their extended headers, as a tar. */
export function filterTar(tar: Buffer, keep: (name: string) => boolean): Buffer {
  const kept: Buffer[] = [];
  let extendedHeaders: Buffer[] = [];
  for (let offset = 0; offset + BLOCK <= tar.length;) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const field = (from: number, to: number) =>
      header.subarray(from, to).toString('latin1').replace(/\0.*$/s, '');
    const prefix = field(345, 500);
    const name = (prefix ? `${prefix}/` : '') + field(0, 100);
    const size = parseInt(field(124, 136).trim() || '0', 8);
    const type = field(156, 157);
    const end = offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    const entry = tar.subarray(offset, end);
    offset = end;
    // pax and GNU long-name headers describe the entry that follows them.
    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      extendedHeaders.push(entry);
      continue;
    }
    if (type === '5' || keep(name)) kept.push(...extendedHeaders, entry);
    extendedHeaders = [];
  }
  kept.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(kept);
}

/** PostGIS as PGlite's extension, loading the trimmed tarball (made on first use). */
export async function trimmedPostgis(): Promise<Extension> {
  const { postgis } = await import('@electric-sql/pglite-postgis');
  // The package exports no package.json: from its entry (dist/index.js), up one folder.
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite-postgis'));
  const packageDir = dirname(dirname(entry));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const nodeModules = packageDir.slice(
    0,
    packageDir.lastIndexOf('node_modules') + 'node_modules'.length,
  );
  const target = join(
    nodeModules,
    '.cache',
    'passculture-pglite',
    `postgis-${version}-runtime.tar.gz`,
  );
  if (!existsSync(target)) {
    const full = gunzipSync(readFileSync(join(packageDir, 'dist', 'postgis.tar.gz')));
    const trimmed = gzipSync(
      filterTar(full, (name) => KEPT_POSTGIS_FILES.test(name)),
      {
        level: 1,
      },
    );
    mkdirSync(dirname(target), { recursive: true });
    // Several test workers may make it at once: each writes its own file, then renames.
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, trimmed);
    renameSync(partial, target);
  }
  const bundlePath = pathToFileURL(target);
  return {
    name: postgis.name,
    setup: async (pg, emscriptenOpts) => ({
      ...(await postgis.setup(pg, emscriptenOpts)),
      bundlePath,
    }),
  };
}

/**
 * The spatial reference systems the embedded database keeps: WGS 84 (every location and
 * distance of the api), and the French and web projections a map or an import might name.
 * PostGIS's install script inserts 8,500 of them: 7.2 MB of its 7.5 MB, stored in every
 * embedded database and test dump, and ≈ 0.7 s of CREATE EXTENSION in PGlite (quiet: 5.7-6.3 s
 * instead of 6.5-7.0 s; the 750 functions take the rest). A real PostgreSQL keeps its own table.
 */
export const KEPT_SRIDS = [4326, 4171, 2154, 3857];

/** PostGIS's install script with only `srids` in its spatial_ref_sys INSERT. */
export function keepSpatialRefSys(script: string, srids: readonly number[]): string {
  const start = script.indexOf('INSERT INTO "spatial_ref_sys"');
  if (start < 0) return script;
  const headerEnd = script.indexOf('\n', start) + 1;
  const end = script.indexOf('\nON CONFLICT (srid) DO NOTHING;', headerEnd);
  if (end < 0) return script;
  const kept = new Set(srids.map(String));
  const rows = script
    .slice(headerEnd, end)
    .split('\n')
    .filter((line) => kept.has(/^\((\d+),/.exec(line)?.[1] ?? ''))
    .map((line) => line.replace(/,\s*$/, ''));
  if (rows.length === 0) return script;
  return script.slice(0, headerEnd) + rows.join(',\n') + script.slice(end);
}
