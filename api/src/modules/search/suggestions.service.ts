import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { CATEGORIES } from '../catalog/categories.js';
import { checkPoint } from './search.criteria.js';
import { findPlaces, type PlaceRow } from './places.queries.js';
import { suggestOffers, suggestVenues } from './search.queries.js';
import { textQuery } from './search.text.js';

export const MAX_SUGGESTION_TEXT = 100;

export type SuggestionKind = 'OFFER' | 'VENUE' | 'PLACE' | 'CATEGORY';

export interface Suggestion {
  kind: SuggestionKind;
  label: string;
  detail: string | null;
  offerId: string | null;
  venueId: string | null;
  categoryId: string | null;
  place: PlaceRow | null;
}

/** Lower case, no accents, single spaces: how typed text and labels are compared. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const FOLDED_CATEGORIES = CATEGORIES.map((c) => ({ ...c, folded: foldText(c.label) }));

const blank = { detail: null, offerId: null, venueId: null, categoryId: null, place: null };

/** Categories a word of whose label starts like the text typed. */
export function suggestCategories(text: string): Suggestion[] {
  const folded = foldText(text);
  if (!folded) return [];
  return FOLDED_CATEGORIES.filter(
    (c) =>
      c.folded.startsWith(folded) ||
      c.folded.includes(` ${folded}`) ||
      c.id.toLowerCase() === folded,
  ).map((c) => ({ ...blank, kind: 'CATEGORY', label: c.label, categoryId: c.id }));
}

/**
 * What a person may mean while typing in the search field: categories, towns, venues and
 * offers, at most eight lines; around a point, the nearest venues and offers first.
 */
export async function searchSuggestions(
  db: SqlClient,
  rawText: string,
  around: { latitude: number; longitude: number } | null,
): Promise<Suggestion[]> {
  if (rawText.length > MAX_SUGGESTION_TEXT) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `La recherche doit faire au plus ${MAX_SUGGESTION_TEXT} caractères.`,
      { field: 'text' },
    );
  }
  if (around) checkPoint(around);
  const text = rawText.replace(/\s+/g, ' ').trim();
  const query = textQuery(text);
  if (!query || query.folded.length < 2) return [];
  const categories = suggestCategories(query.folded).slice(0, 2);
  const [places, venues, offers] = await Promise.all([
    findPlaces(db, query.folded, 2),
    suggestVenues(db, query, around, 2),
    suggestOffers(db, query, 8, new Date()),
  ]);
  const out: Suggestion[] = [
    ...categories,
    ...places.map((place) => ({
      ...blank,
      kind: 'PLACE' as const,
      label: place.city,
      detail: place.postalCode,
      place,
    })),
    ...venues.map((v) => ({
      ...blank,
      kind: 'VENUE' as const,
      label: v.name,
      detail: v.city,
      venueId: String(v.venueId),
    })),
  ];
  const seen = new Set<string>();
  for (const o of offers) {
    if (out.length >= 8) break;
    // One line per name: many offers share one (a film at many cinemas).
    const key = foldText(o.name);
    if (seen.has(key)) continue;
    seen.add(key);
    // One offer: open it. Several (a film at many cinemas): search that name around the person.
    const one = o.offers === 1;
    out.push({
      ...blank,
      kind: 'OFFER',
      label: o.name,
      detail: one
        ? [o.venueName, o.city].filter(Boolean).join(', ') || null
        : `${o.offers.toLocaleString('fr-FR')} offres`,
      offerId: one ? String(o.offerId) : null,
    });
  }
  return out.slice(0, 8);
}
