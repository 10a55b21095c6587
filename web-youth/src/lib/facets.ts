// What the search says with its counts: the category chips (« Cinéma · 124 ») and
// the ways out of an empty result (« Chercher jusqu'à 50 km — 12 offres »).
import { formatCount, formatEuros, formatList, plural } from '@passculture/client';
import { DEFAULT_FILTERS, type SearchFilters } from './search';

/**
 * A chip's text and what a screen reader says instead (`Cinéma · 124` / `Cinéma, 124 offres`).
 * `atLeast`: the api stopped counting (price, dates, duo or words over a wide area), so the
 * count is a lower bound (`Cinéma · 2 300+` / `Cinéma, au moins 2 300 offres`).
 */
export function facetChip(
  label: string,
  count: number,
  atLeast = false,
): { text: string; spoken: string } {
  return {
    text: `${label} · ${formatCount(count)}${atLeast ? '+' : ''}`,
    spoken: `${label}, ${atLeast ? 'au moins ' : ''}${plural(count, 'offre')}`,
  };
}

export interface FacetCounts {
  total: number;
  digitalCount: number;
  widerRadiusKm: number | null;
  widerRadiusCount: number | null;
  withoutFiltersCount: number | null;
}

/** One way out of an empty result: what it does, how many offers it leads to. */
export interface WayOut {
  key: 'wider' | 'category' | 'no-filters' | 'digital';
  label: string;
  count: number;
  filters: SearchFilters;
}

/** The filters the api counts in `withoutFiltersCount` are gone; words, place, radius stay. */
export function withoutFilters(filters: SearchFilters): SearchFilters {
  return {
    ...DEFAULT_FILTERS,
    text: filters.text,
    radiusKm: filters.radiusKm,
    includeDigital: filters.includeDigital,
  };
}

/** The ways out the counts allow, most useful first; none that would lead to nothing. */
export function waysOut(
  filters: SearchFilters,
  facets: FacetCounts,
  near: boolean,
  categories: { best: { id: string; label: string; count: number } | null } = { best: null },
): WayOut[] {
  const ways: WayOut[] = [];
  if (near && facets.widerRadiusKm !== null && (facets.widerRadiusCount ?? 0) > 0) {
    ways.push({
      key: 'wider',
      label: `Chercher jusqu'à ${formatCount(facets.widerRadiusKm)} km`,
      count: facets.widerRadiusCount ?? 0,
      filters: { ...filters, radiusKm: facets.widerRadiusKm },
    });
  }
  // Another category has offers for these words here: switch to it.
  const best = categories.best;
  if (
    filters.categories.length > 0 &&
    best &&
    best.count > 0 &&
    !filters.categories.includes(best.id)
  ) {
    ways.push({
      key: 'category',
      label: `Chercher dans ${best.label}`,
      count: best.count,
      filters: { ...filters, categories: [best.id] },
    });
  }
  if ((facets.withoutFiltersCount ?? 0) > 0) {
    ways.push({
      key: 'no-filters',
      label: 'Retirer les filtres',
      count: facets.withoutFiltersCount ?? 0,
      filters: withoutFilters(filters),
    });
  }
  if (!filters.includeDigital && facets.digitalCount > 0) {
    ways.push({
      key: 'digital',
      label: 'Voir les offres numériques',
      count: facets.digitalCount,
      filters: { ...filters, includeDigital: true },
    });
  }
  return ways;
}

/** `12 offres` under a way out. */
export function wayOutCount(count: number): string {
  return plural(count, 'offre');
}

/**
 * Why nothing matched, in one sentence: `Aucune offre pour « jazz » à moins de
 * 20 km de Saint-Denis (93200), avec ces filtres : Cinéma, gratuites et duo.`
 */
export function whyNothing(
  filters: SearchFilters,
  where: { label: string } | null,
  categoryLabel: (id: string) => string,
): string {
  const text = filters.text.trim();
  const what = text ? `Aucune offre pour « ${text} »` : 'Aucune offre';
  const place = where
    ? `à moins de ${formatCount(filters.radiusKm)} km de ${where.label}`
    : 'en France';
  const constraints: string[] = [];
  if (filters.categories.length > 0)
    constraints.push(filters.categories.map(categoryLabel).join(' ou '));
  if (filters.price === 'free') constraints.push('gratuites');
  if (filters.price === 'max' && filters.maxPriceEuros !== null)
    constraints.push(`jusqu'à ${formatEuros(filters.maxPriceEuros * 100)}`);
  if (filters.dateFrom || filters.dateTo) constraints.push('aux dates choisies');
  if (filters.duoOnly) constraints.push('duo');
  if (filters.accessibility.length > 0) constraints.push('dans un lieu accessible');
  if (!filters.includeDigital) constraints.push('hors offres numériques');
  const with_ = constraints.length > 0 ? `, avec ces filtres : ${formatList(constraints)}` : '';
  return `${what} ${place}${with_}.`;
}
