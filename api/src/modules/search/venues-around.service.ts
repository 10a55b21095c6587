import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { checkPoint, checkRadius, searchCriteria, type RawSearchInput } from './search.criteria.js';
import { textMatch, type TextMatch } from './search.queries.js';
import { textQuery } from './search.text.js';
import { venueMarkers, type VenueMarkerRow } from './venues-around.queries.js';

export const MAX_MARKERS = 300;

/** Where, and the search's filters (the map shows the venues of the offers it finds). */
export interface VenuesAroundRequest extends Omit<
  RawSearchInput,
  'around' | 'first' | 'after' | 'includeDigital'
> {
  around?: { latitude: number; longitude: number } | null;
  radiusKm: number;
  boundingBox?: { south: number; west: number; north: number; east: number } | null;
  first: number;
}

export type { VenueMarkerRow };

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
  if (request.around) checkPoint(request.around);
  else {
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
  }
  const { boundingBox: _box, first, around, ...filters } = request;
  const criteria = searchCriteria({ ...filters, around: null, first: 1 });
  let text: TextMatch | null = null;
  if (criteria.text) {
    const query = textQuery(criteria.text);
    // Words of no letter nor digit match no offer, as in the search.
    if (!query) return [];
    text = await textMatch(sql, query);
  }
  return venueMarkers(
    sql,
    criteria,
    text,
    around
      ? { around, radiusMeters: checkRadius(request.radiusKm) }
      : { box: request.boundingBox! },
    first,
    new Date(),
  );
}
