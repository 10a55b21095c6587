import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { checkPoint, checkRadius, searchCriteria } from './search.criteria.js';
import { venueMarkers, type VenueMarkerRow } from './venues-around.queries.js';

export const MAX_MARKERS = 300;

export interface VenuesAroundRequest {
  around?: { latitude: number; longitude: number } | null;
  radiusKm: number;
  boundingBox?: { south: number; west: number; north: number; east: number } | null;
  categories?: string[] | null;
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
  const criteria = searchCriteria({ categories: request.categories, first: 1 });
  return venueMarkers(
    sql,
    criteria,
    request.around
      ? { around: request.around, radiusMeters: checkRadius(request.radiusKm) }
      : { box: request.boundingBox! },
    request.first,
  );
}
