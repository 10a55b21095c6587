import type { SqlClient } from '../../db/sql.js';
import { findSubcategory } from '../catalog/categories.js';
import { MAX_RADIUS_KM, rollupsAnswer, type SearchCriteria } from './search.criteria.js';
import { accessibilityMask } from './facet-grid.js';
import { countInGrid, countSearchRows } from './facets.queries.js';
import type { FacetIndex } from './facet-index.js';
import {
  countMatches,
  hasFilters,
  NO_FILTERS,
  textMatch,
  type MatchCount,
  type TextMatch,
} from './search.queries.js';
import { textQuery } from './search.text.js';

export interface CategoryCountRow {
  categoryId: string;
  count: number;
}

export interface Facets {
  total: number;
  categories: CategoryCountRow[];
  digitalCount: number;
  widerRadiusKm: number | null;
  widerRadiusCount: number | null;
  withoutFiltersCount: number | null;
  /** False when a count stopped at COUNTED_MATCHES (price, dates, duo, text): then "at least". */
  exact: boolean;
}

/** Below this many matches (a page), facets also say what a wider radius would find. */
export const DEAD_END_BELOW = 20;

const EMPTY: Facets = {
  total: 0,
  categories: [],
  digitalCount: 0,
  widerRadiusKm: null,
  widerRadiusCount: null,
  withoutFiltersCount: null,
  exact: true,
};

/** The radius to propose when nothing (or little) is found: the next step up, at most the widest. */
export function widerRadiusKm(radiusKm: number): number | null {
  if (radiusKm >= MAX_RADIUS_KM) return null;
  const steps = [5, 10, 20, 50, MAX_RADIUS_KM];
  return steps.find((step) => step > radiusKm) ?? MAX_RADIUS_KM;
}

type Around = { latitude: number; longitude: number; radiusMeters: number };

/**
 * Offers per subcategory from the grid rollup: the instance's copy when it can answer (no
 * accessibility filter), else the database's; null when the grid cannot cover the circle (it
 * reaches a pole or the antimeridian).
 */
async function countInRollups(
  db: SqlClient,
  index: FacetIndex | null,
  around: Around | null,
  subcategoryIds: string[] | null,
  mask: number,
): Promise<MatchCount[] | null> {
  const counted = mask === 0 && index ? await index.counts(around, subcategoryIds) : null;
  return counted ?? countInGrid(db, around, subcategoryIds, mask);
}

/**
 * Bookable offers at places within a circle, of the given subcategories (all without): what a
 * text search's walk measures its share of matches against (ranked-walk.ts `circleFor`).
 */
export async function offersWithin(
  db: SqlClient,
  index: FacetIndex | null,
  around: Around,
  subcategoryIds: string[] | null,
): Promise<number> {
  const rows = (await countInRollups(db, index, around, subcategoryIds, 0)) ?? [];
  return rows.reduce((sum, row) => sum + row.placeCount, 0);
}

/**
 * Matches per subcategory: from the grid rollups (`countInRollups`; a circle they cannot
 * cover venue by venue), else by counting the search table's rows, at most COUNTED_MATCHES of
 * them (`capped` says when a count stopped there).
 */
function countOf(db: SqlClient, text: TextMatch | null, now: Date, index: FacetIndex | null) {
  const state = { capped: false };
  const count = async (c: SearchCriteria): Promise<MatchCount[]> => {
    if (rollupsAnswer(c, text)) {
      const mask = accessibilityMask(c.accessibility);
      const counted = await countInRollups(db, index, c.around, c.subcategoryIds, mask);
      return counted ?? countMatches(db, c, null, c.around, now);
    }
    const { rows, capped } = await countSearchRows(db, c, text, c.around, now);
    if (capped) state.capped = true;
    return rows;
  };
  return { count, state };
}

/** Only the category filter is set: the search without filters counts what the chips count. */
function onlyCategories(c: SearchCriteria): boolean {
  return hasFilters({ ...c, subcategoryIds: null }) === false;
}

/**
 * Counts around a search: the matches per category (without the category filter, for the
 * chips), and what the "no result" screen proposes (digital offers, a wider radius, the
 * same search without its filters). `index`: the instance's copy of the rollup, if any.
 */
export async function searchFacets(
  db: SqlClient,
  c: SearchCriteria,
  index: FacetIndex | null = null,
  now = new Date(),
): Promise<Facets> {
  const query = c.text === null ? null : textQuery(c.text);
  if (c.text !== null && !query) {
    const km = c.around ? widerRadiusKm(c.around.radiusMeters / 1000) : null;
    return { ...EMPTY, widerRadiusKm: km, widerRadiusCount: km === null ? null : 0 };
  }
  const text = query && (await textMatch(db, query));
  const { count, state } = countOf(db, text, now, index);
  const listed = (row: MatchCount) => row.placeCount + (c.includeDigital ? row.digitalCount : 0);
  const bySubcategory = await count({ ...c, subcategoryIds: null });
  const categoryCounts = new Map<string, number>();
  let total = 0;
  let digitalCount = 0;
  const wanted = c.subcategoryIds ? new Set(c.subcategoryIds) : null;
  for (const row of bySubcategory) {
    const categoryId = findSubcategory(row.subcategoryId)?.categoryId;
    if (!categoryId) continue;
    categoryCounts.set(categoryId, (categoryCounts.get(categoryId) ?? 0) + listed(row));
    if (wanted && !wanted.has(row.subcategoryId)) continue;
    total += listed(row);
    digitalCount += row.digitalCount;
  }
  // The "no result" screen's proposals, only worth their cost when the search finds little.
  const deadEnd = total < DEAD_END_BELOW;
  const [wider, withoutFilters] = await Promise.all([
    c.around && deadEnd ? widerCount(count, c) : Promise.resolve({ km: null, count: null }),
    !hasFilters(c)
      ? Promise.resolve(null)
      : onlyCategories(c)
        ? Promise.resolve(bySubcategory.reduce((sum, row) => sum + listed(row), 0))
        : count({ ...c, ...NO_FILTERS }).then((rows) =>
            rows.reduce((sum, row) => sum + listed(row), 0),
          ),
  ]);
  return {
    total,
    categories: [...categoryCounts]
      .filter(([, count]) => count > 0)
      .map(([categoryId, count]) => ({ categoryId, count }))
      .sort((a, b) => b.count - a.count || a.categoryId.localeCompare(b.categoryId)),
    digitalCount,
    widerRadiusKm: wider.km,
    widerRadiusCount: wider.count,
    withoutFiltersCount: withoutFilters,
    exact: !state.capped,
  };
}

async function widerCount(
  count: (c: SearchCriteria) => Promise<MatchCount[]>,
  c: SearchCriteria,
): Promise<{ km: number | null; count: number | null }> {
  const km = widerRadiusKm(c.around!.radiusMeters / 1000);
  if (km === null) return { km: null, count: null };
  const rows = await count({
    ...c,
    around: { ...c.around!, radiusMeters: km * 1000 },
  });
  return { km, count: rows.reduce((sum, row) => sum + row.placeCount, 0) };
}
