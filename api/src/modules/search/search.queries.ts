import type { SqlClient } from '../../db/sql.js';
import {
  CATALOGUE_DETAIL_COLUMNS,
  type CatalogueDetails,
  type OfferRow,
  type PublicVenueRow,
} from '../catalog/catalog.rows.js';
import { SUBCATEGORIES } from '../catalog/categories.js';
import { stockBookableConditions } from '../catalog/visibility.js';
import { rollupsAnswer, type SearchCriteria } from './search.criteria.js';
import { Params, pointParam } from './search-filters.queries.js';
import { matchingQuery, namedSubcategories, typoWords, type TextQuery } from './search.text.js';

/**
 * SQL over the search table `offer_search` (alias `os`), which the search module owns and
 * database triggers keep exact (migration 20261203130000_offer_search). Every query here skips
 * rows whose first bookable stock closed since they were computed (`next_deadline`): the
 * expiry job recomputes them.
 */

/** A category whose subcategories are exactly these: the (category, location) index serves it. */
function singleCategory(subcategoryIds: string[]): string | null {
  const wanted = new Set(subcategoryIds);
  const category = SUBCATEGORIES.find((s) => wanted.has(s.id))?.categoryId;
  if (!category) return null;
  const all = SUBCATEGORIES.filter((s) => s.categoryId === category);
  return all.length === wanted.size && all.every((s) => wanted.has(s.id)) ? category : null;
}

/** Which criteria a condition list honours (facets drop some of them). */
export type FilterCriteria = Pick<
  SearchCriteria,
  | 'subcategoryIds'
  | 'maxPriceCents'
  | 'freeOnly'
  | 'beginsAfter'
  | 'beginsBefore'
  | 'duoOnly'
  | 'accessibility'
>;

/** Conditions on `os` for the filters (not the place nor the text). */
export function filterConditions(c: FilterCriteria, p: Params, now: string): string[] {
  const where = [`(os.next_deadline is null or os.next_deadline > ${now})`];
  if (c.subcategoryIds) {
    const category = singleCategory(c.subcategoryIds);
    where.push(
      category
        ? `os.category_id = ${p.add(category)}`
        : `os.subcategory_id = any(${p.add(c.subcategoryIds)}::text[])`,
    );
  }
  if (c.duoOnly) where.push('os.is_duo');
  if (c.accessibility.motor) where.push('os.motor_accessible');
  if (c.accessibility.visual) where.push('os.visual_accessible');
  if (c.accessibility.hearing) where.push('os.hearing_accessible');
  if (c.accessibility.mental) where.push('os.mental_accessible');
  if (c.freeOnly) where.push('os.min_price_cents = 0');
  else if (c.maxPriceCents !== null) where.push(`os.min_price_cents <= ${p.add(c.maxPriceCents)}`);
  if (c.beginsAfter || c.beginsBefore) {
    // The row's date range says whether a stock may fall in; the stocks themselves say which
    // one does, with its price (the same stock must meet both).
    const stock = ['s.offer_id = os.offer_id', ...stockBookableConditions(now)];
    if (c.beginsAfter) {
      const after = p.add(c.beginsAfter);
      where.push(`os.last_begins_at >= ${after}`);
      stock.push(`s.begins_at >= ${after}`);
    }
    if (c.beginsBefore) {
      const before = p.add(c.beginsBefore);
      where.push(`os.first_begins_at <= ${before}`);
      stock.push(`s.begins_at <= ${before}`);
    }
    if (c.freeOnly) stock.push('s.price_cents = 0');
    else if (c.maxPriceCents !== null) stock.push(`s.price_cents <= ${p.add(c.maxPriceCents)}`);
    where.push(`exists (select 1 from stock s where ${stock.join(' and ')})`);
  }
  return where;
}

/** A typed text with what a row's words must match (typos included): see `textMatch`. */
export interface TextMatch extends TextQuery {
  /** The tsquery of `matchingQuery`; null: the text matches nothing. */
  matching: string | null;
  /** The subcategories the text names (`namedSubcategories`): their matches rank higher. */
  named: string[];
}

