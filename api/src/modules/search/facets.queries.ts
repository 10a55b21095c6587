import type { SqlClient } from '../../db/sql.js';
import {
  ALL_PLACES_CELL,
  coverCircle,
  DIGITAL_CELL,
  placeLevelsFor,
  type CircleCover,
} from './facet-grid.js';
import { Params, pointParam } from './search-filters.queries.js';
import {
  filterConditions,
  textCondition,
  type FilterCriteria,
  type MatchCount,
  type TextMatch,
} from './search.queries.js';

/**
 * Cell ids as an array literal: hundreds a request, which pg would otherwise escape one by one
 * (integers below 2^53: no exponent, no quotes).
 */
function bigints(ids: number[]): string {
  return `{${ids.join(',')}}`;
}

/**
 * Matching offers per subcategory from the grid rollup `offer_search_cell_count` (migration
 * `…_facet_cells`): the cells wholly inside the circle as they are, the places of the cells its
 * edge cuts from `offer_search_venue_count` tested with the search's own distance condition,
 * and digital offers from their pseudo-cell. Without a circle (`cover` null), every place.
 * Serves place, subcategory and accessibility filters (`mask`: accessibility bits asked).
 */
async function countFromCells(
  db: SqlClient,
  around: { latitude: number; longitude: number; radiusMeters: number } | null,
  cover: CircleCover | null,
  subcategoryIds: string[] | null,
  mask: number,
): Promise<MatchCount[]> {
  const p = new Params();
  // offers[mask + 1]: the offers of venues with at least these accessibility flags.
  const element = p.add(mask + 1);
  const runs: [number, number][] = [
    ...(cover ? cover.insideRuns : [[ALL_PLACES_CELL, ALL_PLACES_CELL] as [number, number]]),
    [DIGITAL_CELL, DIGITAL_CELL],
  ];
  const firsts = p.add(bigints(runs.map((run) => run[0])));
  const lasts = p.add(bigints(runs.map((run) => run[1])));
  const digital = p.add(DIGITAL_CELL);
  const subcategories = subcategoryIds ? p.add(subcategoryIds) : null;
  const bySubcategory = (alias: string) =>
    subcategories ? `and ${alias}.subcategory_id = any(${subcategories}::text[])` : '';
  // Run by run (a band's consecutive cells) through the primary key and the edge's expression
  // index: a lateral
  // subquery (kept apart by `offset 0`) cannot be turned into a hash join over the whole table,
  // and `_ST_DWithin` (ST_DWithin's test without its index support) keeps the planner from
  // walking the location index over the whole circle instead.
  const parts = [
    `select c.subcategory_id,
            case when c.cell = ${digital} then 0 else c.offers[${element}] end as places,
            case when c.cell = ${digital} then c.offers[${element}] else 0 end as digital
       from unnest(${firsts}::bigint[], ${lasts}::bigint[]) k(first, last)
       cross join lateral (
         select c.* from offer_search_cell_count c
          where c.cell between k.first and k.last ${bySubcategory('c')} offset 0
       ) c`,
  ];
  if (around && cover && cover.edgeRuns.length > 0) {
    const flags = ['motor', 'visual', 'hearing', 'mental']
      .filter((_, bit) => mask & (1 << bit))
      .map((flag) => `and v.${flag}_accessible`)
      .join(' ');
    const point = pointParam(p, around);
    const radius = p.add(around.radiusMeters);
    parts.push(`select v.subcategory_id, v.offers, 0
       from unnest(${p.add(bigints(cover.edgeRuns.map((run) => run[0])))}::bigint[],
                   ${p.add(bigints(cover.edgeRuns.map((run) => run[1])))}::bigint[]) e(first, last)
       cross join lateral (
         select v.subcategory_id, v.offers from offer_search_venue_count v
          where offer_search_fine_cell(v.location) between e.first and e.last
            and _ST_DWithin(v.location, ${point}, ${radius}, false) ${flags} ${bySubcategory('v')}
         offset 0
       ) v`);
  }
  return db.query<MatchCount>(
    `select subcategory_id as "subcategoryId", sum(places)::int as "placeCount",
            sum(digital)::int as "digitalCount"
       from (${parts.join(' union all ')}) counts
      group by subcategory_id
     having sum(places) + sum(digital) > 0`,
    p.values,
    { prepare: true },
  );
}

