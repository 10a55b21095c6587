import { dayBoundary, parseDay } from '@passculture/client';
import type { SearchLocation } from './location';

export const RADIUS_CHOICES = [5, 10, 20, 50, 100] as const;
export const DEFAULT_RADIUS_KM = 20;
export const PAGE_SIZE = 20;

export type PriceFilter = 'all' | 'free' | 'max';
export type AccessibilityNeed = 'motor' | 'visual' | 'hearing' | 'mental';
export const ACCESSIBILITY_NEEDS: readonly AccessibilityNeed[] = [
  'motor',
  'visual',
  'hearing',
  'mental',
];

/** What the search form holds; kept in the address (`?q=…&cat=…`) so Back restores it. */
export interface SearchFilters {
  text: string;
  categories: string[];
  radiusKm: number;
  price: PriceFilter;
  /** Whole euros, as typed (only with `price: 'max'`). */
  maxPriceEuros: number | null;
  /** Paris calendar days, `YYYY-MM-DD`. */
  dateFrom: string | null;
  dateTo: string | null;
  duoOnly: boolean;
  includeDigital: boolean;
  accessibility: AccessibilityNeed[];
}

export const DEFAULT_FILTERS: SearchFilters = {
  text: '',
  categories: [],
  radiusKm: DEFAULT_RADIUS_KM,
  price: 'all',
  maxPriceEuros: null,
  dateFrom: null,
  dateTo: null,
  duoOnly: false,
  includeDigital: true,
  accessibility: [],
};

const CATEGORY_ID = /^[A-Z_]{2,40}$/;

function positiveInteger(value: string | null, max: number): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const number = Number(value);
  return number <= max ? number : null;
}

/** Reads filters from the address; anything malformed falls back to its default. */
export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const radius = positiveInteger(params.get('rayon'), 100);
  const max = positiveInteger(params.get('prixmax'), 10_000);
  const priceParam = params.get('prix');
  let price: PriceFilter = 'all';
  if (priceParam === 'gratuit') price = 'free';
  else if (priceParam === 'max' && max !== null) price = 'max';
  const day = (key: string) => {
    const value = params.get(key);
    return value && parseDay(value) ? value : null;
  };
  const accessibility = (params.get('acces') ?? '')
    .split(',')
    .filter((need): need is AccessibilityNeed =>
      (ACCESSIBILITY_NEEDS as readonly string[]).includes(need),
    );
  return {
    text: (params.get('q') ?? '').slice(0, 200),
    categories: [...new Set(params.getAll('cat').filter((id) => CATEGORY_ID.test(id)))],
    radiusKm:
      radius !== null && (RADIUS_CHOICES as readonly number[]).includes(radius)
        ? radius
        : DEFAULT_RADIUS_KM,
    price,
    maxPriceEuros: price === 'max' ? max : null,
    dateFrom: day('du'),
    dateTo: day('au'),
    duoOnly: params.get('duo') === '1',
    includeDigital: params.get('numerique') !== '0',
    accessibility: [...new Set(accessibility)],
  };
}

/** Writes filters to the address, leaving defaults out (plus `extra`, e.g. the view). */
export function filtersToParams(
  filters: SearchFilters,
  extra: Record<string, string> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  const text = filters.text.trim();
  if (text) params.set('q', text);
  for (const category of filters.categories) params.append('cat', category);
  if (filters.radiusKm !== DEFAULT_RADIUS_KM) params.set('rayon', String(filters.radiusKm));
  if (filters.price === 'free') params.set('prix', 'gratuit');
  if (filters.price === 'max' && filters.maxPriceEuros !== null) {
    params.set('prix', 'max');
    params.set('prixmax', String(filters.maxPriceEuros));
  }
  if (filters.dateFrom) params.set('du', filters.dateFrom);
  if (filters.dateTo) params.set('au', filters.dateTo);
  if (filters.duoOnly) params.set('duo', '1');
  if (!filters.includeDigital) params.set('numerique', '0');
  if (filters.accessibility.length > 0) params.set('acces', filters.accessibility.join(','));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params;
}

/** How many filters differ from the defaults (text apart), for the « Filtres (2) » button. */
export function activeFilterCount(filters: SearchFilters): number {
  let count = 0;
  if (filters.categories.length > 0) count += 1;
  if (filters.radiusKm !== DEFAULT_RADIUS_KM) count += 1;
  if (filters.price !== 'all') count += 1;
  if (filters.dateFrom || filters.dateTo) count += 1;
  if (filters.duoOnly) count += 1;
  if (!filters.includeDigital) count += 1;
  if (filters.accessibility.length > 0) count += 1;
  return count;
}

/** The `searchOffers` input, as the API names it (GraphQL `SearchOffersInput`). */
export interface SearchOffersVariables {
  around?: { latitude: number; longitude: number };
  radiusKm?: number;
  categories?: string[];
  text?: string;
  maxPriceCents?: number;
  freeOnly?: boolean;
  beginsAfter?: string;
  beginsBefore?: string;
  duoOnly?: boolean;
  includeDigital: boolean;
  accessibility?: Partial<Record<AccessibilityNeed, boolean>>;
  first: number;
  after?: string;
}

/**
 * Filters (+ where the person is) → `SearchOffersInput`. Without a location the
 * search covers all of France (newest first) and the radius is left out.
 * Dates are whole Paris days: from 00:00 on the first to 23:59:59 on the last.
 */
export function toSearchInput(
  filters: SearchFilters,
  location: Pick<SearchLocation, 'latitude' | 'longitude'> | null,
  options: { first?: number; after?: string | null } = {},
): SearchOffersVariables {
  const input: SearchOffersVariables = {
    includeDigital: filters.includeDigital,
    first: options.first ?? PAGE_SIZE,
  };
  if (location) {
    input.around = { latitude: location.latitude, longitude: location.longitude };
    input.radiusKm = filters.radiusKm;
  }
  const text = filters.text.trim();
  if (text) input.text = text;
  if (filters.categories.length > 0) input.categories = [...filters.categories].sort();
  if (filters.price === 'free') input.freeOnly = true;
  else if (filters.price === 'max' && filters.maxPriceEuros !== null)
    input.maxPriceCents = filters.maxPriceEuros * 100;
  let from = filters.dateFrom ? dayBoundary(filters.dateFrom, 'start') : null;
  let to = filters.dateTo ? dayBoundary(filters.dateTo, 'end') : null;
  if (from && to && from > to) {
    // Typed the wrong way round: search the days between them anyway.
    from = dayBoundary(filters.dateTo as string, 'start');
    to = dayBoundary(filters.dateFrom as string, 'end');
  }
  if (from) input.beginsAfter = from;
  if (to) input.beginsBefore = to;
  if (filters.duoOnly) input.duoOnly = true;
  if (filters.accessibility.length > 0)
    input.accessibility = Object.fromEntries(filters.accessibility.map((need) => [need, true]));
  if (options.after) input.after = options.after;
  return input;
}

/** Venues the map shows at most (nearest first). */
export const MAP_VENUES = 200;

/**
 * The `venuesAround` input for the map: the list's every filter (words, categories, price,
 * dates, duo, accessibility) around the place, so the map shows the venues of the offers
 * the list finds, each with their number.
 */
export function toVenuesInput(
  filters: SearchFilters,
  location: Pick<SearchLocation, 'latitude' | 'longitude'>,
): Omit<SearchOffersVariables, 'includeDigital' | 'after'> & { first: number } {
  const { includeDigital: _digital, after: _after, ...input } = toSearchInput(filters, location);
  return { ...input, first: MAP_VENUES };
}
