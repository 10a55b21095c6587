import { describe, expect, it } from 'vitest';
import { actionOf, groupSuggestions, suggestionByKey, type Suggestion } from './suggestions';

const blank = {
  __typename: 'SearchSuggestion' as const,
  detail: null,
  offerId: null,
  venueId: null,
  categoryId: null,
  place: null,
};
const suggestions: Suggestion[] = [
  { ...blank, kind: 'CATEGORY', label: 'Cinéma', categoryId: 'CINEMA' },
  {
    ...blank,
    kind: 'PLACE',
    label: 'Cintegabelle',
    detail: '31550',
    place: {
      __typename: 'Place',
      city: 'Cintegabelle',
      postalCode: '31550',
      latitude: 43.31,
      longitude: 1.53,
    },
  },
  { ...blank, kind: 'VENUE', label: 'Ciné 104', detail: 'Pantin', venueId: '7' },
  {
    ...blank,
    kind: 'OFFER',
    label: 'Cinéma en plein air',
    detail: 'La Villette, Paris',
    offerId: '42',
  },
  { ...blank, kind: 'OFFER', label: 'Carte Ciné', detail: null, offerId: '43' },
  { ...blank, kind: 'PERSON', label: 'Cindy Sander', detail: 'Artiste · 2 offres' },
];

describe('suggestions', () => {
  it('groups lines under French headings, the api order kept', () => {
    const groups = groupSuggestions(suggestions);
    expect(
      groups.map((group) => [group.label, group.options.map((option) => option.label)]),
    ).toEqual([
      ['Catégories', ['Cinéma']],
      ['Villes', ['Cintegabelle']],
      ['Lieux', ['Ciné 104']],
      ['Auteurs et artistes', ['Cindy Sander']],
      ['Offres', ['Cinéma en plein air', 'Carte Ciné']],
    ]);
    expect(groupSuggestions(suggestions.slice(3, 5)).map((group) => group.label)).toEqual([
      'Offres',
    ]);
    expect(groupSuggestions([])).toEqual([]);
  });

  it('does the right thing for each kind', () => {
    const key = (label: string) =>
      groupSuggestions(suggestions)
        .flatMap((group) => group.options)
        .find((option) => option.label === label)!.key;
    const act = (label: string) => actionOf(suggestionByKey(suggestions, key(label))!);
    expect(act('Cinéma en plein air')).toEqual({ kind: 'open', path: '/offre/42' });
    expect(act('Ciné 104')).toEqual({ kind: 'open', path: '/lieu/7' });
    expect(act('Cinéma')).toEqual({ kind: 'filter-category', categoryId: 'CINEMA' });
    expect(act('Cindy Sander')).toEqual({ kind: 'search-text', text: 'Cindy Sander' });
    expect(act('Cintegabelle')).toEqual({
      kind: 'search-around',
      location: {
        source: 'place',
        label: 'Cintegabelle (31550)',
        latitude: 43.31,
        longitude: 1.53,
      },
    });
  });
});
