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
  const words = (
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
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
