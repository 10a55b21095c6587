/**
 * PGlite loads an extension by unpacking its whole tarball into the in-memory file system of
 * the database process, where it stays. PostGIS's tarball holds 90 MB: the raster and
 * topology libraries, upgrade scripts, the TIGER geocoder… of which the api uses the core
 * library, its install script and proj.db (geography distances look the spheroid up there:
 * without it they answer nothing). Those files are unpacked once per PostGIS package version
 * beside the package (`node_modules/.cache/`, 26 MB) and the database process mounts that
 * folder (Emscripten's NODEFS): PostgreSQL reads them from disk when it needs them, nothing is
 * copied into memory, and no tarball is decompressed at each start (measured at a load of 1-2:
 * the database's start on the demo's data went from 3.3 s and 260 MB to 1.5 s and 208 MB).
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Extension } from '@electric-sql/pglite';
import { withFastSymbolLookup } from './pglite-symbols.js';

/** The files of PostGIS's tarball the api needs, under the prefix PGlite installs it at. */
export const KEPT_POSTGIS_FILES =
  /^(?:lib\/postgresql\/postgis-3\.so|share\/postgresql\/extension\/postgis(?:\.control|--[\d.]+\.sql)|share\/proj\/proj\.(?:db|ini))$/;

/** Where PGlite's PostgreSQL looks for its files, and where the kept files are mounted. */
const PGLITE_PREFIX = '/pglite';
const MOUNT_POINT = '/pglite-postgis';

const BLOCK = 512;

/** The regular files of a tar (ustar with pax or GNU long names), by name. */
export function tarFiles(tar: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let longName: string | undefined;
  for (let offset = 0; offset + BLOCK <= tar.length;) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const field = (from: number, to: number) =>
      header.subarray(from, to).toString('latin1').replace(/\0.*$/s, '');
    const prefix = field(345, 500);
    const size = parseInt(field(124, 136).trim() || '0', 8);
    const type = field(156, 157);
    const data = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    // pax and GNU long-name headers name the entry that follows them.
    if (type === 'x') {
      longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'))?.[1] ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = data.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    if (type === 'g' || type === 'K') continue;
    const name = (longName ?? (prefix ? `${prefix}/` : '') + field(0, 100)).replace(/^\.\//, '');
    longName = undefined;
    if (type === '0' || type === '') files.set(name, data);
  }
  return files;
}

/**
 * The folder holding the kept files (install script reduced to KEPT_SRIDS), made once from
 * the package's tarball. Several test workers may make it at once: each writes its own copy,
 * then renames it into place; a copy that finds the folder made is dropped.
 */
export async function postgisRuntimeDir(): Promise<string> {
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
  // Named after what it holds too: a change to the kept files or systems makes a new folder.
  const kept = createHash('sha256')
    .update(`${KEPT_POSTGIS_FILES.source} ${KEPT_SRIDS.join(',')}`)
    .digest('hex')
    .slice(0, 8);
  const target = join(nodeModules, '.cache', 'passculture-pglite', `postgis-${version}-${kept}`);
  if (existsSync(target)) return target;
  const partial = `${target}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const files = tarFiles(gunzipSync(readFileSync(join(packageDir, 'dist', 'postgis.tar.gz'))));
  for (const [name, data] of files) {
    if (!KEPT_POSTGIS_FILES.test(name)) continue;
    const path = join(partial, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      name.endsWith('.sql') ? keepSpatialRefSys(data.toString('utf8'), KEPT_SRIDS) : data,
    );
  }
  try {
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
  return target;
}

interface EmscriptenModule {
  FS: {
    filesystems: Record<string, unknown>;
    mkdirTree(path: string): void;
    mount(type: unknown, options: { root: string }, mountPoint: string): void;
    symlink(target: string, path: string): void;
  };
}
interface EmscriptenOptions {
  preRun?: ((module: EmscriptenModule) => void)[];
}

/**
 * PostGIS as PGlite's extension: the runtime folder mounted read-only in practice (PostgreSQL
 * only reads its library, install script and proj.db) and linked where PostgreSQL looks, and
 * symbol lookups made fast (pglite-symbols.ts).
 */
export async function mountedPostgis(): Promise<Extension> {
  const { postgis } = await import('@electric-sql/pglite-postgis');
  const root = await postgisRuntimeDir();
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
  return {
    name: postgis.name,
    setup: async (pg, emscriptenOpts) => {
      // PostGIS's own setup sets its environment (PROJ_DATA…); its tarball is not loaded.
      const { emscriptenOpts: options = emscriptenOpts } = await postgis.setup(pg, emscriptenOpts);
      const fast = withFastSymbolLookup(options) as EmscriptenOptions;
      const mount = (module: EmscriptenModule) => {
        const { FS } = module;
        FS.mkdirTree(MOUNT_POINT);
        FS.mount(FS.filesystems.NODEFS, { root }, MOUNT_POINT);
        for (const name of files) {
          FS.mkdirTree(`${PGLITE_PREFIX}/${dirname(name)}`);
          FS.symlink(`${MOUNT_POINT}/${name}`, `${PGLITE_PREFIX}/${name}`);
        }
      };
      return { emscriptenOpts: { ...fast, preRun: [...(fast.preRun ?? []), mount] } };
    },
  };
}

/**
 * The spatial reference systems the embedded database keeps: WGS 84 (every location and
 * distance of the api), and the French and web projections a map or an import might name.
 * PostGIS's install script inserts 8,500 of them: 7.2 MB of its 7.5 MB, stored in every
 * embedded database and test dump, and ≈ 0.7 s of CREATE EXTENSION in PGlite. A real
 * PostgreSQL keeps its own table.
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
