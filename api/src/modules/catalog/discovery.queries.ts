import type { SqlClient } from '../../db/sql.js';
import { offerVisibleConditions, stockBookableConditions } from './visibility.js';

/**
 * The discovery home's offers, every module in one statement: whatever the number of
 * modules and editorial selections, the home costs this one statement (plus the loaders
 * of the offers it names). Every row goes through the rule of visibility.ts (offer,
 * offerer, and a stock bookable now).
 *
 * Around a point, the candidates are the offers of the nearest venues (a KNN walk on the
 * venues' GIST index, bounded) within the radius, plus the newest digital offers; without
 * a point, the newest offers of all France. Each module then picks from those candidates
 * with a little variety (at most two offers of one venue, one for « Près de toi »).
 * Editorial selections read their own offers by id (a list, or what their rule matched
 * when last resolved by `ruleOffers`), wherever they are.
 */

export type FeedModule = 'NEAR' | 'THIS_WEEK' | 'FREE' | 'LAST_PLACES' | 'NEW' | 'CHANGE';

export interface FeedSelection {
  /** Echoed in the rows, to tell selections apart. */
  key: string;
  /** Its offers in order: a list's, or those its rule matched when last resolved. */
  offerIds: number[];
}

export interface FeedRequest {
  around: { latitude: number; longitude: number } | null;
  radiusMeters: number;
  now: Date;
  /** Cards per module at most. */
  perModule: number;
  /** « Pour changer »: subcategories of the categories the person never booked; null: no such module. */
  changeSubcategoryIds: string[] | null;
  selections: FeedSelection[];
}

export interface FeedRow {
  /** A FeedModule, or `selection:<key>`. */
  module: string;
  offerId: number;
  /** Metres from the point; null for digital offers or without a point. */
  distance: number | null;
}

