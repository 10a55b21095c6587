/**
 * The grid of the facets' rollup (`offer_search_cell_count`, migration `…_facet_cells`): square
 * cells in degrees, nested, 1/128° at the finest level (≈ 1.7 km × 1.1 km in France) doubling
 * at each of the coarser levels up to 1/2°. A circle is covered by the largest cells wholly
 * inside it (summed from the rollup) and the finest cells its edge cuts (counted exactly, offer
 * by offer place, with the same distance test as the search).
 *
 * The cell of a place must be computed here exactly as in SQL (`offer_search_cell`):
 * i = floor((latitude + 90) × 128), j = floor((longitude + 180) × 128), both IEEE doubles;
 * a cell of level k holds the finest cells (i >> k, j >> k). Cells are classified with a
 * margin of a metre, so rounding never puts a place in an "inside" cell that is outside.
 */

/** Finest cells per degree (a power of two: the division is exact). */
export const CELLS_PER_DEGREE = 128;
/** Levels 0 (finest) … LEVELS - 1 (1/2°). */
export const LEVELS = 7;
/** Pseudo-cells: every place (no point given), and digital offers (no place). */
export const ALL_PLACES_CELL = -2;
export const DIGITAL_CELL = -1;

/** PostGIS's sphere for SRID 4326 (`use_spheroid = false`): (2a + b) / 3 of WGS 84, in metres. */
export const SPHERE_RADIUS = (2 * 6378137 + 6378137 * (1 - 1 / 298.257223563)) / 3;
/** Metres of doubt kept on each side of the circle's edge. */
const MARGIN = 1;
const RAD = Math.PI / 180;

/** The id of cell (i, j) of a level, as SQL builds it. */
export function cellId(level: number, i: number, j: number): number {
  return level * 2 ** 32 + i * 2 ** 16 + j;
}

/** The finest cell of a place (the same arithmetic as SQL). */
export function fineCellOf(latitude: number, longitude: number): { i: number; j: number } {
  return {
    i: Math.floor((latitude + 90) * CELLS_PER_DEGREE),
    j: Math.floor((longitude + 180) * CELLS_PER_DEGREE),
  };
}

