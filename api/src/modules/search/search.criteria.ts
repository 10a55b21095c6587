import { AppError, ErrorCode } from '../../graphql/errors.js';
import { decodeCursor, encodeCursor } from '../../graphql/cursor.js';
import type { TextQuery } from './search.text.js';
import { findCategory, findSubcategory, SUBCATEGORIES } from '../catalog/categories.js';

/** Search input, checked and normalised: what the SQL is built from. */
export interface SearchCriteria {
  around: { latitude: number; longitude: number; radiusMeters: number } | null;
  /** Subcategory ids to keep; null: all. */
  subcategoryIds: string[] | null;
  text: string | null;
  maxPriceCents: number | null;
  freeOnly: boolean;
  beginsAfter: Date | null;
  beginsBefore: Date | null;
  duoOnly: boolean;
  includeDigital: boolean;
  accessibility: { motor: boolean; visual: boolean; hearing: boolean; mental: boolean };
  first: number;
  after: SearchCursor | null;
}

/** Where a page ends: near a point (distance, venue, offer), then the digital offers, or everywhere (offer). */
export type SearchCursor =
  | { phase: 'near'; distance: number; venueId: number; offerId: number }
  | { phase: 'digital'; offerId: number }
  | { phase: 'all'; offerId: number }
  /** With a text: by relevance (blended with distance around a point), then offer. */
  | { phase: 'ranked'; score: number; offerId: number };

export const MAX_PAGE_SIZE = 50;
export const MAX_RADIUS_KM = 100;
const MAX_TEXT_LENGTH = 200;

export interface RawSearchInput {
  around?: { latitude: number; longitude: number } | null;
  radiusKm?: number | null;
  categories?: string[] | null;
  subcategories?: string[] | null;
  text?: string | null;
  maxPriceCents?: number | null;
  freeOnly?: boolean | null;
  beginsAfter?: Date | null;
  beginsBefore?: Date | null;
  duoOnly?: boolean | null;
  includeDigital?: boolean | null;
  accessibility?: {
    motor?: boolean | null;
    visual?: boolean | null;
    hearing?: boolean | null;
    mental?: boolean | null;
  } | null;
  first?: number | null;
  after?: string | null;
}

function bad(message: string, field: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
}

export function checkPoint(point: { latitude: number; longitude: number }, field = 'around'): void {
  if (!Number.isFinite(point.latitude) || point.latitude < -90 || point.latitude > 90) {
    throw bad('La latitude doit être comprise entre -90 et 90.', field);
  }
  if (!Number.isFinite(point.longitude) || point.longitude < -180 || point.longitude > 180) {
    throw bad('La longitude doit être comprise entre -180 et 180.', field);
  }
}

export function checkRadius(radiusKm: number): number {
  if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
    throw bad(`Le rayon doit être supérieur à 0 et d'au plus ${MAX_RADIUS_KM} km.`, 'radiusKm');
  }
  return radiusKm * 1000;
}

/** Subcategories of the categories and subcategories asked for; null when neither is given. */
export function subcategoriesFor(
  categories: string[] | null | undefined,
  subcategories: string[] | null | undefined,
): string[] | null {
  if (!categories?.length && !subcategories?.length) return null;
  const ids = new Set<string>();
  for (const id of categories ?? []) {
    if (!findCategory(id))
      throw bad(`La catégorie « ${id.slice(0, 40)} » n'existe pas.`, 'categories');
    for (const s of SUBCATEGORIES) if (s.categoryId === id) ids.add(s.id);
  }
  const onlyThese = new Set<string>();
  for (const id of subcategories ?? []) {
    if (!findSubcategory(id))
      throw bad(`La sous-catégorie « ${id.slice(0, 40)} » n'existe pas.`, 'subcategories');
    onlyThese.add(id);
  }
  if (!categories?.length) return [...onlyThese];
  if (!subcategories?.length) return [...ids];
  // Both given: the subcategories asked for, within those categories.
  return [...onlyThese].filter((id) => ids.has(id));
}