/** How many of the catalogue's words may stand for one typed word (the closest first). */
const CLOSE_WORDS = 20;

/**
 * The typed text with the catalogue's words close to each word of four letters or more
 * (`offer_search_word`, migration 20261207100000_search_words): « teatre » matches
 * « théâtre », « harry poter » « Harry Potter ».
 */
export async function textMatch(db: SqlClient, query: TextQuery): Promise<TextMatch> {
  const typed = typoWords(query);
  const closeWords = new Map<string, string[]>();
  if (typed.length) {
    const rows = await db.query<{ typed: string; word: string }>(
      'select typed, word from search_word_candidates($1::text[], $2)',
      [typed, CLOSE_WORDS],
      { prepare: true },
    );
    for (const { typed: word, word: close } of rows) {
      closeWords.set(word, [...(closeWords.get(word) ?? []), close]);
    }
  }
  return {
    ...query,
    matching: matchingQuery(query, closeWords),
    named: namedSubcategories(query, closeWords),
  };
}

/** Criteria without any filter: what a search's filters are reset to. */
export const NO_FILTERS: FilterCriteria = {
  subcategoryIds: null,
  maxPriceCents: null,
  freeOnly: false,
  beginsAfter: null,
  beginsBefore: null,
  duoOnly: false,
  accessibility: { motor: false, visual: false, hearing: false, mental: false },
};

/** Whether any filter is set, the categories included. */
export function hasFilters(c: FilterCriteria): boolean {
  const { motor, visual, hearing, mental } = c.accessibility;
  return (
    c.subcategoryIds !== null ||
    c.maxPriceCents !== null ||
    c.freeOnly ||
    c.beginsAfter !== null ||
    c.beginsBefore !== null ||
    c.duoOnly ||
    motor ||
    visual ||
    hearing ||
    mental
  );
}

/**
 * Whether a walk nearest first reaches its rows close to the point whatever the filters: only
 * the category has an index beside the location; with any other filter (price, dates, duo,
 * accessibility, some subcategories) a rare combination would make the walk read rows across
 * the country to find a few hundred.
 */
export function walksNearestFirst(c: FilterCriteria): boolean {
  return (
    !hasFilters({ ...c, subcategoryIds: null }) &&
    (c.subcategoryIds === null || singleCategory(c.subcategoryIds) !== null)
  );
}

/**
 * The text condition on a row `os` of the search table: every typed word found among its
 * French words, as a prefix or as a close word (GIN index, no test again).
 */
export function textCondition(text: TextMatch, p: Params): string {
  return text.matching
    ? `os.search_vector @@ to_tsquery('french'::regconfig, ${p.add(text.matching)})`
    : 'false';
}

/**
 * What a match of a subcategory the text names gains: as much as 40 % of the radius in
 * distance (relevance loses 0.25 from the point to the radius).
 */
const NAMED_BONUS = 0.1;

/**
 * 0..1.1: how much of the text a row `os` holds (trigrams: typos forgiven), more when its
 * words are found as typed, and more when it is of a subcategory the text names.
 */
export function textRelevance(text: TextMatch, p: Params): string {
  const words = text.prefixes
    ? `os.search_vector @@ to_tsquery('french'::regconfig, ${p.add(text.prefixes)})`
    : 'false';
  const named = text.named.length
    ? ` + case when os.subcategory_id = any(${p.add(text.named)}::text[]) then ${NAMED_BONUS}::float8 else 0::float8 end`
    : '';
  return `(0.7::float8 * word_similarity(${p.add(text.folded)}, os.search_text) + case when ${words} then 0.3::float8 else 0::float8 end${named})`;
}

/** A hit as the search statements return it, with its offer and venue rows. */
export interface HitRow {
  offerId: number;
  venueId: number;
  distance: number | null;
  score: number | null;
  minPriceCents: number;
  offer: OfferRow;
  venue: PublicVenueRow;
}