/** Great-circle distance on PostGIS's sphere, in metres. */
export function sphereDistance(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * SPHERE_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface CircleCover {
  /** Cells (any level) wholly inside the circle: their rollup rows count as they are. */
  inside: number[];
  /** Finest cells the circle's edge cuts: their places are tested one by one. */
  edge: number[];
  /**
   * The same cells as runs of consecutive ids (a band's cells side by side), first and last:
   * one index range scan each instead of one probe a cell.
   */
  insideRuns: [number, number][];
  edgeRuns: [number, number][];
}

/** Cells j..k of a band, inclusive; empty when j > k. */
type Span = [number, number];
const EMPTY: Span = [1, 0];
const isEmpty = (s: Span) => s[0] > s[1];

/** The spans of `a` outside `b` (at most two). */
function minus(a: Span, b: Span): Span[] {
  if (isEmpty(a)) return [];
  if (isEmpty(b) || b[1] < a[0] || b[0] > a[1]) return [a];
  const out: Span[] = [];
  if (a[0] < b[0]) out.push([a[0], b[0] - 1]);
  if (a[1] > b[1]) out.push([b[1] + 1, a[1]]);
  return out;
}

function hull(a: Span, b: Span): Span {
  if (isEmpty(a)) return b;
  if (isEmpty(b)) return a;
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/**
 * How many of the finest levels a circle leaves to its places (`coverCircle`'s
 * `placeLevels`): none below 30 km, two from 30 km on. A large circle's inside cells of
 * levels 0 and 1 lie along its edge, one or two a side in each band, so counting their
 * places in the same index range as the edge's spares one probe a band and level
 * (50 km: 284-296 index probes instead of 518-532); near a small
 * circle's centre (Paris 10 km) places are too many for that.
 */
export function placeLevelsFor(radiusMeters: number): number {
  return radiusMeters >= 30_000 ? 2 : 0;
}

/**
 * The cells that make up a circle on PostGIS's sphere; null when it reaches a pole or the
 * antimeridian (no French place does: the caller then counts place by place). Inside cells
 * of the `placeLevels` finest levels are left to the edge: their places are tested one by
 * one too (the answer is the same, the probes fewer). `listCells` false leaves `inside` and
 * `edge` empty: the runs say the same.
 *
 * Band by band (a row of cells of one level), the circle's slice at a latitude φ spans the
 * longitudes λc ± Δ(φ), cos Δ = (cos ρ − sin φc sin φ) / (cos φc cos φ) (ρ: the radius as an
 * angle). A cell is inside when its four corners are (the farthest point of such a rectangle
 * is a corner), i.e. both its meridians lie within the smaller Δ of its two parallels; it
 * touches the circle when it meets the band's widest slice, at the latitude of the circle's
 * tangent meridians (sin φ* = sin φc / cos ρ) clamped to the band. The inside test uses the
 * radius less a metre, the touch test the radius plus a metre: rounding never decides.
 */
export function coverCircle(
  latitude: number,
  longitude: number,
  radiusMeters: number,
  placeLevels = 0,
  listCells = true,
): CircleCover | null {
  const phiC = latitude * RAD;
  const inner = (radiusMeters - MARGIN) / SPHERE_RADIUS;
  const outer = (radiusMeters + MARGIN) / SPHERE_RADIUS;
  const south = latitude - outer / RAD;
  const north = latitude + outer / RAD;
  if (south <= -89 || north >= 89) return null;
  const widest = Math.asin(Math.min(1, Math.sin(outer) / Math.cos(phiC))) / RAD;
  if (!(widest < 90) || longitude - widest <= -180 || longitude + widest >= 180) return null;

  const sinC = Math.sin(phiC);
  const cosC = Math.cos(phiC);
  /** Half the slice's width at a latitude (degrees), or null outside the circle's latitudes. */
  const halfWidth = (lat: number, rho: number, cosRho: number): number | null => {
    if (Math.abs(lat - latitude) * RAD > rho) return null;
    const phi = lat * RAD;
    const c = (cosRho - sinC * Math.sin(phi)) / (cosC * Math.cos(phi));
    return Math.acos(Math.max(-1, Math.min(1, c))) / RAD;
  };
  // The inside slice at each parallel between the finest bands, computed once: coarser bands
  // end on the same parallels (i × 2^level / 128 is exact in doubles).
  const cosInner = Math.cos(inner);
  const firstParallel = Math.floor((south + 90) * CELLS_PER_DEGREE);
  const innerHalves = new Float64Array(
    Math.floor((north + 90) * CELLS_PER_DEGREE) + 2 - firstParallel,
  ).fill(NaN);
  const innerHalf = (parallel: number): number | null => {
    const k = parallel - firstParallel;
    const lat = parallel / CELLS_PER_DEGREE - 90;
    if (k < 0 || k >= innerHalves.length) return halfWidth(lat, inner, cosInner);
    if (Number.isNaN(innerHalves[k]!)) innerHalves[k] = halfWidth(lat, inner, cosInner) ?? -1;
    return innerHalves[k]! < 0 ? null : innerHalves[k]!;
  };
  const cosOuter = Math.cos(outer);
  const tangent = Math.asin(Math.max(-1, Math.min(1, Math.sin(phiC) / Math.cos(outer)))) / RAD;

  const cover: CircleCover = { inside: [], edge: [], insideRuns: [], edgeRuns: [] };
  // Per level, the cells each band holds inside the circle (by it or by its coarser cells).
  let covered = new Map<number, Span>();
  for (let level = LEVELS - 1; level >= 0; level--) {
    const size = 2 ** level / CELLS_PER_DEGREE;
    const next = new Map<number, Span>();
    const iFrom = Math.floor((south + 90) / size);
    const iTo = Math.floor((north + 90) / size);
    for (let i = iFrom; i <= iTo; i++) {
      const bandSouth = i * size - 90;
      const bandNorth = bandSouth + size;
      let inside: Span = EMPTY;
      const low = level < placeLevels ? null : innerHalf(i * 2 ** level);
      const high = level < placeLevels ? null : innerHalf((i + 1) * 2 ** level);
      if (low !== null && high !== null) {
        const half = Math.min(low, high);
        inside = [
          Math.ceil((longitude - half + 180) / size),
          Math.floor((longitude + half + 180) / size) - 1,
        ];
      }
      const parent = covered.get(i >> 1) ?? EMPTY;
      const fromParent: Span = isEmpty(parent) ? EMPTY : [2 * parent[0], 2 * parent[1] + 1];
      for (const [from, to] of minus(inside, fromParent)) {
        cover.insideRuns.push([cellId(level, i, from), cellId(level, i, to)]);
        if (listCells) for (let j = from; j <= to; j++) cover.inside.push(cellId(level, i, j));
      }
      const all = hull(inside, fromParent);
      if (!isEmpty(all)) next.set(i, all);
      if (level > 0) continue;
      // The finest level: cells the circle touches and no inside cell holds are its edge.
      const lat = Math.min(
        Math.max(tangent, bandSouth, latitude - outer / RAD),
        bandNorth,
        latitude + outer / RAD,
      );
      const half = halfWidth(lat, outer, cosOuter);
      if (half === null) continue;
      const touched: Span = [
        Math.floor((longitude - half + 180) / size),
        Math.floor((longitude + half + 180) / size),
      ];
      for (const [from, to] of minus(touched, all)) {
        cover.edgeRuns.push([cellId(0, i, from), cellId(0, i, to)]);
        if (listCells) for (let j = from; j <= to; j++) cover.edge.push(cellId(0, i, j));
      }
    }
    covered = next;
  }
  return cover;
}

/** Accessibility flags as the rollup's index: bit 0 motor, 1 visual, 2 hearing, 3 mental. */
export function accessibilityMask(a: {
  motor: boolean;
  visual: boolean;
  hearing: boolean;
  mental: boolean;
}): number {
  return (a.motor ? 1 : 0) | (a.visual ? 2 : 0) | (a.hearing ? 4 : 0) | (a.mental ? 8 : 0);
}
