import { describe, expect, it } from 'vitest';
import { keepSpatialRefSys } from '../../src/db/postgis-bundle.js';

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
