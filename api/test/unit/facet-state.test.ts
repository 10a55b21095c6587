import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUBCATEGORIES } from '../../src/modules/catalog/categories.js';
import { sphereDistance } from '../../src/modules/search/facet-grid.js';
import { FacetState } from '../../src/modules/search/facet-index.js';
import type { FacetRow } from '../../src/modules/search/facet-index.queries.js';

const IDS = SUBCATEGORIES.map((s) => s.id);
const CENTRE = { latitude: 45.76, longitude: 4.84 };

const rows = fc.array(
  fc.record({
    venueId: fc.integer({ min: 1, max: 40 }),
    subcategoryId: fc.constantFrom(...IDS),
    located: fc.boolean(),
    dLat: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    dLon: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    offers: fc.integer({ min: 1, max: 9 }),
  }),
  { maxLength: 120 },
);

/** One venue, one place: the rows of a venue share its first row's location. */
type RawRow = typeof rows extends fc.Arbitrary<(infer T)[]> ? T : never;

function venueRows(raw: RawRow[]): Map<number, FacetRow[]> {
  const byVenue = new Map<number, FacetRow[]>();
  for (const r of raw) {
    const list = byVenue.get(r.venueId) ?? [];
    if (list.some((row) => row.subcategoryId === r.subcategoryId)) continue;
    const first = list[0];
    const located = first ? first.latitude !== null : r.located;
    list.push({
      venueId: r.venueId,
      subcategoryId: r.subcategoryId,
      latitude: located ? (first?.latitude ?? CENTRE.latitude + r.dLat) : null,
      longitude: located ? (first?.longitude ?? CENTRE.longitude + r.dLon) : null,
      offers: r.offers,
    });
    byVenue.set(r.venueId, list);
  }
  return byVenue;
}

/** Offers per subcategory within the circle, row by row (no row within a metre of the edge). */
function bruteForce(all: FacetRow[], radius: number) {
  const places = new Map<string, number>();
  for (const row of all) {
    if (row.latitude === null || row.longitude === null) continue;
    const d = sphereDistance(CENTRE.latitude, CENTRE.longitude, row.latitude, row.longitude);
    if (Math.abs(d - radius) < 1) return null;
    if (d <= radius)
      places.set(row.subcategoryId, (places.get(row.subcategoryId) ?? 0) + row.offers);
  }
  return places;
}

function asMap(counts: Int32Array): Map<string, number> {
  const map = new Map<string, number>();
  counts.forEach((n, k) => {
    if (n !== 0) map.set(IDS[k]!, n);
  });
  return map;
}

describe('the facets copy: cells and edge places', () => {
  it('counts what a row-by-row count finds, after venues are replaced, moved and emptied', () => {
    fc.assert(
      fc.property(
        rows,
        rows,
        fc.double({ min: 500, max: 60_000, noNaN: true }),
        (first, second, radius) => {
          const state = FacetState.of([...venueRows(first).values()].flat());
          // Every venue of the second draw replaces the first's (moved, other rows, or none).
          const now = new Map(venueRows(first));
          const replacing = venueRows(second);
          for (const venueId of new Set([
            ...replacing.keys(),
            ...[...now.keys()].filter((v) => v % 3 === 0),
          ])) {
            const next = replacing.get(venueId) ?? [];
            state.replaceVenue(venueId, next);
            now.set(venueId, next);
          }
          const all = [...now.values()].flat();
          const expected = bruteForce(all, radius);
          if (!expected) return;
          const found = state.circle(CENTRE.latitude, CENTRE.longitude, radius)!;
          expect(found.doubtful).toEqual([]);
          expect(asMap(found.places)).toEqual(expected);
          const digital = new Map<string, number>();
          for (const row of all)
            if (row.latitude === null)
              digital.set(row.subcategoryId, (digital.get(row.subcategoryId) ?? 0) + row.offers);
          expect(asMap(state.totals().digital)).toEqual(digital);
          // Emptied: nothing left anywhere.
          for (const venueId of now.keys()) state.replaceVenue(venueId, []);
          expect(asMap(state.circle(CENTRE.latitude, CENTRE.longitude, radius)!.places)).toEqual(
            new Map(),
          );
          expect(asMap(state.totals().places)).toEqual(new Map());
          expect(asMap(state.totals().digital)).toEqual(new Map());
        },
      ),
      { numRuns: 150 },
    );
  });
});
