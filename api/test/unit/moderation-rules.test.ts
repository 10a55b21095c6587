import { describe, expect, it } from 'vitest';
import {
  containsWord,
  matchingRules,
  moderationStatusOf,
  normalizeText,
  type OfferDraft,
  type RuleData,
} from '../../src/modules/moderation/moderation.rules.js';

const price: RuleData = {
  id: 1,
  label: 'Prix élevé',
  kind: 'PRICE_ABOVE',
  priceThresholdCents: 30_000,
  words: null,
  subcategoryIds: null,
};
const words: RuleData = {
  id: 2,
  label: 'Mots à vérifier',
  kind: 'WORDS',
  priceThresholdCents: null,
  words: ['Gratuit', 'carte cadeau'],
  subcategoryIds: null,
};
const subcategories: RuleData = {
  id: 3,
  label: 'Instruments',
  kind: 'SUBCATEGORIES',
  priceThresholdCents: null,
  words: null,
  subcategoryIds: ['ACHAT_INSTRUMENT'],
};
const rules = [price, words, subcategories];

const draft: OfferDraft = {
  name: 'Concert de jazz',
  description: 'Une soirée au club',
  subcategoryId: 'CONCERT',
  pricesCents: [1_500],
};

describe('moderation rules', () => {
  it('approves an offer no rule matches', () => {
    expect(matchingRules(rules, draft)).toEqual([]);
    expect(moderationStatusOf(rules, draft)).toBe('APPROVED');
    expect(moderationStatusOf([], draft)).toBe('APPROVED');
  });

  it('holds a stock priced strictly above the threshold', () => {
    expect(matchingRules(rules, { ...draft, pricesCents: [30_000] })).toEqual([]);
    expect(matchingRules(rules, { ...draft, pricesCents: [1_000, 30_001] })).toEqual([price]);
    expect(matchingRules(rules, { ...draft, pricesCents: [] })).toEqual([]);
  });

  it('finds words in the name or description, ignoring case and accents, as whole words', () => {
    expect(matchingRules(rules, { ...draft, name: 'Concert GRATUIT' })).toEqual([words]);
    expect(matchingRules(rules, { ...draft, description: 'Offrez une Carte-Cadeau !' })).toEqual([
      words,
    ]);
    // « gratuitement » is not the word « gratuit ».
    expect(matchingRules(rules, { ...draft, description: 'Entrée gratuitement' })).toEqual([]);
    expect(containsWord(normalizeText('Théâtre à Noël'), 'theatre')).toBe(true);
    expect(containsWord(normalizeText('Œuvre'), 'oeuvre')).toBe(true);
    expect(containsWord(normalizeText('abc'), '  ')).toBe(false);
  });

  it('holds the listed subcategories', () => {
    expect(matchingRules(rules, { ...draft, subcategoryId: 'ACHAT_INSTRUMENT' })).toEqual([
      subcategories,
    ]);
  });

  it('reports every rule that matches', () => {
    const flagged = {
      name: 'Guitare gratuit',
      description: null,
      subcategoryId: 'ACHAT_INSTRUMENT',
      pricesCents: [50_000],
    };
    expect(matchingRules(rules, flagged).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(moderationStatusOf(rules, flagged)).toBe('PENDING');
  });
});