interface FlatRow extends CatalogueDetails {
  offer_id: number;
  venue_id: number;
  distance: number | null;
  score: number | null;
  min_price_cents: number;
  o_subcategory_id: string;
  o_name: string;
  o_description: string | null;
  o_url: string | null;
  o_is_duo: boolean;
  o_is_active: boolean;
  o_validation: string;
  f_validated: boolean;
  v_offerer_id: number;
  v_name: string;
  v_public_name: string | null;
  v_address: string | null;
  v_postal_code: string | null;
  v_city: string | null;
  v_department_code: string | null;
  v_latitude: number | null;
  v_longitude: number | null;
  v_venue_type: string;
  v_is_virtual: boolean;
  v_motor: boolean;
  v_visual: boolean;
  v_hearing: boolean;
  v_mental: boolean;
}

/** The page's offers and venues, by primary key (`hit` holds offer_id and venue_id). */
const PAGE_COLUMNS = `o.subcategory_id as o_subcategory_id, o.name as o_name, o.description as o_description,
  o.url as o_url, o.is_duo as o_is_duo, o.is_active as o_is_active, o.validation as o_validation,
  (f.status = 'VALIDATED') as f_validated, v.offerer_id as v_offerer_id, v.name as v_name,
  v.public_name as v_public_name, v.address as v_address, v.postal_code as v_postal_code, v.city as v_city,
  v.department_code as v_department_code, ST_Y(v.location::geometry) as v_latitude,
  ST_X(v.location::geometry) as v_longitude, v.venue_type as v_venue_type, v.is_virtual as v_is_virtual,
  v.motor_accessible as v_motor, v.visual_accessible as v_visual, v.hearing_accessible as v_hearing,
  v.mental_accessible as v_mental, ${CATALOGUE_DETAIL_COLUMNS}`;
const PAGE_JOINS = `join offer o on o.id = hit.offer_id
  join venue v on v.id = hit.venue_id
  join offerer f on f.id = v.offerer_id`;

function toHit(r: FlatRow): HitRow {
  return {
    offerId: r.offer_id,
    venueId: r.venue_id,
    distance: r.distance,
    score: r.score,
    minPriceCents: r.min_price_cents,
    offer: {
      id: r.offer_id,
      venueId: r.venue_id,
      subcategoryId: r.o_subcategory_id,
      name: r.o_name,
      description: r.o_description,
      url: r.o_url,
      isDuo: r.o_is_duo,
      isActive: r.o_is_active,
      validation: r.o_validation,
      offererValidated: r.f_validated,
      author: r.author,
      performer: r.performer,
      stageDirector: r.stageDirector,
      ean: r.ean,
      durationMinutes: r.durationMinutes,
      language: r.language,
      ageAdvice: r.ageAdvice,
    },
    venue: {
      id: r.venue_id,
      offererId: r.v_offerer_id,
      name: r.v_name,
      publicName: r.v_public_name,
      address: r.v_address,
      postalCode: r.v_postal_code,
      city: r.v_city,
      departmentCode: r.v_department_code,
      latitude: r.v_latitude,
      longitude: r.v_longitude,
      venueType: r.v_venue_type,
      isVirtual: r.v_is_virtual,
      motorAccessible: r.v_motor,
      visualAccessible: r.v_visual,
      hearingAccessible: r.v_hearing,
      mentalAccessible: r.v_mental,
      offererValidated: r.f_validated,
    },
  };
}

export type NearCursor = { distance: number; venueId: number; offerId: number };

/** What a page of results shows of an offer (the lean path): no offer nor venue rows. */
export interface CardRow {
  offerId: number;
  venueId: number;
  distance: number | null;
  minPriceCents: number;
  name: string;
  subcategoryId: string;
  isDuo: boolean;
  /** The venue's name as shown (its public name when it has one). */
  venueName: string;
  venueCity: string;
}

/** The card's columns of a hit `hit` (from offer_search) and its venue `v`. */
const CARD_COLUMNS = `hit.offer_id as "offerId", hit.venue_id as "venueId", hit.distance,
  hit.min_price_cents as "minPriceCents", hit.name, hit.subcategory_id as "subcategoryId",
  hit.is_duo as "isDuo", coalesce(nullif(v.public_name, ''), v.name) as "venueName",
  coalesce(v.city, '') as "venueCity"`;