export function parseSearchCursor(cursor: string): SearchCursor {
  const value = decodeCursor(cursor) as Record<string, unknown> | null;
  const isId = (v: unknown): v is number =>
    typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
  if (
    value &&
    value.phase === 'near' &&
    typeof value.distance === 'number' &&
    Number.isFinite(value.distance) &&
    value.distance >= 0 &&
    isId(value.venueId) &&
    isId(value.offerId)
  ) {
    return {
      phase: 'near',
      distance: value.distance,
      venueId: value.venueId,
      offerId: value.offerId,
    };
  }
  if (
    value &&
    value.phase === 'ranked' &&
    typeof value.score === 'number' &&
    Number.isFinite(value.score) &&
    isId(value.offerId)
  ) {
    return { phase: 'ranked', score: value.score, offerId: value.offerId };
  }
  if (value && (value.phase === 'digital' || value.phase === 'all') && isId(value.offerId)) {
    return { phase: value.phase, offerId: value.offerId };
  }
  throw new AppError(
    ErrorCode.BAD_USER_INPUT,
    "Ce curseur de pagination n'est pas valide : recommence la recherche.",
    {
      field: 'after',
    },
  );
}

export function searchCursor(cursor: SearchCursor): string {
  return encodeCursor(cursor);
}

export function searchCriteria(input: RawSearchInput): SearchCriteria {
  const first = input.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw bad(`Le nombre de résultats par page doit être entre 1 et ${MAX_PAGE_SIZE}.`, 'first');
  }
  let around: SearchCriteria['around'] = null;
  if (input.around) {
    checkPoint(input.around);
    around = { ...input.around, radiusMeters: checkRadius(input.radiusKm ?? 50) };
  }
  const text = input.text?.trim() || null;
  if (text && text.length > MAX_TEXT_LENGTH) {
    throw bad(`La recherche doit faire au plus ${MAX_TEXT_LENGTH} caractères.`, 'text');
  }
  if (
    input.maxPriceCents !== null &&
    input.maxPriceCents !== undefined &&
    input.maxPriceCents < 0
  ) {
    throw bad('Le prix maximum ne peut pas être négatif.', 'maxPriceCents');
  }
  const beginsAfter = input.beginsAfter ?? null;
  const beginsBefore = input.beginsBefore ?? null;
  if (beginsAfter && beginsBefore && beginsAfter.getTime() > beginsBefore.getTime()) {
    throw bad('La date de début doit précéder la date de fin.', 'beginsBefore');
  }
  const after = input.after ? parseSearchCursor(input.after) : null;
  if (
    after &&
    (text
      ? after.phase !== 'ranked'
      : after.phase === 'ranked' || (after.phase === 'all') !== (around === null))
  ) {
    throw bad("Ce curseur de pagination n'est pas valide : recommence la recherche.", 'after');
  }
  return {
    around,
    subcategoryIds: subcategoriesFor(input.categories, input.subcategories),
    text,
    maxPriceCents: input.maxPriceCents ?? null,
    freeOnly: input.freeOnly ?? false,
    beginsAfter,
    beginsBefore,
    duoOnly: input.duoOnly ?? false,
    includeDigital: input.includeDigital ?? true,
    accessibility: {
      motor: input.accessibility?.motor ?? false,
      visual: input.accessibility?.visual ?? false,
      hearing: input.accessibility?.hearing ?? false,
      mental: input.accessibility?.mental ?? false,
    },
    first,
    after,
  };
}

/**
 * Whether the rollups (per venue, per grid cell) can answer a search's counts: they hold
 * place, subcategory and accessibility, not prices, dates, duo or words.
 */
export function rollupsAnswer(
  c: Pick<
    SearchCriteria,
    'maxPriceCents' | 'freeOnly' | 'beginsAfter' | 'beginsBefore' | 'duoOnly'
  >,
  text: TextQuery | null,
): boolean {
  return (
    text === null &&
    c.maxPriceCents === null &&
    !c.freeOnly &&
    c.beginsAfter === null &&
    c.beginsBefore === null &&
    !c.duoOnly
  );
}
