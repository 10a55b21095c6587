import type { SqlClient } from '../../db/sql.js';
import { crossesAntimeridian, type BoundingBox } from './bounding-box.js';
import { rollupsAnswer, type SearchCriteria } from './search.criteria.js';
import { Params, pointParam } from './search-filters.queries.js';
import { filterConditions, textCondition, type TextMatch } from './search.queries.js';

export interface VenueMarkerRow {
  venueId: number;
  distanceMeters: number | null;
  offerCount: number;
}

/** A box side shorter than this (about 0.1 mm on the ground) is no side: the box is a line. */
const DEGENERATE_DEGREES = 1e-9;

/**
 * SQL condition on `v`: its location is in the box (edges included), compared as plain
 * coordinates (geometry), never as a geography envelope (its edges are great circles,
 * and antipodal corners are an error). ST_Covers uses the index on `location::geometry`
 * and then tests exactly. A box crossing the antimeridian is two.
 */
function boxCondition(box: BoundingBox, p: Params): string {
  const [south, north] = [p.add(box.south), p.add(box.north)];
  const covers = (west: string, east: string) =>
    `ST_Covers(ST_MakeEnvelope(${west}, ${south}, ${east}, ${north}, 4326), v.location::geometry)`;
  const [west, east] = [p.add(box.west), p.add(box.east)];
  if (
    box.north - box.south < DEGENERATE_DEGREES ||
    Math.abs(box.east - box.west) < DEGENERATE_DEGREES
  ) {
    // A line or a point (or thinner than coordinates can tell apart): no envelope of zero
    // area, whose covering is ill-defined, but the coordinates themselves.
    const longitude = 'ST_X(v.location::geometry)';
    const inLongitude = crossesAntimeridian(box)
      ? `(${longitude} >= ${west} or ${longitude} <= ${east})`
      : `${longitude} between ${west} and ${east}`;
    return `(ST_Y(v.location::geometry) between ${south} and ${north} and ${inLongitude})`;
  }
  return crossesAntimeridian(box)
    ? `(${covers(west, '180')} or ${covers('-180', east)})`
    : covers(west, east);
}

/** Where the markers are: around a point within a radius, or within a map's box. */
export type MarkerArea =
  { around: { latitude: number; longitude: number }; radiusMeters: number } | { box: BoundingBox };

/**
 * Venues with bookable offers matching `criteria` (every filter of the search, the text
 * included, by the search table's own conditions), nearest first around a point or by id in
 * a box, each with its number of matching offers. Venues come from their place index, their
 * offers from the search table by venue; filters the per-venue rollup can answer (categories,
 * accessibility) sum its rows instead.
 */
export async function venueMarkers(
  sql: SqlClient,
  criteria: SearchCriteria,
  text: TextMatch | null,
  area: MarkerArea,
  first: number,
  now: Date,
): Promise<VenueMarkerRow[]> {
  const p = new Params();
  const where = ['not v.is_virtual'];
  let distance = 'null::float8';
  let order = 'v.id';
  if ('around' in area) {
    const point = pointParam(p, area.around);
    distance = `v.location <-> ${point}`;
    order = 'distance, v.id';
    where.push(`ST_DWithin(v.location, ${point}, ${p.add(area.radiusMeters)}, false)`);
  } else {
    where.push(boxCondition(area.box, p));
  }
  let counted: string;
  if (rollupsAnswer(criteria, text)) {
    const conditions = ['c.venue_id = v.id'];
    if (criteria.subcategoryIds)
      conditions.push(`c.subcategory_id = any(${p.add(criteria.subcategoryIds)}::text[])`);
    for (const flag of ['motor', 'visual', 'hearing', 'mental'] as const) {
      if (criteria.accessibility[flag]) conditions.push(`c.${flag}_accessible`);
    }
    counted = `select sum(c.offers)::int as offer_count from offer_search_venue_count c where ${conditions.join(' and ')}`;
  } else {
    const conditions = ['os.venue_id = v.id', ...filterConditions(criteria, p, p.add(now))];
    if (text) conditions.push(textCondition(text, p));
    counted = `select count(*)::int as offer_count from offer_search os where ${conditions.join(' and ')}`;
  }
  const rows = await sql.query<{ venue_id: number; distance: number | null; offer_count: number }>(
    `select v.id as venue_id, ${distance} as distance, counts.offer_count
       from venue v
       cross join lateral (${counted}) counts
      where ${where.join(' and ')} and counts.offer_count > 0
      order by ${order}
      limit ${p.add(first)}`,
    p.values,
  );
  return rows.map((r) => ({
    venueId: r.venue_id,
    distanceMeters: r.distance,
    offerCount: r.offer_count,
  }));
}
