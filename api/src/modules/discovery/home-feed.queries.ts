import type { SqlClient } from '../../db/sql.js';
import { withDates } from '../../shared/sql.js';
import {
  OFFER_COLUMNS,
  OFFER_FROM,
  PUBLIC_VENUE_COLUMNS,
  STOCK_COLUMNS,
  STOCK_DATES,
  type OfferRow,
  type PublicVenueRow,
  type StockRow,
} from '../catalog/catalog.rows.js';
import { offerVisibleConditions, stockBookableConditions } from '../catalog/visibility.js';
import { IMAGE_COLUMNS, type ImageRow } from '../media/image.queries.js';

/**
 * The discovery home, every module and every card in one statement: whatever the number
 * of modules and editorial selections, the home costs this one statement (after the
 * published selections), and it brings what the cards show (the offer, its venue, its
 * bookable stocks, its image, whether the person favorited it), so no loader asks again.
 *
 * Candidates come from the search table `offer_search` (one row per offer young people can
 * see and book, kept exact by triggers, with its lowest price and first date): around a
 * point, the offers of the nearest venues that have one (a KNN walk on the venues' GIST
 * index, bounded) within the radius, plus the newest digital offers; without a point, the
 * newest offers of all France. A row whose first bookable stock closed (`next_deadline`
 * passed, until the search job recomputes it) is skipped, as search does. Each module then
 * picks from those candidates with a little variety (at most two offers of one venue, one
 * for « Près de toi »). Editorial selections read their own offers by id (a list, or what
 * their rule matched when last resolved by `ruleOffers`), kept when in the search table.
 * The cards finally go through the rule of visibility.ts itself (offer, offerer, stocks
 * bookable now): a card without a bookable stock is dropped.
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
  /** Signed-in person, for `isFavorite`; null: none. */
  viewerId: number | null;
}

export interface FeedRow {
  /** A FeedModule, or `selection:<key>`. */
  module: string;
  offerId: number;
  /** Metres from the point; null for digital offers, selections, or without a point. */
  distance: number | null;
}

/** What a card shows, read with the feed. */
export interface FeedCard {
  offer: OfferRow;
  venue: PublicVenueRow;
  /** Bookable now, soonest first (as the bookableStocks loader orders them). */
  stocks: StockRow[];
  image: ImageRow | null;
  /** Null when nobody is signed in. */
  isFavorite: boolean | null;
}

