import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { CATEGORIES } from '../catalog/categories.js';
import { checkPoint } from './search.criteria.js';
import type { PlaceRow } from './places.queries.js';
import { suggest, type PersonRole } from './suggestions.queries.js';
import { textQuery } from './search.text.js';

export const MAX_SUGGESTION_TEXT = 100;

export type SuggestionKind = 'OFFER' | 'VENUE' | 'PLACE' | 'CATEGORY' | 'PERSON';

export interface Suggestion {
  kind: SuggestionKind;
  label: string;
  detail: string | null;
  offerId: string | null;
  venueId: string | null;
  categoryId: string | null;
  place: PlaceRow | null;
  /** PERSON: what they are on the offers. */
  personRole: PersonRole | null;
  /** PERSON: offers naming them; OFFER: offers of that name. */
  offerCount: number | null;
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

const blank = {
  detail: null,
  offerId: null,
  venueId: null,
  categoryId: null,
  place: null,
  personRole: null,
  offerCount: null,
};

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

const ROLE_LABELS: Record<PersonRole, string> = {
  AUTHOR: 'Auteur',
  PERFORMER: 'Artiste',
  STAGE_DIRECTOR: 'Mise en scène',
};

const frenchPlurals = new Intl.PluralRules('fr-FR');

/** `1 offre`, `12 offres`, `1 234 offres`. */
function offerCount(count: number): string {
  return `${count.toLocaleString('fr-FR')} ${frenchPlurals.select(count) === 'one' ? 'offre' : 'offres'}`;
}

const MAX_LINES = 8;

/**
 * What a person may mean while typing in the search field: categories, towns, venues, people
 * (authors, performers, stage directors) and offers, at most eight lines; around a point, the
 * nearest venues first. One statement whatever the kinds.
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
  const rows = await suggest(
    db,
    query,
    around,
    { places: 2, venues: 2, people: 2, offers: MAX_LINES },
    new Date(),
  );
  const out: Suggestion[] = [...categories];
  const seen = new Set<string>();
  for (const row of rows) {
    if (out.length >= MAX_LINES) break;
    if (row.kind === 'PLACE') {
      out.push({
        ...blank,
        kind: 'PLACE',
        label: row.label,
        detail: row.detail,
        place: {
          city: row.label,
          postalCode: row.detail ?? '',
          departmentCode: row.departmentCode ?? '',
          latitude: Number(row.latitude),
          longitude: Number(row.longitude),
        },
      });
    } else if (row.kind === 'VENUE') {
      out.push({
        ...blank,
        kind: 'VENUE',
        label: row.label,
        detail: row.detail,
        venueId: String(row.id),
      });
    } else if (row.kind === 'PERSON') {
      const role = row.detail as PersonRole;
      const offers = row.offers ?? 0;
      out.push({
        ...blank,
        kind: 'PERSON',
        label: row.label,
        detail: `${ROLE_LABELS[role]} · ${offerCount(offers)}`,
        personRole: role,
        offerCount: offers,
      });
    } else {
      // One line per name: many offers share one (a film at many cinemas).
      const key = foldText(row.label);
      if (seen.has(key)) continue;
      seen.add(key);
      const offers = row.offers ?? 0;
      // One offer: open it. Several (a film at many cinemas): search that name around the person.
      const one = offers === 1 && row.id !== null;
      out.push({
        ...blank,
        kind: 'OFFER',
        label: row.label,
        detail: one
          ? [row.venueName, row.detail].filter(Boolean).join(', ') || null
          : offerCount(offers),
        offerId: one ? String(row.id) : null,
        offerCount: offers,
      });
    }
  }
  return out;
}
