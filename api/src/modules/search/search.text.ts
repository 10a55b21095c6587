/** What a typed text becomes for the search table's two text indexes. */
export interface TextQuery {
  /** Words, lower case, no accents, one space apart: compared by trigrams (typos forgiven). */
  folded: string;
  /** The words as French prefixes, all required (`expo:* & photo:*`); null when none is long enough. */
  prefixes: string | null;
}

const MAX_WORDS = 10;
const MAX_WORD_LENGTH = 40;

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
  };
}
