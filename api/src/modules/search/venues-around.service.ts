import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { checkPoint, checkRadius, searchCriteria } from './search.criteria.js';
import { offerConditions, Params, pointParam, venueConditions } from './search.sql.js';
import { crossesAntimeridian, type BoundingBox } from './bounding-box.js';

export const MAX_MARKERS = 300;

export interface VenuesAroundRequest {
  around?: { latitude: number; longitude: number } | null;
  radiusKm: number;
  boundingBox?: { south: number; west: number; north: number; east: number } | null;
  categories?: string[] | null;
  first: number;
}

export interface VenueMarkerRow {
  venueId: number;
  distanceMeters: number | null;
  offerCount: number;
}

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
  if (box.south === box.north || box.west === box.east) {
    // A line or a point: no envelope of zero area, the coordinates themselves.
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

/** Map markers: venues with bookable offers, nearest first around a point or within the map's box. */
export async function venuesAround(
  sql: SqlClient,
  request: VenuesAroundRequest,
): Promise<VenueMarkerRow[]> {
  if (!Number.isInteger(request.first) || request.first < 1 || request.first > MAX_MARKERS) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Le nombre de lieux doit être entre 1 et ${MAX_MARKERS}.`,
      { field: 'first' },
    );
  }
  if (!request.around === !request.boundingBox) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Indique soit un point et un rayon, soit une zone de carte.',
      {
        field: 'around',
      },
    );
  }
  const criteria = searchCriteria({ categories: request.categories, first: 1 });
  const p = new Params();
  const where = [...venueConditions(criteria), 'not v.is_virtual'];
  const offerWhere = offerConditions(criteria, p).join(' and ');
  let distance = 'null::float8';
  let order = 'v.id';
  if (request.around) {
    checkPoint(request.around);
    const point = pointParam(p, request.around);
    distance = `v.location <-> ${point}`;
    order = distance;
    where.push(`ST_DWithin(v.location, ${point}, ${p.add(checkRadius(request.radiusKm))}, false)`);
  } else {
    const box = request.boundingBox!;
    checkPoint({ latitude: box.south, longitude: box.west }, 'boundingBox');
    checkPoint({ latitude: box.north, longitude: box.east }, 'boundingBox');
    if (box.south > box.north) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'La zone de carte est à l’envers (sud au-dessus du nord).',
        {
          field: 'boundingBox',
        },
      );
    }
    where.push(boxCondition(box, p));
  }
  const rows = await sql.query<{ venue_id: number; distance: number | null; offer_count: number }>(
    `select v.id as venue_id, ${distance} as distance, counts.offer_count
       from venue v
       join offerer f on f.id = v.offerer_id
       cross join lateral (
         select count(*)::int as offer_count from offer o where o.venue_id = v.id and ${offerWhere}
       ) counts
      where ${where.join(' and ')} and counts.offer_count > 0
      order by ${order}
      limit ${p.add(request.first)}`,
    p.values,
  );
  return rows.map((r) => ({
    venueId: r.venue_id,
    distanceMeters: r.distance,
    offerCount: r.offer_count,
  }));
}
