import { describe, expect, it } from 'vitest';
import { facetChip, waysOut, wayOutCount, whyNothing, withoutFilters } from './facets';
import { DEFAULT_FILTERS, type SearchFilters } from './search';

const NNBSP = '\u202f';

describe('facet chips', () => {
  it('shows the label and the count, and says offers with the French plural', () => {
    expect(facetChip('Cinéma', 124)).toEqual({
      text: 'Cinéma · 124',
      spoken: 'Cinéma, 124 offres',
    });
    expect(facetChip('Livre', 1)).toEqual({ text: 'Livre · 1', spoken: 'Livre, 1 offre' });
    expect(facetChip('Musée', 0).spoken).toBe('Musée, 0 offre');
    expect(facetChip('Spectacle', 12345)).toEqual({
      text: `Spectacle · 12${NNBSP}345`,
      spoken: `Spectacle, 12${NNBSP}345 offres`,
    });
  });

  it('says « at least » when the api stopped counting', () => {
    expect(facetChip('Cinéma', 2300, true)).toEqual({
      text: `Cinéma · 2${NNBSP}300+`,
      spoken: `Cinéma, au moins 2${NNBSP}300 offres`,
    });
    expect(facetChip('Livre', 1, true).spoken).toBe('Livre, au moins 1 offre');
  });
});

describe('ways out of an empty result', () => {
  const filters: SearchFilters = {
    ...DEFAULT_FILTERS,
    text: 'jazz',
    categories: ['MUSIQUE_LIVE'],
    price: 'free',
    radiusKm: 20,
    includeDigital: false,
  };
  const facets = {
    total: 0,
    digitalCount: 3,
    widerRadiusKm: 50,
    widerRadiusCount: 12,
    withoutFiltersCount: 1,
  };

  it('proposes a wider radius, no filters and digital offers, with what each gives', () => {
    const ways = waysOut(filters, facets, true);
    expect(ways.map((way) => [way.label, wayOutCount(way.count)])).toEqual([
      ["Chercher jusqu'à 50 km", '12 offres'],
      ['Retirer les filtres', '1 offre'],
      ['Voir les offres numériques', '3 offres'],
    ]);
    expect(ways[0]!.filters).toEqual({ ...filters, radiusKm: 50 });
    // Dropping filters keeps the words, the place's radius and the digital choice.
    expect(ways[1]!.filters).toEqual({
      ...DEFAULT_FILTERS,
      text: 'jazz',
      radiusKm: 20,
      includeDigital: false,
    });
    expect(ways[2]!.filters).toEqual({ ...filters, includeDigital: true });
  });

  it('proposes the category with the most offers for these words when another one is chosen', () => {
    const best = { id: 'SPECTACLE', label: 'Spectacles', count: 4 };
    const ways = waysOut(filters, facets, true, { best });
    expect(ways.map((way) => way.key)).toEqual(['wider', 'category', 'no-filters', 'digital']);
    expect(ways[1]).toMatchObject({ label: 'Chercher dans Spectacles', count: 4 });
    expect(ways[1]!.filters).toEqual({ ...filters, categories: ['SPECTACLE'] });
    // Not without a category filter, nor with no offers there.
    expect(
      waysOut({ ...filters, categories: [] }, facets, true, { best }).map((w) => w.key),
    ).not.toContain('category');
    expect(
      waysOut(filters, facets, true, { best: { ...best, count: 0 } }).map((w) => w.key),
    ).not.toContain('category');
  });

  it('never proposes a way that leads to nothing', () => {
    expect(
      waysOut(
        filters,
        { ...facets, widerRadiusCount: 0, withoutFiltersCount: 0, digitalCount: 0 },
        true,
      ),
    ).toEqual([]);
    // At the widest radius, or with digital offers already in, those ways go.
    expect(
      waysOut(
        { ...filters, includeDigital: true },
        { ...facets, widerRadiusKm: null, widerRadiusCount: null },
        true,
      ).map((way) => way.key),
    ).toEqual(['no-filters']);
    // Without a place there is no radius to widen.
    expect(waysOut(filters, facets, false).map((way) => way.key)).toEqual([
      'no-filters',
      'digital',
    ]);
  });

  it('withoutFilters drops categories, price, dates, duo and accessibility', () => {
    expect(
      withoutFilters({
        ...filters,
        dateFrom: '2026-12-24',
        duoOnly: true,
        accessibility: ['motor'],
      }),
    ).toEqual({ ...DEFAULT_FILTERS, text: 'jazz', radiusKm: 20, includeDigital: false });
  });
});

describe('why nothing matched', () => {
  const labels: Record<string, string> = { CINEMA: 'Cinéma', LIVRE: 'Livre' };
  const label = (id: string) => labels[id] ?? id;

  it('names the words, the place and the filters that narrowed the search', () => {
    expect(
      whyNothing(
        {
          ...DEFAULT_FILTERS,
          text: ' jazz ',
          categories: ['CINEMA', 'LIVRE'],
          price: 'free',
          duoOnly: true,
        },
        { label: 'Saint-Denis (93200)' },
        label,
      ),
    ).toBe(
      'Aucune offre pour « jazz » à moins de 20 km de Saint-Denis (93200), avec ces filtres : Cinéma ou Livre, gratuites et duo.',
    );
    expect(whyNothing({ ...DEFAULT_FILTERS, price: 'max', maxPriceEuros: 15 }, null, label)).toBe(
      "Aucune offre en France, avec ces filtres : jusqu'à 15 €.".replace(' €', '\u00a0€'),
    );
    expect(whyNothing(DEFAULT_FILTERS, { label: 'Ma position' }, label)).toBe(
      'Aucune offre à moins de 20 km de Ma position.',
    );
  });
});