/**
 * A page's limit written into the statement, not passed: with `limit $n` the generic plan of a
 * prepared statement guesses a tenth of the table and joins the venues by a full scan.
 */
function pageLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new Error(`bad limit ${limit}`);
  return limit;
}

type Around = { latitude: number; longitude: number; radiusMeters: number };

/**
 * The columns a page reads, whatever its shape. Pages without text read `offer_search_page`
 * (offer_search without its text columns, in geohash order: migration
 * 20261205200000_offer_search_page), where the nearest neighbours of a point share pages.
 */
const HIT_COLUMNS =
  'os.offer_id, os.venue_id, os.min_price_cents, os.name, os.subcategory_id, os.is_duo';

/**
 * Offers at places, nearest first, (distance, venue, offer) after the cursor; `limit` rows at
 * most (the caller asks one more than a page): the GIST index walks nearest first and an
 * incremental sort orders each group of equal distance by (venue, offer), so the order is
 * total and paging exact. The radius cuts outside (inside, a walk with fewer rows than the
 * limit within the radius would read the whole table).
 */
function nearHits(
  p: Params,
  c: FilterCriteria,
  around: Around,
  cursor: NearCursor | null,
  limit: number,
  now: Date,
): { hit: string; rest: string } {
  const point = pointParam(p, around);
  const where = filterConditions(c, p, p.add(now));
  if (cursor) {
    const [d, v, o] = [p.add(cursor.distance), p.add(cursor.venueId), p.add(cursor.offerId)];
    where.push(
      `(os.location <-> ${point} > ${d} or (os.location <-> ${point} = ${d} and (os.venue_id, os.offer_id) > (${v}, ${o})))`,
    );
  }
  // The walk is ordered by distance alone (what the index gives), so that the sort by
  // (distance, venue, offer) outside it is incremental: PostgreSQL reads the whole group of
  // equal distance the limit falls in, and no more. (Ordered by all three inside, the index
  // would not serve the walk.)
  const hit = `(select * from (
        select ${HIT_COLUMNS}, os.location <-> ${point} as distance
          from offer_search_page os
         where os.location is not null and ${where.join(' and ')}
         order by os.location <-> ${point}) walk
      order by walk.distance, walk.venue_id, walk.offer_id
      limit ${pageLimit(limit)}) hit`;
  return {
    hit,
    rest: `where hit.distance <= ${p.add(around.radiusMeters)} order by hit.distance, hit.venue_id, hit.offer_id`,
  };
}

/** Offers at places nearest first, with their offer and venue rows (see nearHits). */
export async function nearOffers(
  db: SqlClient,
  c: FilterCriteria,
  around: Around,
  cursor: NearCursor | null,
  limit: number,
  now: Date,
): Promise<HitRow[]> {
  const p = new Params();
  const { hit, rest } = nearHits(p, c, around, cursor, limit, now);
  const rows = await db.query<FlatRow>(
    `select hit.offer_id, hit.venue_id, hit.distance, null::float8 as score, hit.min_price_cents, ${PAGE_COLUMNS}
       from ${hit} ${PAGE_JOINS} ${rest}`,
    p.values,
    { prepare: true },
  );
  return rows.map(toHit);
}

/** Offers at places nearest first, as cards (see nearHits): one table and the venue by key. */
export async function nearCards(
  db: SqlClient,
  c: FilterCriteria,
  around: Around,
  cursor: NearCursor | null,
  limit: number,
  now: Date,
): Promise<CardRow[]> {
  const p = new Params();
  const { hit, rest } = nearHits(p, c, around, cursor, limit, now);
  return db.query<CardRow>(
    `select ${CARD_COLUMNS} from ${hit} join venue v on v.id = hit.venue_id ${rest}`,
    p.values,
    { prepare: true },
  );
}

/**
 * Offers newest first (by id): all of them (`places` and digital ones as asked), or only
 * digital ones after the places of a search around a point.
 */
