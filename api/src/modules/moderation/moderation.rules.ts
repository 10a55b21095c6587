/** Pure moderation rules: which stored rules an offer (new or edited) matches. */

export type RuleKind = 'PRICE_ABOVE' | 'WORDS' | 'SUBCATEGORIES';

export interface RuleData {
  id: number;
  label: string;
  kind: RuleKind;
  priceThresholdCents: number | null;
  words: string[] | null;
  subcategoryIds: string[] | null;
}

/** What moderation looks at in an offer being created or edited. */
export interface OfferDraft {
  name: string;
  description: string | null;
  subcategoryId: string;
  /** Prices of its stocks, in cents (none yet: the price rules cannot match). */
  pricesCents: readonly number[];
}

/** Lower case without accents, punctuation turned into spaces: « Œuvre d'ART » → « oeuvre d art ». */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A word (or phrase) is found as whole words, whatever the case and accents. */
export function containsWord(normalizedText: string, word: string): boolean {
  const needle = normalizeText(word);
  if (!needle) return false;
  return ` ${normalizedText} `.includes(` ${needle} `);
}

export function ruleMatches(rule: RuleData, draft: OfferDraft): boolean {
  switch (rule.kind) {
    case 'PRICE_ABOVE':
      return (
        rule.priceThresholdCents !== null &&
        draft.pricesCents.some((price) => price > rule.priceThresholdCents!)
      );
    case 'WORDS': {
      const text = normalizeText(`${draft.name} ${draft.description ?? ''}`);
      return (rule.words ?? []).some((word) => containsWord(text, word));
    }
    case 'SUBCATEGORIES':
      return (rule.subcategoryIds ?? []).includes(draft.subcategoryId);
  }
}

/** The rules an offer matches; any match sends it to the moderation queue (PENDING). */
export function matchingRules<R extends RuleData>(rules: readonly R[], draft: OfferDraft): R[] {
  return rules.filter((rule) => ruleMatches(rule, draft));
}

export function moderationStatusOf(
  rules: readonly RuleData[],
  draft: OfferDraft,
): 'APPROVED' | 'PENDING' {
  return matchingRules(rules, draft).length > 0 ? 'PENDING' : 'APPROVED';
}
