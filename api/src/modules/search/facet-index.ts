import type { SqlClient } from '../../db/sql.js';
import { SUBCATEGORIES } from '../catalog/categories.js';
import { coverCircle, fineCellOf, LEVELS, SPHERE_RADIUS } from './facet-grid.js';
import {
  facetRows,
  facetRowsOfVenues,
  insideRadius,
  pollVenueChanges,
  snapshotHorizon,
  type FacetRow,
} from './facet-index.queries.js';
import type { MatchCount } from './search.queries.js';

/**
 * Each api instance's own copy of the facets' rollup (`offer_search_venue_count`: bookable
 * offers per venue and subcategory), so that the chips' counts around a point cost no
 * statement but a check for changes: the same grid as the database's rollup (facet-grid.ts),
 * its cells summed in memory, and the places of the cells the circle's edge cuts tested with
 * PostGIS's own sphere distance (a place within a millimetre of the edge is left to PostGIS).
 *
 * Exact, not eventually: before it answers, a request waits for a check that began after it
 * arrived (requests arriving together share one) and that reads again the venues of every
 * transaction that may have committed since the last one (migration `…_facet_changes`).
 * Serves counts without accessibility filters; the database's rollup serves the others.
 */

/** Subcategories as array positions: counts are Int32Arrays indexed by them. */
const SUBCATEGORY_IDS = SUBCATEGORIES.map((s) => s.id);
const POSITION = new Map(SUBCATEGORY_IDS.map((id, k) => [id, k]));
const WIDTH = SUBCATEGORY_IDS.length;

/** Places this close to the edge (metres) are decided by PostGIS, not by this copy's arithmetic. */
const DOUBT = 0.001;

/**
 * The change log keeps a quarter of an hour (the `facet changes` job): a copy whose last check
 * is older than this reads everything again.
 */
export const RELOAD_AFTER_MS = 10 * 60_000;
export const CHANGES_KEPT_MINUTES = 15;

/** A place's row where it is tested against a circle's edge. */
interface EdgePlace {
  latitude: number;
  longitude: number;
  subcategory: number;
  offers: number;
}

/** Great-circle distance in radians, with PostGIS's formula (`sphere_distance`). */
function sphereAngle(
  lonA: number,
  sinA: number,
  cosA: number,
  lonB: number,
  sinB: number,
  cosB: number,
): number {
  const dLon = lonB - lonA;
  const cosDLon = Math.cos(dLon);
  const x = cosB * Math.sin(dLon);
  const y = cosA * sinB - sinA * cosB * cosDLon;
  return Math.atan2(Math.sqrt(x * x + y * y), sinA * sinB + cosA * cosB * cosDLon);
}

const RAD = Math.PI / 180;
/** A cell's key within its level: i < 2^15, j < 2^16 (small integers: cheap map keys). */
const key = (i: number, j: number) => i * 65536 + j;
const NONE = -1;