function newestHits(
  p: Params,
  c: FilterCriteria,
  which: 'all' | 'places' | 'digital',
  afterId: number | null,
  limit: number,
  now: Date,
): string {
  const where = filterConditions(c, p, p.add(now));
  if (which === 'digital') where.push('os.location is null');
  if (which === 'places') where.push('os.location is not null');
  if (afterId !== null) where.push(`os.offer_id < ${p.add(afterId)}`);
  return `(select ${HIT_COLUMNS}, null::float8 as distance
       from offer_search_page os
      where ${where.join(' and ')}
      order by os.offer_id desc
      limit ${pageLimit(limit)}) hit`;
}

/** Offers newest first (see newestHits), with their offer and venue rows. */
export async function newestOffers(
  db: SqlClient,
  c: FilterCriteria,
  which: 'all' | 'places' | 'digital',
  afterId: number | null,
  limit: number,
  now: Date,
): Promise<HitRow[]> {
  const p = new Params();
  const hits = newestHits(p, c, which, afterId, limit, now);
  const rows = await db.query<FlatRow>(
    `select hit.offer_id, hit.venue_id, hit.distance, null::float8 as score,
            hit.min_price_cents, ${PAGE_COLUMNS}
       from ${hits} ${PAGE_JOINS}
      order by hit.offer_id desc`,
    p.values,
    { prepare: true },
  );
  return rows.map(toHit);
}

/** Offers newest first (see newestHits), as cards. */
export async function newestCards(
  db: SqlClient,
  c: FilterCriteria,
  which: 'all' | 'places' | 'digital',
  afterId: number | null,
  limit: number,
  now: Date,
): Promise<CardRow[]> {
  const p = new Params();
  const hits = newestHits(p, c, which, afterId, limit, now);
  return db.query<CardRow>(
    `select ${CARD_COLUMNS}
       from ${hits} join venue v on v.id = hit.venue_id
      order by hit.offer_id desc`,
    p.values,
    { prepare: true },
  );
}

/** How many candidates a text search ranks at most: the nearest ones around a point, else the newest. */
export const RANKED_CANDIDATES = 1000;

/**
 * How a text search around a point finds its candidates at places (see ranked-walk.ts):
 * `walk` the `rows` nearest rows, nearest first, and keep those that match; `index` every
 * match within the radius through the text index, then the nearest; `within` the same within
 * a smaller circle, which holds them all when it holds RANKED_CANDIDATES matches. The same
 * candidates every way: the first RANKED_CANDIDATES matches by (distance, offer) within the
 * radius. `locationOnly`: the circle's rows are read through the location index alone and
 * tested for the words, the words index left aside (see ranked-walk.ts).
 */
export type PlacesStrategy = { walk: number } | { within: number; locationOnly: boolean } | 'index';

/** How far a walk went: what ranked-walk.ts needs to tell whether its candidates are all there. */
export interface WalkExtent {
  /** Rows walked, nearest first (matching or not, within the radius or not). */
  walked: number;
  /** The distance of the last row walked; null when none was. */
  lastDistance: number | null;
  /** Candidates kept (matches within the radius, RANKED_CANDIDATES at most). */
  found: number;
  /** The distance of the farthest candidate kept; null when none was. */
  farthest: number | null;
}

/** A page of ranked offers, and how far the walk went when candidates were walked. */
export interface RankedPage {
  rows: HitRow[];
  extent: WalkExtent | null;
}

type RankedRow = FlatRow & {
  walked?: number;
  last_distance?: number | null;
  found?: number;
  farthest?: number | null;
};

/**
 * Offers matching a text, by relevance; around a point, relevance loses up to a quarter of
 * its weight with distance (0 at the point, 0.25 at the radius) and places come from within
 * the radius, found by `strategy`. Digital offers (as asked) rank as if at the radius.
 */
