import type { SqlClient } from '../../db/sql.js';

export interface PlaceRow {
  city: string;
  postalCode: string;
  departmentCode: string;
  latitude: number;
  longitude: number;
}

/**
 * Towns a person can type instead of sharing their position: the towns that have
 * venues, by name (accents and case do not matter) or by postal code.
 */
export async function findPlaces(db: SqlClient, text: string, limit = 8): Promise<PlaceRow[]> {
  const query = text.trim();
  if (query.length < 2) return [];
  const byPostalCode = /^\d{2,5}$/.test(query);
  return db.query<PlaceRow>(
    `select v.city, v.postal_code as "postalCode", v.department_code as "departmentCode",
            avg(ST_Y(v.location::geometry)) as latitude, avg(ST_X(v.location::geometry)) as longitude
       from venue v
      where not v.is_virtual and v.city is not null
        and ${byPostalCode ? 'v.postal_code like $1' : 'search_fold(v.city) like search_fold($1)'}
      group by v.city, v.postal_code, v.department_code
      order by count(*) desc, v.city
      limit $2`,
    [`${query.replace(/[%_\\]/g, '\\$&')}%`, limit],
  );
}
