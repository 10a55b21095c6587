import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accessibilityMask,
  cellId,
  coverCircle,
  fineCellOf,
  LEVELS,
  placeLevelsFor,
  sphereDistance,
} from '../../src/modules/search/facet-grid.js';

/** Places the grid must serve: mainland France and overseas, none near the antimeridian. */
const CENTRES = [
  { latitude: 48.8566, longitude: 2.3522 }, // Paris
  { latitude: 43.2965, longitude: 5.3698 }, // Marseille
  { latitude: 51.0, longitude: 2.4 }, // Dunkerque, the north
  { latitude: 42.7, longitude: 9.45 }, // Bastia
  { latitude: 16.25, longitude: -61.55 }, // Guadeloupe
  { latitude: 4.93, longitude: -52.33 }, // Cayenne
  { latitude: -20.88, longitude: 55.45 }, // La Réunion
  { latitude: -12.78, longitude: 45.23 }, // Mayotte
  { latitude: 46.78, longitude: -56.17 }, // Saint-Pierre-et-Miquelon
  { latitude: -22.27, longitude: 166.45 }, // Nouméa
  { latitude: -17.54, longitude: -149.57 }, // Papeete
];

/** How a place falls in a cover: in an inside cell (at some level), in an edge cell, or neither. */
function place(
  cover: { inside: Set<number>; edge: Set<number> },
  latitude: number,
  longitude: number,
) {
  const { i, j } = fineCellOf(latitude, longitude);
  let inside = 0;
  for (let level = 0; level < LEVELS; level++)
    if (cover.inside.has(cellId(level, i >> level, j >> level))) inside++;
  return { inside, edge: cover.edge.has(cellId(0, i, j)) };
}

describe('facet grid', () => {
  it('covers a circle exactly once: inside cells hold only places within it, the edge the rest', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CENTRES),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        fc.double({ min: 200, max: 100_000, noNaN: true }),
        fc.constantFrom(0, 1, 2, 3),
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 2 * Math.PI }), fc.double({ min: 0, max: 1.3 })),
          { minLength: 50, maxLength: 50 },
        ),
        (centre, dLat, dLon, radius, placeLevels, polar) => {
          const lat = centre.latitude + dLat;
          const lon = centre.longitude + dLon;
          const raw = coverCircle(lat, lon, radius, placeLevels)!;
          for (const id of raw.inside)
            expect(Math.floor(id / 2 ** 32)).toBeGreaterThanOrEqual(placeLevels);
          expect(raw).not.toBeNull();
          const cover = { inside: new Set(raw.inside), edge: new Set(raw.edge) };
          expect(cover.inside.size).toBe(raw.inside.length);
          expect(cover.edge.size).toBe(raw.edge.length);
          // Places around the centre, many near the edge (fraction 0.95-1.05 of the radius).
          const points = polar.map(([angle, f]) => {
            const fraction = f > 1 ? 0.95 + (f - 1) / 3 : f;
            const metres = fraction * radius;
            return [
              lat + ((metres * Math.cos(angle)) / 6371008.8) * (180 / Math.PI),
              lon +
                ((metres * Math.sin(angle)) / (6371008.8 * Math.cos((lat * Math.PI) / 180))) *
                  (180 / Math.PI),
            ] as const;
          });
          for (const [pLat, pLon] of points) {
            const where = place(cover, pLat, pLon);
            const distance = sphereDistance(lat, lon, pLat, pLon);
            expect(where.inside).toBeLessThanOrEqual(1);
            expect(where.inside === 1 && where.edge).toBe(false);
            if (where.inside) expect(distance).toBeLessThan(radius);
            if (distance <= radius) expect(where.inside === 1 || where.edge).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists the same cells as runs of consecutive ids', () => {
    const expand = (runs: [number, number][]) =>
      runs.flatMap(([first, last]) =>
        Array.from({ length: last - first + 1 }, (_, k) => first + k),
      );
    for (const centre of CENTRES) {
      for (const radius of [800, 10_000, 50_000, 100_000]) {
        const cover = coverCircle(
          centre.latitude,
          centre.longitude,
          radius,
          placeLevelsFor(radius),
        )!;
        expect(expand(cover.insideRuns)).toEqual(cover.inside);
        expect(expand(cover.edgeRuns)).toEqual(cover.edge);
        expect(cover.insideRuns.length).toBeLessThan(cover.inside.length + 1);
      }
    }
  });

  it('covers the centre of a small circle by its edge, of a large one by coarse cells', () => {
    const small = coverCircle(48.8566, 2.3522, 300)!;
    expect(small.inside).toEqual([]);
    expect(small.edge.length).toBeGreaterThan(0);
    const large = coverCircle(48.8566, 2.3522, 100_000)!;
    const levels = new Set(large.inside.map((id) => Math.floor(id / 2 ** 32)));
    expect(levels.has(LEVELS - 1)).toBe(true);
    // Far fewer cells than the finest grid over the same disc (about 65,000).
    expect(large.inside.length + large.edge.length).toBeLessThan(2_500);
  });

  it('leaves the two finest levels of a large circle to its places: fewer runs', () => {
    const runs = (radius: number, placeLevels: number) => {
      const cover = coverCircle(43.2965, 5.3698, radius, placeLevels)!;
      return cover.insideRuns.length + cover.edgeRuns.length;
    };
    expect(placeLevelsFor(10_000)).toBe(0);
    expect(placeLevelsFor(50_000)).toBe(2);
    expect(runs(50_000, 2)).toBeLessThan(0.6 * runs(50_000, 0));
  });

  it('leaves circles reaching a pole or the antimeridian to the exact count', () => {
    expect(coverCircle(89.5, 0, 100_000)).toBeNull();
    expect(coverCircle(-13.3, -179.5, 100_000)).toBeNull(); // Wallis-et-Futuna's side
    expect(coverCircle(-13.3, -176.2, 100_000)).not.toBeNull();
  });

  it('numbers accessibility flags as bits', () => {
    const none = { motor: false, visual: false, hearing: false, mental: false };
    expect(accessibilityMask(none)).toBe(0);
    expect(accessibilityMask({ ...none, motor: true, hearing: true })).toBe(5);
    expect(accessibilityMask({ motor: true, visual: true, hearing: true, mental: true })).toBe(15);
  });
});