/** Venues walked around the point: their offers are the candidates of the local modules. */
const NEAR_VENUES = 40;
/** Newest offers taken as candidates without a point (and digital ones with a point). */
const NATIONAL_CANDIDATES = 600;
const DIGITAL_CANDIDATES = 40;
const LAST_PLACES_AT_MOST = 5;

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export async function homeFeed(sql: SqlClient, request: FeedRequest): Promise<FeedRow[]> {
  const p = new Params();
  const now = p.add(request.now);
  const limit = p.add(request.perModule);
  const offerVisible = offerVisibleConditions('offer').join(' and ');
  const offererVisible = offerVisibleConditions('offerer').join(' and ');
  const bookable = stockBookableConditions(now).join(' and ');
  const point = request.around
    ? `${p.add(`SRID=4326;POINT(${request.around.longitude} ${request.around.latitude})`)}::geography`
    : null;

  const pool = point
    ? `near_venues as materialized (
         select v.id, v.location <-> ${point} as distance
           from venue v join offerer f on f.id = v.offerer_id
          where not v.is_virtual and ${offererVisible}
          order by v.location <-> ${point}
          limit ${NEAR_VENUES}
       ), pool as (
         select o.id, o.venue_id, o.subcategory_id, n.distance
           from near_venues n join offer o on o.venue_id = n.id
          where n.distance <= ${p.add(request.radiusMeters)} and ${offerVisible}
         union all
         select * from (
           select o.id, o.venue_id, o.subcategory_id, null::float8 as distance
             from offer o join venue v on v.id = o.venue_id join offerer f on f.id = v.offerer_id
            where v.is_virtual and ${offerVisible} and ${offererVisible}
            order by o.id desc limit ${DIGITAL_CANDIDATES}) digital
       )`
    : `pool as (
         select o.id, o.venue_id, o.subcategory_id, null::float8 as distance
           from offer o join venue v on v.id = o.venue_id join offerer f on f.id = v.offerer_id
          where ${offerVisible} and ${offererVisible}
          order by o.id desc limit ${NATIONAL_CANDIDATES}
       )`;

  const modules: string[] = [];
  const pick = (module: FeedModule, where: string, order: string, perVenue = 2) =>
    modules.push(`(select '${module}' as module, id as offer_id, distance, rank from (
        select c.id, c.distance, row_number() over (order by ${order}) as rank
          from (select c.*, row_number() over (partition by c.venue_id order by ${order}) as in_venue
                  from candidates c where ${where}) c
         where c.in_venue <= ${perVenue}) m
       where rank <= ${limit})`);
  if (point) pick('NEAR', 'c.distance is not null', 'c.distance, c.id desc', 1);
  pick(
    'THIS_WEEK',
    `c.next_begins < ${now}::timestamptz + interval '7 days'`,
    'c.distance nulls last, c.next_begins, c.id desc',
  );
  pick('FREE', 'c.min_price = 0', 'c.distance nulls last, c.id desc');
  pick(
    'LAST_PLACES',
    `c.fewest_left <= ${LAST_PLACES_AT_MOST}`,
    'c.fewest_left, c.distance nulls last, c.id desc',
  );
  pick('NEW', 'true', 'c.id desc');
  if (request.changeSubcategoryIds) {
    const fresh = p.add(request.changeSubcategoryIds);
    // Round robin over subcategories: the first of each, then the second of each…
    modules.push(`(select 'CHANGE' as module, id as offer_id, distance, rank from (
        select c.id, c.distance, row_number() over (order by c.in_subcategory, c.distance nulls last, c.id desc) as rank
          from (select c.*, row_number() over (partition by c.subcategory_id order by c.distance nulls last, c.id desc) as in_subcategory
                  from candidates c where c.subcategory_id = any(${fresh}::text[])) c) m
       where rank <= ${limit})`);
  }
  if (request.selections.length > 0) {
    const selections = p.add(
      JSON.stringify(request.selections.map((s) => ({ key: s.key, offer_ids: s.offerIds }))),
    );
    modules.push(`(select 'selection:' || sel.key as module, picked.id as offer_id, null::float8 as distance, picked.rank
        from jsonb_to_recordset(${selections}::jsonb) as sel(key text, offer_ids int[])
        cross join lateral (
          select l.id, row_number() over (order by l.ord) as rank from (
            select o.id, x.ord
              from unnest(sel.offer_ids) with ordinality as x(id, ord)
              join offer o on o.id = x.id
              join venue v on v.id = o.venue_id
              join offerer f on f.id = v.offerer_id
             where ${offerVisible} and ${offererVisible}
               and exists (select 1 from stock s where s.offer_id = o.id and ${bookable})
             order by x.ord
             limit ${limit}) l
        ) picked)`);
  }

  const rows = await sql.query<{ module: string; offer_id: number; distance: number | null }>(
    `with ${pool},
     candidates as materialized (
       select pool.*, agg.min_price, agg.next_begins, agg.fewest_left
         from pool
         cross join lateral (
           select min(s.price_cents) as min_price, min(s.begins_at) as next_begins,
                  min(s.quantity - s.booked_quantity) as fewest_left
             from stock s where s.offer_id = pool.id and ${bookable}) agg
        where agg.min_price is not null
     )
     select module, offer_id, distance from (${modules.join('\n union all ')}) feed
      order by module, rank`,
    p.values,
  );
  return rows.map((r) => ({ module: r.module, offerId: r.offer_id, distance: r.distance }));
}

export interface SelectionRule {
  subcategoryIds: string[];
  /** Venues of this department only; null: anywhere, digital offers included. */
  departmentCode: string | null;
  /** A bookable date starting at or after / before these instants. */
  beginsFrom: Date | null;
  beginsUntil: Date | null;
}

/**
 * The offers an editorial rule matches now, newest first: visible, with a stock bookable
 * now (within the rule's dates when it has some). Run when a rule is saved and by the api's
 * jobs, never by the home (a rare category in a small department may scan far).
 */
export async function ruleOffers(
  sql: SqlClient,
  rule: SelectionRule,
  now: Date,
  limit: number,
): Promise<number[]> {
  const rows = await sql.query<{ id: number }>(
    `select o.id
       from offer o
       join venue v on v.id = o.venue_id
       join offerer f on f.id = v.offerer_id
      where o.subcategory_id = any($1::text[])
        and ($2::text is null or v.department_code = $2)
        and ${offerVisibleConditions('offer').join(' and ')} and ${offerVisibleConditions('offerer').join(' and ')}
        and exists (select 1 from stock s where s.offer_id = o.id and ${stockBookableConditions('$3').join(' and ')}
                      and ($4::timestamptz is null or s.begins_at >= $4)
                      and ($5::timestamptz is null or s.begins_at < $5))
      order by o.id desc
      limit $6`,
    [rule.subcategoryIds, rule.departmentCode, now, rule.beginsFrom, rule.beginsUntil, limit],
  );
  return rows.map((r) => r.id);
}
