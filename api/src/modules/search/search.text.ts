import { CATEGORIES, SUBCATEGORIES } from '../catalog/categories.js';

/** What a typed text becomes for the search table's two text indexes. */
export interface TextQuery {
  /** Words, lower case, no accents, one space apart: compared by trigrams (typos forgiven). */
  folded: string;
  /** The words as French prefixes, all required (`expo:* & photo:*`); null when none is long enough. */
  prefixes: string | null;
  /** The words a row must hold (two letters or more), in the order typed, without repeats. */
  words: string[];
}

const MAX_WORDS = 10;
const MAX_WORD_LENGTH = 40;

/**
 * Typed words this long or longer also match the catalogue's words close to them; shorter
 * ones only as typed (one letter off « art » or « bd » is another word).
 */
export const TYPO_MIN_LENGTH = 4;

/** A word as the search splits texts: letters and digits only (safe inside a tsquery). */
const WORD = /^[\p{L}\p{N}]+$/u;

/**
 * Letters and digits of any script, without accents, lower case; everything else (emoji,
 * punctuation, tsquery operators, SQL) is a separator. Null when no word is left: such a
 * text matches nothing.
 */
export function textQuery(text: string): TextQuery | null {
  const words = foldedWords(text)
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  if (words.length === 0) return null;
  const long = words.filter((word) => word.length >= 2);
  return {
    folded: words.join(' '),
    prefixes: long.length ? long.map((word) => `${word}:*`).join(' & ') : null,
    words: [...new Set(long)],
  };
}

/** Letters and digits of any script, without accents, lower case, as words. */
function foldedWords(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The typed words worth looking up in the catalogue's words (typos). */
export function typoWords(query: TextQuery): string[] {
  return query.words.filter((word) => word.length >= TYPO_MIN_LENGTH);
}

/**
 * The tsquery (French configuration) a row's words must match: every typed word, each as a
 * French prefix or as one of the catalogue's words close to it. Null when no word is long
 * enough: the text matches nothing.
 */
export function matchingQuery(
  query: TextQuery,
  closeWords: ReadonlyMap<string, readonly string[]>,
): string | null {
  if (query.words.length === 0) return null;
  return query.words
    .map((word) => {
      // Words the typed one begins are found by its prefix already.
      const close = (closeWords.get(word) ?? []).filter((w) => WORD.test(w) && !w.startsWith(word));
      return close.length ? `(${[`${word}:*`, ...close].join(' | ')})` : `${word}:*`;
    })
    .join(' & ');
}

/** Typed words shorter than this name no subcategory (« de », « la »). */
const NAMING_MIN_LENGTH = 3;
/** Label words shorter than this are named by no typed word (« sur », « de »). */
const LABEL_WORD_MIN_LENGTH = 4;

/**
 * Each subcategory's label and its category's, by subcategory: the words its offers are also
 * found by (the database holds them, migration `20261209110000_search_labels`) and that name it.
 */
export const SUBCATEGORY_SEARCH_LABELS: ReadonlyMap<string, string> = new Map(
  SUBCATEGORIES.map((subcategory) => [
    subcategory.id,
    `${subcategory.label} ${CATEGORIES.find((c) => c.id === subcategory.categoryId)!.label}`,
  ]),
);

/** Folded words of each subcategory's labels. */
const LABEL_WORDS = [...SUBCATEGORY_SEARCH_LABELS].map(([id, labels]) => ({
  id,
  words: foldedWords(labels).filter((word) => word.length >= LABEL_WORD_MIN_LENGTH),
}));

/**
 * The subcategories a text names: a typed word of three letters or more begins a word of the
 * subcategory's label or its category's, or one of the catalogue's words close to it does
 * (« cinemma »). « cinema » names the screenings, not the DVDs of a venue called Cinéma;
 * « harry potter livre » the books.
 */
export function namedSubcategories(
  query: TextQuery,
  closeWords: ReadonlyMap<string, readonly string[]>,
): string[] {
  const typed = query.words
    .filter((word) => word.length >= NAMING_MIN_LENGTH)
    .flatMap((word) => [word, ...(closeWords.get(word) ?? [])]);
  return LABEL_WORDS.filter(({ words }) =>
    typed.some((w) => words.some((label) => label.startsWith(w))),
  ).map(({ id }) => id);
}