export async function rankedOffers(
  db: SqlClient,
  c: FilterCriteria & { includeDigital: boolean },
  text: TextMatch,
  around: Around | null,
  strategy: PlacesStrategy,
  cursor: { score: number; offerId: number } | null,
  limit: number,
  now: Date,
): Promise<RankedPage> {
  const p = new Params();
  const where = filterConditions(c, p, p.add(now));
  const match = textCondition(text, p);
  const relevance = textRelevance(text, p);
  const cap = p.add(RANKED_CANDIDATES);
  const parts: string[] = [];
  // A walk's or a smaller circle's CTEs, measuring what they read (`extent`).
  let measured = '';
  if (around) {
    const point = pointParam(p, around);
    const radius = p.add(around.radiusMeters);
    if (strategy === 'index' || 'within' in strategy) {
      const within = strategy === 'index' ? radius : p.add(strategy.within);
      // `is true` keeps the same rows but is no condition the words index can take.
      const tested = strategy !== 'index' && strategy.locationOnly ? `(${match}) is true` : match;
      const places = `select os.offer_id, os.venue_id, os.min_price_cents, os.location <-> ${point} as distance,
          ${relevance} - 0.25::float8 * (os.location <-> ${point}) / ${radius}::float8 as score
         from offer_search os
        where ST_DWithin(os.location, ${point}, ${within}, false) and ${where.join(' and ')} and ${tested}
        order by os.location <-> ${point}, os.offer_id
        limit ${cap}`;
      if (strategy === 'index') {
        parts.push(`(${places})`);
      } else {
        measured = `places as (${places}),
        extent as (
          select count(*)::int as walked, ${within}::float8 as last_distance,
                 count(*)::int as found, max(distance) as farthest
            from places),`;
        parts.push('(select * from places)');
      }
    } else {
      // The walk reads the rows nearest first through the location index (no radius inside:
      // with one, the planner expects few rows and reads the whole circle through a bitmap),
      // testing the words of each; the radius and the order by offer are applied to what it
      // read. Relevance is computed for matches only.
      measured = `walk as (
          select os.offer_id, os.venue_id, os.min_price_cents, os.location,
                 os.location <-> ${point} as distance,
                 case when ${match} then ${relevance} end as relevance
            from offer_search os
           where os.location is not null and ${where.join(' and ')}
           order by os.location <-> ${point}
           limit ${walkRows(strategy.walk)}),
        places as (
          select w.offer_id, w.venue_id, w.min_price_cents, w.distance,
                 w.relevance - 0.25::float8 * w.distance / ${radius}::float8 as score
            from walk w
           where w.relevance is not null and ST_DWithin(w.location, ${point}, ${radius}, false)
           order by w.distance, w.offer_id
           limit ${cap}),
        extent as (
          select count(*)::int as walked, max(w.distance) as last_distance,
                 (select count(*)::int from places) as found, (select max(distance) from places) as farthest
            from walk w),`;
      parts.push('(select * from places)');
    }
    if (c.includeDigital && text.matching) {
      // The newest matches through the digital offers' words index (migration
      // 20261207100000_search_words), in that order; without filters the first ones do.
      const newest = hasFilters(c) ? 'null' : cap;
      parts.push(`(select os.offer_id, os.venue_id, os.min_price_cents, null::float8, ${relevance} - 0.25::float8
         from unnest(array(select offer_search_digital_matches(
                to_tsquery('french'::regconfig, ${p.add(text.matching)}), ${p.add(now)}, ${newest}::int)))
              with ordinality d(offer_id, position)
         join offer_search os on os.offer_id = d.offer_id
        where os.location is null and ${where.join(' and ')}
        order by d.position
        limit ${cap})`);
    }
  } else {
    if (!c.includeDigital) where.push('os.location is not null');
    parts.push(`(select os.offer_id, os.venue_id, os.min_price_cents, null::float8 as distance, ${relevance} as score
       from offer_search os
      where ${where.join(' and ')} and ${match}
      order by os.offer_id desc
      limit ${cap})`);
  }
  let after = '';
  if (cursor) {
    const [score, offerId] = [p.add(cursor.score), p.add(cursor.offerId)];
    after = `where score < ${score}::float8 or (score = ${score}::float8 and offer_id > ${offerId})`;
  }
  const hit = `hit as (
       select * from (${parts.join(' union all ')}) candidates
       ${after}
       order by score desc, offer_id
       limit ${p.add(limit)}
     )`;
  const columns = `hit.offer_id, hit.venue_id, hit.distance, hit.score, hit.min_price_cents, ${PAGE_COLUMNS}`;
  // A measured read answers its extent even without a hit: one row of it, the page's rows beside.
  const rows = await db.query<RankedRow>(
    measured
      ? `with ${measured} ${hit}
         select extent.walked, extent.last_distance, extent.found, extent.farthest, ${columns}
           from extent left join (hit ${PAGE_JOINS}) on true
          order by hit.score desc, hit.offer_id`
      : `with ${hit} select ${columns} from hit ${PAGE_JOINS} order by hit.score desc, hit.offer_id`,
    p.values,
  );
  const first = rows[0];
  return {
    rows: rows.filter((row) => row.offer_id !== null).map(toHit),
    extent:
      measured && first
        ? {
            walked: first.walked!,
            lastDistance: first.last_distance ?? null,
            found: first.found!,
            farthest: first.farthest ?? null,
          }
        : null,
  };
}