export interface Feed {
  /** In module order, then rank. */
  rows: FeedRow[];
  cards: Map<number, FeedCard>;
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

interface CardRow extends OfferRow {
  modules: string[];
  ranks: number[];
  distances: (number | null)[];
  venue: PublicVenueRow;
  stocks: (Omit<StockRow, 'beginsAt' | 'bookingLimitAt'> & {
    beginsAt: string | null;
    bookingLimitAt: string | null;
  })[];
  image: ImageRow | null;
  favorite: boolean | null;
}

export async function homeFeed(sql: SqlClient, request: FeedRequest): Promise<Feed> {
  const p = new Params();
  const now = p.add(request.now);
  const limit = p.add(request.perModule);
  const bookable = stockBookableConditions(now).join(' and ');
  const current = `(os.next_deadline is null or os.next_deadline > ${now})`;
  const point = request.around
    ? `${p.add(`SRID=4326;POINT(${request.around.longitude} ${request.around.latitude})`)}::geography`
    : null;

  const pool = point
    ? `near_venues as materialized (
         select v.id, v.location <-> ${point} as distance
           from venue v
          where not v.is_virtual and exists (select 1 from offer_search os where os.venue_id = v.id)
          order by v.location <-> ${point}
          limit ${NEAR_VENUES}
       ), candidates as materialized (
         -- Lateral: one walk of (venue_id, offer_id) per venue, whatever the statistics say.
         select os.offer_id as id, os.venue_id, os.subcategory_id, n.distance,
                os.min_price_cents as min_price, os.first_begins_at as next_begins
           from near_venues n
           cross join lateral (
             select * from offer_search os where os.venue_id = n.id and ${current}) os
          where n.distance <= ${p.add(request.radiusMeters)}
         union all
         select * from (
           select os.offer_id, os.venue_id, os.subcategory_id, null::float8,
                  os.min_price_cents, os.first_begins_at
             from offer_search os
            where os.location is null and ${current}
            order by os.offer_id desc limit ${DIGITAL_CANDIDATES}) digital
       )`
    : `candidates as materialized (
         select os.offer_id as id, os.venue_id, os.subcategory_id, null::float8 as distance,
                os.min_price_cents as min_price, os.first_begins_at as next_begins
           from offer_search os
          where ${current}
          order by os.offer_id desc limit ${NATIONAL_CANDIDATES}
       )`;

  const modules: string[] = [];
  const pick = (module: FeedModule, from: string, where: string, order: string, perVenue = 2) =>
    modules.push(`(select '${module}' as module, id as offer_id, distance, rank from (
        select c.id, c.distance, row_number() over (order by ${order}) as rank
          from (select c.*, row_number() over (partition by c.venue_id order by ${order}) as in_venue
                  from ${from} c where ${where}) c
         where c.in_venue <= ${perVenue}) m
       where rank <= ${limit})`);
  if (point) pick('NEAR', 'candidates', 'c.distance is not null', 'c.distance, c.id desc', 1);
  pick(
    'THIS_WEEK',
    'candidates',
    `c.next_begins < ${now}::timestamptz + interval '7 days'`,
    'c.distance nulls last, c.next_begins, c.id desc',
  );
  pick('FREE', 'candidates', 'c.min_price = 0', 'c.distance nulls last, c.id desc');
  // The one module that needs more than the search table: places left, from the stocks.
  // Lateral: one probe of the stocks per candidate (a subquery in the select list ran again
  // for the rows it kept, to sort them).
  pick(
    'LAST_PLACES',
    `(select c.*, l.fewest_left from candidates c
        cross join lateral (
          select min(s.quantity - s.booked_quantity) as fewest_left from stock s
           where s.offer_id = c.id and s.quantity - s.booked_quantity <= ${LAST_PLACES_AT_MOST}
             and ${bookable}) l)`,
    'c.fewest_left is not null',
    'c.fewest_left, c.distance nulls last, c.id desc',
  );
  pick('NEW', 'candidates', 'true', 'c.id desc');
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
            select os.offer_id as id, x.ord
              from unnest(sel.offer_ids) with ordinality as x(id, ord)
              join offer_search os on os.offer_id = x.id
             where ${current}
             order by x.ord
             limit ${limit}) l
        ) picked)`);
  }
  const viewer = p.add(request.viewerId);

  const rows = await sql.query<CardRow>(
    `with ${pool},
     feed as (${modules.join('\n union all ')}),
     placed as (
       select offer_id, array_agg(module order by module, rank) as modules,
              array_agg(rank order by module, rank) as ranks,
              array_agg(distance order by module, rank) as distances
         from feed group by offer_id
     )
     select placed.modules, placed.ranks, placed.distances, ${OFFER_COLUMNS},
            (select row_to_json(x) from (select ${PUBLIC_VENUE_COLUMNS}) x) as venue,
            st.stocks,
            (select row_to_json(i) from (select ${IMAGE_COLUMNS} from image where image.offer_id = o.id) i) as image,
            case when ${viewer}::int is null then null
                 else exists (select 1 from favorite fav where fav.user_id = ${viewer}::int and fav.offer_id = o.id) end as favorite
       from placed
       join (${OFFER_FROM}) on o.id = placed.offer_id
       cross join lateral (
         select json_agg(x order by x."beginsAt" asc nulls first, x."priceCents" asc, x.id asc) as stocks
           from (select ${STOCK_COLUMNS} from stock s where s.offer_id = o.id and ${bookable}) x
       ) st
      where ${offerVisibleConditions().join(' and ')} and st.stocks is not null`,
    p.values,
    // A handful of texts (with or without a point, selections, a person): prepared, the
    // server settles on a generic plan and stops planning this statement on every home.
    { prepare: true },
  );

  const placements: (FeedRow & { rank: number })[] = [];
  const cards = new Map<number, FeedCard>();
  for (const row of rows) {
    const { modules: names, ranks, distances, venue, stocks, image, favorite, ...offer } = row;
    cards.set(offer.id, {
      offer,
      venue,
      stocks: stocks.map((s) => withDates(s as unknown as StockRow, STOCK_DATES)),
      image,
      isFavorite: favorite,
    });
    names.forEach((module, i) =>
      placements.push({ module, offerId: offer.id, distance: distances[i]!, rank: ranks[i]! }),
    );
  }
  placements.sort((a, b) =>
    a.module === b.module ? a.rank - b.rank : a.module < b.module ? -1 : 1,
  );
  return {
    rows: placements.map(({ module, offerId, distance }) => ({ module, offerId, distance })),
    cards,
  };
}
