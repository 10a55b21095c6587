import type { SqlClient } from '../../db/sql.js';
import type { SearchCriteria } from './search.criteria.js';
import { offerConditions, Params, pointParam, venueConditions } from './search.sql.js';

/** Matches of one subcategory: at places (within the radius around a point) and digital ones. */
export interface MatchCount {
  subcategoryId: string;
  placeCount: number;
  digitalCount: number;
}

/** Matching offers per subcategory (the point only narrows places; digital offers have none). */
export async function countMatches(db: SqlClient, c: SearchCriteria): Promise<MatchCount[]> {
  const p = new Params();
  const where = [...venueConditions(c), ...offerConditions(c, p)];
  let atPlace = 'not v.is_virtual';
  if (c.around) {
    const point = pointParam(p, c.around);
    atPlace = `not v.is_virtual and ST_DWithin(v.location, ${point}, ${p.add(c.around.radiusMeters)}, false)`;
  }
  return db.query<MatchCount>(
    `select o.subcategory_id as "subcategoryId",
            (count(*) filter (where ${atPlace}))::int as "placeCount",
            (count(*) filter (where v.is_virtual))::int as "digitalCount"
       from offer o
       join venue v on v.id = o.venue_id
       join offerer f on f.id = v.offerer_id
      where ${where.join(' and ')}
      group by o.subcategory_id`,
    p.values,
  );
}

export interface OfferSuggestionRow {
  offerId: number;
  name: string;
  venueName: string;
  city: string | null;
}

export interface VenueSuggestionRow {
  venueId: number;
  name: string;
  city: string | null;
  postalCode: string | null;
}

/** Bookable offers whose name starts a word with the text typed, nearest first around a point. */
export async function suggestOffers(
  db: SqlClient,
  text: string,
  around: { latitude: number; longitude: number } | null,
  limit: number,
): Promise<OfferSuggestionRow[]> {
  const p = new Params();
  const c = {
    subcategoryIds: null,
    duoOnly: false,
    text,
    maxPriceCents: null,
    freeOnly: false,
    beginsAfter: null,
    beginsBefore: null,
    accessibility: { motor: false, visual: false, hearing: false, mental: false },
  } as unknown as SearchCriteria;
  const where = [...venueConditions(c), ...offerConditions(c, p)];
  const order = around ? `v.location <-> ${pointParam(p, around)}` : 'o.id desc';
  return db.query<OfferSuggestionRow>(
    `select o.id as "offerId", o.name, coalesce(v.public_name, v.name) as "venueName", v.city
       from offer o
       join venue v on v.id = o.venue_id
       join offerer f on f.id = v.offerer_id
      where ${where.join(' and ')}
      order by ${order} nulls last
      limit ${p.add(limit)}`,
    p.values,
  );
}

/** Venues of validated offerers whose name matches the text typed, nearest first around a point. */
export async function suggestVenues(
  db: SqlClient,
  text: string,
  around: { latitude: number; longitude: number } | null,
  limit: number,
): Promise<VenueSuggestionRow[]> {
  const p = new Params();
  const pattern = p.add(`%${text.replace(/[%_\\]/g, '\\$&')}%`);
  const order = around ? `v.location <-> ${pointParam(p, around)}` : 'v.id';
  return db.query<VenueSuggestionRow>(
    `select v.id as "venueId", coalesce(v.public_name, v.name) as name, v.city, v.postal_code as "postalCode"
       from venue v
       join offerer f on f.id = v.offerer_id
      where ${venueConditions({ accessibility: {} } as SearchCriteria).join(' and ')}
        and not v.is_virtual
        and pc_unaccent(lower(coalesce(v.public_name, v.name))) like pc_unaccent(lower(${pattern}))
      order by ${order}
      limit ${p.add(limit)}`,
    p.values,
  );
}
