import type { SqlClient } from '../../db/sql.js';
import { Params, pointParam } from './search-filters.queries.js';
import type { TextQuery } from './search.text.js';

/**
 * How many close names (venues, offer names, people) a suggestion query ranks at most: a short
 * text is close to thousands of them, and ranking all would cost more than typing allows.
 */
export const SUGGESTION_CANDIDATES = 200;

export type PersonRole = 'AUTHOR' | 'PERFORMER' | 'STAGE_DIRECTOR';

/** One line the database suggests; which fields are set depends on `kind`. */
export interface SuggestionRow {
  kind: 'PLACE' | 'VENUE' | 'PERSON' | 'OFFER';
  /** A town, a venue's name, a person's name or an offer's name. */
  label: string;
  /** PLACE: postal code; VENUE, OFFER of one offer: town; PERSON: role. */
  detail: string | null;
  /** VENUE: the venue; OFFER of one offer: its venue. */
  venueName: string | null;
  id: number | null;
  /** PERSON, OFFER: bookable offers that name them / bear that name. */
  offers: number | null;
  departmentCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface SuggestionLimits {
  places: number;
  venues: number;
  people: number;
  offers: number;
}

/**
 * Towns, venues, people and offer names close to the text typed, in one statement (one round
 * trip, one snapshot): towns by folded prefix (or postal code), the others by trigrams on
 * small tables (venue names, `offer_search_people`, `offer_search_name`), each kind ranked by
 * similarity then by size (offers) or nearness; at most `limits` lines of each kind. The close
 * candidates come from functions that always read the trigram indexes (migration
 * `…_suggestion_candidates`): given the choice, the planner scanned the tables.
 */
export async function suggest(
  db: SqlClient,
  text: TextQuery,
  around: { latitude: number; longitude: number } | null,
  limits: SuggestionLimits,
  now: Date,
): Promise<SuggestionRow[]> {
  const p = new Params();
  const folded = p.add(text.folded);
  const byPostalCode = /^\d{2,5}$/.test(text.folded);
  const townPrefix = p.add(`${text.folded.replace(/[%_\\]/g, '\\$&')}%`);
  // The prefix as a range too: `like $n` has no index bounds in a generic plan (a parameter),
  // and the prepared statement settles on one after five runs (then it read every venue).
  const townFrom = p.add(text.folded);
  const townTo = p.add(`${text.folded}\u{10FFFF}`);
  const distance = around ? `v.location <-> ${pointParam(p, around)}, ` : '';
  const candidates = SUGGESTION_CANDIDATES;
  return db.query<SuggestionRow>(
    `with places as (
       select v.city, v.postal_code, v.department_code,
              avg(ST_Y(v.location::geometry)) as latitude, avg(ST_X(v.location::geometry)) as longitude,
              row_number() over (order by count(*) desc, v.city) as rank
         from venue v
        where not v.is_virtual and v.city is not null
          and ${
            byPostalCode
              ? `v.postal_code like ${townPrefix}`
              : `search_fold(v.city) ~>=~ ${townFrom} and search_fold(v.city) ~<~ ${townTo}
                 and search_fold(v.city) like ${townPrefix}`
          }
        group by v.city, v.postal_code, v.department_code
        order by count(*) desc, v.city
        limit ${p.add(limits.places)}
     ),
     close_venues as (
       select * from offer_search_venue_candidates(${folded}, ${candidates})
     ),
     venues as (
       select v.id, v.name, v.city, row_number() over () as rank
         from (select * from close_venues v
                order by word_similarity(${folded}, v.name_key) desc, ${distance}v.id
                limit ${p.add(limits.venues)}) v
     ),
     people as (
       select c.name, c.role, c.offers,
              row_number() over (order by word_similarity(${folded}, c.name_key) desc, c.offers desc, c.name_key, c.role) as rank
         from offer_search_people_candidates(${folded}, ${candidates}) c
        order by rank
        limit ${p.add(limits.people)}
     ),
     names as (
       select c.name, c.offers,
              row_number() over (order by word_similarity(${folded}, c.name_key) desc, c.offers desc, c.name_key) as rank
         from offer_search_name_candidates(${folded}, ${candidates}) c
        order by rank
        limit ${p.add(limits.offers)}
     )
     select 'PLACE' as kind, city as label, postal_code as detail, null as "venueName", null::int as id,
            null::int as offers, department_code as "departmentCode", latitude, longitude, 1 as part, rank
       from places
     union all
     select 'VENUE', name, city, null, id, null, null, null, null, 2, rank from venues
     union all
     select 'PERSON', name, role, null, null, offers, null, null, null, 3, rank from people
     union all
     -- A name borne by one offer opens it: that offer and its venue come along.
     select 'OFFER', names.name, one.city, one.venue_name, one.offer_id, names.offers, null, null, null, 4, rank
       from names
       left join lateral (
         select os.offer_id, coalesce(v.public_name, v.name) as venue_name, v.city
           from offer_search os join venue v on v.id = os.venue_id
          where names.offers = 1 and os.name = names.name
            and (os.next_deadline is null or os.next_deadline > ${p.add(now)})
          limit 1
       ) one on true
     order by part, rank`,
    p.values,
    { prepare: true },
  );
}
