import { AppError, ErrorCode } from '../../graphql/errors.js';
import { decodeCursor } from '../../graphql/cursor.js';
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

/**
 * Search cursors are short: a page carries 21 of them (a fifth of its bytes as base64url of
 * JSON). A phase letter, then the keys in [0-9a-z_]: a float as the 16 hex digits of its
 * IEEE 754 bits (keyset paging compares it exactly), ids in base 36. Cursors of the former
 * shape (base64url of JSON, from « eyJ ») are still read.
 */
const SHORT_CURSOR = /^([nrda])([0-9a-z_]{1,60})$/;
const FLOAT_BITS = new DataView(new ArrayBuffer(8));

function floatHex(value: number): string {
  FLOAT_BITS.setFloat64(0, value);
  return (
    FLOAT_BITS.getUint32(0).toString(16).padStart(8, '0') +
    FLOAT_BITS.getUint32(4).toString(16).padStart(8, '0')
  );
}

function hexFloat(hex: string | undefined): number | null {
  if (hex === undefined || !/^[0-9a-f]{16}$/.test(hex)) return null;
  FLOAT_BITS.setUint32(0, parseInt(hex.slice(0, 8), 16));
  FLOAT_BITS.setUint32(4, parseInt(hex.slice(8), 16));
  return FLOAT_BITS.getFloat64(0);
}

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

function base36Id(text: string | undefined): number | null {
  if (text === undefined || !/^[0-9a-z]{1,11}$/.test(text)) return null;
  const id = parseInt(text, 36);
  return isId(id) ? id : null;
}

/** The cursor a short one spells, or null when it spells none. */
function parseShortCursor(phase: string, keys: string): SearchCursor | null {
  const parts = keys.split('_');
  if (phase === 'n' && parts.length === 3) {
    const [distance, venueId, offerId] = [
      hexFloat(parts[0]),
      base36Id(parts[1]),
      base36Id(parts[2]),
    ];
    if (distance === null || !Number.isFinite(distance) || distance < 0) return null;
    return venueId && offerId ? { phase: 'near', distance, venueId, offerId } : null;
  }
  if (phase === 'r' && parts.length === 2) {
    const [score, offerId] = [hexFloat(parts[0]), base36Id(parts[1])];
    if (score === null || !Number.isFinite(score)) return null;
    return offerId ? { phase: 'ranked', score, offerId } : null;
  }
  if ((phase === 'd' || phase === 'a') && parts.length === 1) {
    const offerId = base36Id(parts[0]);
    return offerId ? { phase: phase === 'd' ? 'digital' : 'all', offerId } : null;
  }
  return null;
}

/** A cursor of the former shape: base64url of JSON. */
function parseJsonCursor(cursor: string): SearchCursor | null {
  const value = decodeCursor(cursor) as Record<string, unknown> | null;
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
  return null;
}

export function parseSearchCursor(cursor: string): SearchCursor {
  const short = SHORT_CURSOR.exec(cursor);
  const parsed = short ? parseShortCursor(short[1]!, short[2]!) : parseJsonCursor(cursor);
  if (parsed) return parsed;
  throw new AppError(
    ErrorCode.BAD_USER_INPUT,
    "Ce curseur de pagination n'est pas valide : recommence la recherche.",
    {
      field: 'after',
    },
  );
}

export function searchCursor(cursor: SearchCursor): string {
  switch (cursor.phase) {
    case 'near':
      return `n${floatHex(cursor.distance)}_${cursor.venueId.toString(36)}_${cursor.offerId.toString(36)}`;
    case 'ranked':
      return `r${floatHex(cursor.score)}_${cursor.offerId.toString(36)}`;
    case 'digital':
      return `d${cursor.offerId.toString(36)}`;
    case 'all':
      return `a${cursor.offerId.toString(36)}`;
  }
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
