import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { KEPT_POSTGIS_FILES, keepSpatialRefSys, tarFiles } from '../../src/db/postgis-bundle.js';

const SCRIPT = `CREATE TABLE spatial_ref_sys (srid integer);
INSERT INTO "spatial_ref_sys" ("srid", "auth_name", "auth_srid", "srtext", "proj4text") VALUES
--
-- EPSG 2000 : Anguilla 1957
--
(2000, 'EPSG', 2000, 'PROJCS["Anguilla, 1957"]', '+proj=tmerc +x_0=400000 '),
--
-- EPSG 2154 : RGF93 v1 / Lambert-93
--
(2154, 'EPSG', 2154, 'PROJCS["RGF93 v1 / Lambert-93"]', '+proj=lcc '),
(4326, 'EPSG', 4326, 'GEOGCS["WGS 84"]', '+proj=longlat +datum=WGS84 +no_defs '),
(900913, 'spatialreferencing.org', 900913, 'PROJCS["Mercator"]', '+proj=merc ')
ON CONFLICT (srid) DO NOTHING;

ANALYZE "spatial_ref_sys";
`;

describe('keepSpatialRefSys', () => {
  it('keeps only the asked systems, as one valid INSERT, and the rest of the script', () => {
    expect(keepSpatialRefSys(SCRIPT, [4326, 2154]))
      .toBe(`CREATE TABLE spatial_ref_sys (srid integer);
INSERT INTO "spatial_ref_sys" ("srid", "auth_name", "auth_srid", "srtext", "proj4text") VALUES
(2154, 'EPSG', 2154, 'PROJCS["RGF93 v1 / Lambert-93"]', '+proj=lcc '),
(4326, 'EPSG', 4326, 'GEOGCS["WGS 84"]', '+proj=longlat +datum=WGS84 +no_defs ')
ON CONFLICT (srid) DO NOTHING;

ANALYZE "spatial_ref_sys";
`);
  });

  it('keeps the last row without a comma, and leaves a script it does not recognise alone', () => {
    expect(keepSpatialRefSys(SCRIPT, [900913])).toContain(
      "(900913, 'spatialreferencing.org', 900913, 'PROJCS[\"Mercator\"]', '+proj=merc ')\nON CONFLICT",
    );
    expect(keepSpatialRefSys(SCRIPT, [1])).toBe(SCRIPT);
    expect(keepSpatialRefSys('CREATE TABLE t ();', [4326])).toBe('CREATE TABLE t ();');
  });
});

/** One tar entry: a ustar header (name, size, type, checksum) and its data, in 512-byte blocks. */
function tarEntry(name: string, data: string, type = '0', prefix = ''): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100, 'latin1');
  header.write('0000644\0', 100, 'latin1');
  header.write(`${Buffer.byteLength(data).toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  header.write(type, 156, 'latin1');
  header.write('ustar\0' + '00', 257, 'latin1');
  header.write(prefix, 345, 155, 'latin1');
  header.fill(' ', 148, 156);
  const checksum = header.reduce((sum, byte) => sum + byte, 0);
  header.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  const body = Buffer.alloc(Math.ceil(Buffer.byteLength(data) / 512) * 512);
  body.write(data);
  return Buffer.concat([header, body]);
}

describe('tarFiles', () => {
  it('reads regular files by their full name: prefix, pax path and GNU long name', () => {
    const long = `share/${'x'.repeat(120)}.sql`;
    const tar = Buffer.concat([
      tarEntry('./lib/', '', '5'),
      tarEntry('lib/a.so', 'library'),
      tarEntry('postgis.control', 'control', '0', 'share/postgresql/extension'),
      tarEntry('PaxHeader', `${long.length + 10} path=${long}\n`, 'x'),
      tarEntry('truncated', 'script'),
      tarEntry('././@LongLink', `${long}2\0`, 'L'),
      tarEntry('truncated', 'second'),
      tarEntry('lib/link', '', '2'),
      Buffer.alloc(1024),
    ]);
    const files = tarFiles(tar);
    expect([...files.keys()]).toEqual([
      'lib/a.so',
      'share/postgresql/extension/postgis.control',
      long,
      `${long}2`,
    ]);
    expect(files.get(long)!.toString()).toBe('script');
    expect(files.get('lib/a.so')!.toString()).toBe('library');
  });

  it('finds every file the embedded database keeps in the PostGIS package', async () => {
    const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite-postgis'));
    const tarball = join(dirname(dirname(entry)), 'dist', 'postgis.tar.gz');
    const kept = [...tarFiles(gunzipSync(readFileSync(tarball))).keys()].filter((name) =>
      KEPT_POSTGIS_FILES.test(name),
    );
    expect(kept.sort()).toEqual([
      'lib/postgresql/postgis-3.so',
      expect.stringMatching(/^share\/postgresql\/extension\/postgis--[\d.]+\.sql$/),
      'share/postgresql/extension/postgis.control',
      'share/proj/proj.db',
      'share/proj/proj.ini',
    ]);
  });
});