/** Typed arrays that grow by doubling. */
function grown<T extends Int32Array | Float64Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const next = new (array.constructor as { new (n: number): T })(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/**
 * The rows of a copy, held in typed arrays and maps of small integers (a few objects for the
 * garbage collector to walk, not one per row): rows by venue and by finest cell (linked
 * lists through slots), and each cell's sums per subcategory at every level.
 */
export class FacetState {
  // Row slots.
  private rowCount = 0;
  private freeRows: number[] = [];
  private subcategoryOf = new Int32Array(1024);
  private offersOf = new Int32Array(1024);
  private latitudeOf = new Float64Array(1024);
  private longitudeOf = new Float64Array(1024);
  private sinLat = new Float64Array(1024);
  private cosLat = new Float64Array(1024);
  /** The place as a unit vector: a dot product settles all but the edge's doubtful places. */
  private x = new Float64Array(1024);
  private y = new Float64Array(1024);
  /** Next row of the same venue / of the same finest cell; NONE ends a list. */
  private nextOfVenue = new Int32Array(1024);
  private nextInCell = new Int32Array(1024);
  /** -1 for a digital row (no place). */
  private fineKeyOf = new Int32Array(1024);
  private readonly firstOfVenue = new Map<number, number>();
  private readonly firstInCell = new Map<number, number>();

  // Cell sums: per level, a cell's key → its block of WIDTH counts in `sums`.
  private readonly cellBlocks = Array.from({ length: LEVELS }, () => new Map<number, number>());
  private sums = new Int32Array(WIDTH * 1024);
  private blockTotals = new Int32Array(1024);
  private blockCount = 0;
  private freeBlocks: number[] = [];

  private readonly everyPlace = new Int32Array(WIDTH);
  private readonly digital = new Int32Array(WIDTH);

  static of(rows: FacetRow[]): FacetState {
    const state = new FacetState();
    for (const row of rows) state.add(row);
    return state;
  }

  /** A venue's rows as they are now (none: it has no bookable offer any more). */
  replaceVenue(venueId: number, rows: FacetRow[]): void {
    for (let row = this.firstOfVenue.get(venueId) ?? NONE; row !== NONE;) {
      const next = this.nextOfVenue[row]!;
      this.remove(row);
      row = next;
    }
    this.firstOfVenue.delete(venueId);
    for (const row of rows) this.add(row);
  }

  private add(row: FacetRow): void {
    const subcategory = POSITION.get(row.subcategoryId);
    // A subcategory the catalogue no longer has: facets drop it anyway.
    if (subcategory === undefined) return;
    const slot = this.freeRows.pop() ?? this.rowCount++;
    this.reserveRows(slot + 1);
    this.subcategoryOf[slot] = subcategory;
    this.offersOf[slot] = row.offers;
    this.nextOfVenue[slot] = this.firstOfVenue.get(row.venueId) ?? NONE;
    this.firstOfVenue.set(row.venueId, slot);
    if (row.latitude === null || row.longitude === null) {
      this.fineKeyOf[slot] = -1;
      this.digital[subcategory]! += row.offers;
      return;
    }
    const { latitude, longitude } = row;
    this.latitudeOf[slot] = latitude;
    this.longitudeOf[slot] = longitude;
    this.sinLat[slot] = Math.sin(latitude * RAD);
    this.cosLat[slot] = Math.cos(latitude * RAD);
    this.x[slot] = this.cosLat[slot]! * Math.cos(longitude * RAD);
    this.y[slot] = this.cosLat[slot]! * Math.sin(longitude * RAD);
    const { i, j } = fineCellOf(latitude, longitude);
    const fine = key(i, j);
    this.fineKeyOf[slot] = fine;
    this.nextInCell[slot] = this.firstInCell.get(fine) ?? NONE;
    this.firstInCell.set(fine, slot);
    this.addToCells(i, j, subcategory, row.offers);
  }

  private remove(slot: number): void {
    const subcategory = this.subcategoryOf[slot]!;
    const offers = this.offersOf[slot]!;
    const fine = this.fineKeyOf[slot]!;
    this.freeRows.push(slot);
    if (fine < 0) {
      this.digital[subcategory]! -= offers;
      return;
    }
    // Unlink from its cell's list (lists are a few rows long).
    let previous = NONE;
    let row = this.firstInCell.get(fine) ?? NONE;
    while (row !== slot && row !== NONE) {
      previous = row;
      row = this.nextInCell[row]!;
    }
    const next = this.nextInCell[slot]!;
    if (previous !== NONE) this.nextInCell[previous] = next;
    else if (next !== NONE) this.firstInCell.set(fine, next);
    else this.firstInCell.delete(fine);
    this.addToCells(Math.floor(fine / 65536), fine % 65536, subcategory, -offers);
  }

  private addToCells(i: number, j: number, subcategory: number, n: number): void {
    this.everyPlace[subcategory]! += n;
    for (let level = 0; level < LEVELS; level++) {
      const cells = this.cellBlocks[level]!;
      const cell = key(i >> level, j >> level);
      let block = cells.get(cell);
      if (block === undefined) {
        block = this.freeBlocks.pop() ?? this.blockCount++;
        this.sums = grown(this.sums, (block + 1) * WIDTH);
        this.blockTotals = grown(this.blockTotals, block + 1);
        this.sums.fill(0, block * WIDTH, (block + 1) * WIDTH);
        this.blockTotals[block] = 0;
        cells.set(cell, block);
      }
      this.sums[block * WIDTH + subcategory]! += n;
      this.blockTotals[block]! += n;
      if (this.blockTotals[block] === 0) {
        cells.delete(cell);
        this.freeBlocks.push(block);
      }
    }
  }

  private reserveRows(size: number): void {
    if (size <= this.offersOf.length) return;
    this.subcategoryOf = grown(this.subcategoryOf, size);
    this.offersOf = grown(this.offersOf, size);
    this.latitudeOf = grown(this.latitudeOf, size);
    this.longitudeOf = grown(this.longitudeOf, size);
    this.sinLat = grown(this.sinLat, size);
    this.cosLat = grown(this.cosLat, size);
    this.x = grown(this.x, size);
    this.y = grown(this.y, size);
    this.nextOfVenue = grown(this.nextOfVenue, size);
    this.nextInCell = grown(this.nextInCell, size);
    this.fineKeyOf = grown(this.fineKeyOf, size);
  }

  /**
   * Offers per subcategory at places within the circle (null: the grid cannot cover it, near
   * a pole or the antimeridian), and the places too close to its edge to decide here.
   */
  circle(
    latitude: number,
    longitude: number,
    radiusMeters: number,
  ): { places: Int32Array; doubtful: EdgePlace[] } | null {
    const cover = coverCircle(latitude, longitude, radiusMeters, 0, false);
    if (!cover) return null;
    const places = new Int32Array(WIDTH);
    const sums = this.sums;
    for (const [first, last] of cover.insideRuns) {
      const level = Math.floor(first / 2 ** 32);
      const cells = this.cellBlocks[level]!;
      const base = first - level * 2 ** 32;
      for (let cell = base, end = last - level * 2 ** 32; cell <= end; cell++) {
        const block = cells.get(cell);
        if (block === undefined) continue;
        for (let k = 0, at = block * WIDTH; k < WIDTH; k++) places[k]! += sums[at + k]!;
      }
    }
    const lon = longitude * RAD;
    const sin = Math.sin(latitude * RAD);
    const cos = Math.cos(latitude * RAD);
    const cx = cos * Math.cos(lon);
    const cy = cos * Math.sin(lon);
    // Dot products of unit vectors, with a margin of a centimetre each side of the edge and
    // of the arithmetic's own error: beyond it the answer is certain, within it PostGIS's
    // formula decides, and within a millimetre PostGIS itself.
    const sureInside = Math.cos((radiusMeters - 0.01) / SPHERE_RADIUS) + 1e-15;
    const sureOutside = Math.cos((radiusMeters + 0.01) / SPHERE_RADIUS) - 1e-15;
    const doubtful: EdgePlace[] = [];
    for (const [first, last] of cover.edgeRuns) {
      for (let cell = first; cell <= last; cell++) {
        for (
          let row = this.firstInCell.get(cell) ?? NONE;
          row !== NONE;
          row = this.nextInCell[row]!
        ) {
          const dot = cx * this.x[row]! + cy * this.y[row]! + sin * this.sinLat[row]!;
          if (dot < sureOutside) continue;
          const metres =
            dot > sureInside
              ? 0
              : sphereAngle(
                  lon,
                  sin,
                  cos,
                  this.longitudeOf[row]! * RAD,
                  this.sinLat[row]!,
                  this.cosLat[row]!,
                ) * SPHERE_RADIUS;
          if (metres < radiusMeters - DOUBT)
            places[this.subcategoryOf[row]!]! += this.offersOf[row]!;
          else if (metres <= radiusMeters + DOUBT)
            doubtful.push({
              latitude: this.latitudeOf[row]!,
              longitude: this.longitudeOf[row]!,
              subcategory: this.subcategoryOf[row]!,
              offers: this.offersOf[row]!,
            });
        }
      }
    }
    return { places, doubtful };
  }

  /** Offers per subcategory at every place, and digital ones (live arrays: read, don't keep). */
  totals(): { places: Int32Array; digital: Int32Array } {
    return { places: this.everyPlace, digital: this.digital };
  }
}

function matchCounts(
  places: Int32Array,
  digital: Int32Array,
  subcategoryIds: string[] | null,
): MatchCount[] {
  const wanted = subcategoryIds ? new Set(subcategoryIds) : null;
  const counts: MatchCount[] = [];
  for (let k = 0; k < WIDTH; k++) {
    const subcategoryId = SUBCATEGORY_IDS[k]!;
    if (wanted && !wanted.has(subcategoryId)) continue;
    if (places[k]! + digital[k]! > 0)
      counts.push({ subcategoryId, placeCount: places[k]!, digitalCount: digital[k]! });
  }
  return counts;
}

const ignore = () => undefined;

export class FacetIndex {
  private state: FacetState | null = null;
  /** The oldest transaction that may have committed since the copy was read. */
  private horizon = '0';
  private checkedAt = 0;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  /** `db`: the primary (a replica's copy could lag behind the horizon it reads). */
  constructor(
    private readonly db: SqlClient,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * Matching offers per subcategory around a point (or everywhere), with no accessibility
   * filter; null when this copy cannot answer (the caller asks the database's rollup).
   */
  async counts(
    around: { latitude: number; longitude: number; radiusMeters: number } | null,
    subcategoryIds: string[] | null,
  ): Promise<MatchCount[] | null> {
    try {
      await this.sync();
    } catch {
      return null;
    }
    const state = this.state;
    if (!state) return null;
    if (!around) {
      const { places, digital } = state.totals();
      return matchCounts(places, digital, subcategoryIds);
    }
    const found = state.circle(around.latitude, around.longitude, around.radiusMeters);
    if (!found) return null;
    if (found.doubtful.length === 0)
      return matchCounts(found.places, state.totals().digital, subcategoryIds);
    // Copied before the check: while it runs another request may change the copy.
    const digital = Int32Array.from(state.totals().digital);
    const inside = await insideRadius(this.db, around, found.doubtful).catch(() => null);
    if (!inside) return null;
    found.doubtful.forEach((place, k) => {
      if (inside[k]) found.places[place.subcategory]! += place.offers;
    });
    return matchCounts(found.places, digital, subcategoryIds);
  }

  /** Resolves once the copy holds every commit made before the call. */
  sync(): Promise<void> {
    if (!this.running) return this.start();
    // The running check may have read its snapshot before this call: wait for the next one.
    this.queued ??= this.running.then(ignore, ignore).then(() => {
      this.queued = null;
      return this.sync();
    });
    return this.queued;
  }

  private start(): Promise<void> {
    const fresh = this.state !== null && this.clock() - this.checkedAt < RELOAD_AFTER_MS;
    this.running = (fresh ? this.check() : this.load())
      .catch((error: unknown) => {
        this.state = null;
        throw error;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async load(): Promise<void> {
    const startedAt = this.clock();
    // The horizon before the rows: transactions it counts as possibly later are read again.
    const horizon = await snapshotHorizon(this.db);
    this.state = FacetState.of(await facetRows(this.db));
    this.horizon = horizon;
    this.checkedAt = startedAt;
  }

  private async check(): Promise<void> {
    const startedAt = this.clock();
    const { horizon, venues } = await pollVenueChanges(this.db, this.horizon);
    if (venues.length > 0) {
      const rows = await facetRowsOfVenues(this.db, venues);
      const byVenue = new Map<number, FacetRow[]>(venues.map((id) => [id, []]));
      for (const row of rows) byVenue.get(row.venueId)?.push(row);
      for (const [venueId, ofVenue] of byVenue) this.state!.replaceVenue(venueId, ofVenue);
    }
    this.horizon = horizon;
    this.checkedAt = startedAt;
  }
}