/** A walk's length written into the statement (as a page's limit, for the same reason). */
function walkRows(rows: number): number {
  if (!Number.isInteger(rows) || rows < 1 || rows > 100_000) throw new Error(`bad walk ${rows}`);
  return rows;
}

/** Matches of one subcategory: at places (within the radius around a point) and digital ones. */
export interface MatchCount {
  subcategoryId: string;
  placeCount: number;
  digitalCount: number;
}

/**
 * Matching offers per subcategory (the point only narrows places; digital offers have none):
 * from the per-venue rollup when it can answer, else by counting the search table's rows.
 */
export async function countMatches(
  db: SqlClient,
  c: FilterCriteria,
  text: TextMatch | null,
  around: { latitude: number; longitude: number; radiusMeters: number } | null,
  now: Date,
): Promise<MatchCount[]> {
  const p = new Params();
  let table = 'offer_search';
  let count = 'count(*)';
  let where: string[];
  if (rollupsAnswer(c, text)) {
    table = 'offer_search_venue_count';
    count = 'sum(os.offers)';
    where = [];
    if (c.subcategoryIds) where.push(`os.subcategory_id = any(${p.add(c.subcategoryIds)}::text[])`);
    if (c.accessibility.motor) where.push('os.motor_accessible');
    if (c.accessibility.visual) where.push('os.visual_accessible');
    if (c.accessibility.hearing) where.push('os.hearing_accessible');
    if (c.accessibility.mental) where.push('os.mental_accessible');
  } else {
    where = filterConditions(c, p, p.add(now));
    if (text) where.push(textCondition(text, p));
  }
  const byPlace = around
    ? `ST_DWithin(os.location, ${pointParam(p, around)}, ${p.add(around.radiusMeters)}, false)`
    : 'os.location is not null';
  const and = where.length ? `and ${where.join(' and ')}` : '';
  return db.query<MatchCount>(
    `select subcategory_id as "subcategoryId", sum(places)::int as "placeCount", sum(digital)::int as "digitalCount"
       from (
         select os.subcategory_id, ${count} as places, 0 as digital
           from ${table} os where ${byPlace} ${and}
          group by os.subcategory_id
         union all
         select os.subcategory_id, 0, ${count}
           from ${table} os where os.location is null ${and}
          group by os.subcategory_id
       ) counts
      group by subcategory_id`,
    p.values,
    { prepare: true },
  );
}

/** Recomputes the rows whose first bookable stock closed (booking limit or start passed). */
export async function refreshExpiredSearchRows(db: SqlClient): Promise<number> {
  const [row] = await db.query<{ refreshed: number }>(
    `with due as (select array(select offer_id from offer_search where next_deadline <= now()) as ids)
     select cardinality(ids) as refreshed, offer_search_refresh(ids) from due`,
  );
  return row?.refreshed ?? 0;
}

/**
 * Rewrites the page table in geohash order, so that neighbours share pages again after many
 * writes: a copy built beside it while searches and writes go on, then swapped in (migration
 * 20261206100000_search_page_reorder_online: writes wait only while the copy catches up,
 * searches only for the renames).
 */
export async function reorderSearchPages(db: SqlClient): Promise<void> {
  await db.query('select offer_search_page_reorder()');
}