/**
 * How many matches facets count at most when the grid cannot answer (price, dates, duo, text):
 * the nearest ones at places (the newest without a point) and the newest digital ones. Beyond,
 * counting costs what the matches number (hundreds of thousands around Paris), and facets must
 * stay within the search's own budget; the counts then say "at least".
 */
export const COUNTED_MATCHES = 10_000;

/**
 * Matches per subcategory counted row by row in the search table, at most `COUNTED_MATCHES` at
 * places and as many digital ones; `capped` when a bound was reached (the counts are then lower
 * bounds). The same conditions as the search's own statements.
 */
export async function countSearchRows(
  db: SqlClient,
  c: FilterCriteria,
  text: TextMatch | null,
  around: { latitude: number; longitude: number; radiusMeters: number } | null,
  now: Date,
): Promise<{ rows: MatchCount[]; capped: boolean }> {
  const p = new Params();
  const at = p.add(now);
  const filters = filterConditions(c, p, at);
  const where = text ? [...filters, textCondition(text, p)] : filters;
  const cap = p.add(COUNTED_MATCHES);
  const and = where.join(' and ');
  // With a text, digital matches newest first through their own words index (see rankedOffers).
  const online = text?.matching
    ? `select os.subcategory_id
         from unnest(array(select offer_search_digital_matches(
                to_tsquery('french'::regconfig, ${p.add(text.matching)}), ${at}, null::int)))
              with ordinality d(offer_id, position)
         join offer_search os on os.offer_id = d.offer_id
        where os.location is null and ${filters.join(' and ')}
        order by d.position limit ${cap}`
    : `select os.subcategory_id from offer_search os
        where os.location is null and ${and} order by os.offer_id desc limit ${cap}`;
  let places: string;
  if (around) {
    const point = pointParam(p, around);
    // Nearest first, as the search walks: bounded work, and the counted part is the near one.
    places = `select os.subcategory_id from offer_search os
       where ST_DWithin(os.location, ${point}, ${p.add(around.radiusMeters)}, false) and ${and}
       order by os.location <-> ${point} limit ${cap}`;
  } else {
    places = `select os.subcategory_id from offer_search os
       where os.location is not null and ${and} order by os.offer_id desc limit ${cap}`;
  }
  const rows = await db.query<MatchCount & { capped: boolean }>(
    `with places as (${places}),
     online as (${online})
     select subcategory_id as "subcategoryId", count(*) filter (where place)::int as "placeCount",
            count(*) filter (where not place)::int as "digitalCount",
            (select count(*) from places) >= ${cap} or (select count(*) from online) >= ${cap} as capped
       from (select subcategory_id, true as place from places
             union all select subcategory_id, false from online) matches
      group by subcategory_id`,
    p.values,
    { prepare: true },
  );
  return {
    rows: rows.map(({ subcategoryId, placeCount, digitalCount }) => ({
      subcategoryId,
      placeCount,
      digitalCount,
    })),
    capped: rows.some((row) => row.capped),
  };
}

/**
 * `countFromCells` over a circle's cover, or every place without a circle; null when the grid
 * cannot cover the circle (it reaches a pole or the antimeridian).
 */
export async function countInGrid(
  db: SqlClient,
  around: { latitude: number; longitude: number; radiusMeters: number } | null,
  subcategoryIds: string[] | null,
  mask: number,
): Promise<MatchCount[] | null> {
  const cover = around
    ? coverCircle(
        around.latitude,
        around.longitude,
        around.radiusMeters,
        placeLevelsFor(around.radiusMeters),
        false,
      )
    : null;
  if (around && !cover) return null;
  return countFromCells(db, around, cover, subcategoryIds, mask);
}
