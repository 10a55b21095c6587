import type { SqlClient } from '../../db/sql.js';
import { Params, pointParam } from './search-filters.queries.js';

/** A row of `offer_search_venue_count` as the api's copy of it holds it. */
export interface FacetRow {
  venueId: number;
  subcategoryId: string;
  /** Null for a virtual venue's (digital) offers. */
  latitude: number | null;
  longitude: number | null;
  offers: number;
}

// Accessibility stays in the database's rollup: this copy serves counts without those filters.
const COLUMNS = `c.venue_id as "venueId", c.subcategory_id as "subcategoryId",
  ST_Y(c.location::geometry) as latitude, ST_X(c.location::geometry) as longitude, c.offers`;

/** The oldest transaction still running: any later commit has an id at or above it. */
const HORIZON = 'pg_snapshot_xmin(pg_current_snapshot())::text';

export async function snapshotHorizon(db: SqlClient): Promise<string> {
  const [row] = await db.query<{ horizon: string }>(`select ${HORIZON} as horizon`);
  return row!.horizon;
}

export function facetRows(db: SqlClient): Promise<FacetRow[]> {
  return db.query<FacetRow>(`select ${COLUMNS} from offer_search_venue_count c`);
}

export function facetRowsOfVenues(db: SqlClient, venueIds: number[]): Promise<FacetRow[]> {
  return db.query<FacetRow>(
    `select ${COLUMNS} from offer_search_venue_count c where c.venue_id = any($1::int[])`,
    [venueIds],
    { prepare: true },
  );
}

/**
 * The venues that transactions from `horizon` on changed, and the horizon to ask from next
 * time (read in the same snapshot: a transaction it does not see has an id at or above it).
 */
export async function pollVenueChanges(
  db: SqlClient,
  horizon: string,
): Promise<{ horizon: string; venues: number[] }> {
  const [row] = await db.query<{ horizon: string; venues: number[] }>(
    `select ${HORIZON} as horizon,
            array(select distinct venue_id from offer_search_venue_change
                   where xid >= $1::bigint) as venues`,
    [horizon],
    { prepare: true },
  );
  return row!;
}

/** Venue changes older than what any copy still reads (the `facet changes` job). */
export async function pruneVenueChanges(db: SqlClient, keptMinutes: number): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `with gone as (delete from offer_search_venue_change
                    where at < clock_timestamp() - make_interval(mins => $1) returning 1)
     select count(*)::int as n from gone`,
    [keptMinutes],
  );
  return rows[0]!.n;
}

/** PostGIS's own answer for places at the edge of a circle: the search's distance test. */
export async function insideRadius(
  db: SqlClient,
  around: { latitude: number; longitude: number; radiusMeters: number },
  places: { latitude: number; longitude: number }[],
): Promise<boolean[]> {
  const p = new Params();
  const latitudes = p.add(places.map((place) => place.latitude));
  const longitudes = p.add(places.map((place) => place.longitude));
  const rows = await db.query<{ inside: boolean }>(
    `select _ST_DWithin(ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography,
                        ${pointParam(p, around)}, ${p.add(around.radiusMeters)}, false) as inside
       from unnest(${latitudes}::float8[], ${longitudes}::float8[]) with ordinality t(lat, lon, k)
      order by k`,
    p.values,
  );
  return rows.map((row) => row.inside);
}
