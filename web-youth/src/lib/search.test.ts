import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  DEFAULT_FILTERS,
  filtersFromParams,
  filtersToParams,
  toSearchInput,
  toVenuesInput,
  type SearchFilters,
} from './search';

const saintDenis = { latitude: 48.9335, longitude: 2.3562 };

describe('filters → searchOffers input', () => {
  it('searches around the chosen place with the default radius', () => {
    expect(toSearchInput(DEFAULT_FILTERS, saintDenis)).toEqual({
      around: saintDenis,
      radiusKm: 20,
      includeDigital: true,
      first: 20,
    });
  });

  it('searches all of France without a place (and sends no radius)', () => {
    expect(toSearchInput({ ...DEFAULT_FILTERS, radiusKm: 5 }, null)).toEqual({
      includeDigital: true,
      first: 20,
    });
  });

  it('maps every filter to its API field', () => {
    const filters: SearchFilters = {
      text: '  jazz  ',
      categories: ['MUSIQUE_LIVE', 'CINEMA'],
      radiusKm: 50,
      price: 'max',
      maxPriceEuros: 15,
      dateFrom: '2026-12-01',
      dateTo: '2026-12-31',
      duoOnly: true,
      includeDigital: false,
      accessibility: ['motor', 'hearing'],
    };
    expect(toSearchInput(filters, saintDenis, { after: 'abc' })).toEqual({
      around: saintDenis,
      radiusKm: 50,
      text: 'jazz',
      categories: ['CINEMA', 'MUSIQUE_LIVE'],
      maxPriceCents: 1500,
      beginsAfter: '2026-11-30T23:00:00.000Z',
      beginsBefore: '2026-12-31T22:59:59.999Z',
      duoOnly: true,
      includeDigital: false,
      accessibility: { motor: true, hearing: true },
      first: 20,
      after: 'abc',
    });
  });

  it('asks for free offers only', () => {
    const input = toSearchInput({ ...DEFAULT_FILTERS, price: 'free', maxPriceEuros: 10 }, null);
    expect(input.freeOnly).toBe(true);
    expect(input.maxPriceCents).toBeUndefined();
  });

  it('swaps dates typed the wrong way round', () => {
    const input = toSearchInput(
      { ...DEFAULT_FILTERS, dateFrom: '2026-12-31', dateTo: '2026-12-01' },
      null,
    );
    expect(input.beginsAfter).toBe('2026-11-30T23:00:00.000Z');
    expect(input.beginsBefore).toBe('2026-12-31T22:59:59.999Z');
  });

  it('gives the map every filter of the list', () => {
    expect(
      toVenuesInput(
        {
          ...DEFAULT_FILTERS,
          text: 'jazz',
          categories: ['LIVRE'],
          price: 'free',
          dateFrom: '2026-12-24',
          duoOnly: true,
          accessibility: ['motor'],
          includeDigital: true,
        },
        saintDenis,
      ),
    ).toEqual({
      around: saintDenis,
      radiusKm: 20,
      text: 'jazz',
      categories: ['LIVRE'],
      freeOnly: true,
      beginsAfter: '2026-12-23T23:00:00.000Z',
      duoOnly: true,
      accessibility: { motor: true },
      first: 200,
    });
  });
});

describe('filters ↔ address', () => {
  it('round-trips every filter', () => {
    const filters: SearchFilters = {
      text: 'théâtre',
      categories: ['SPECTACLE', 'MUSEE'],
      radiusKm: 10,
      price: 'max',
      maxPriceEuros: 20,
      dateFrom: '2026-12-01',
      dateTo: '2026-12-24',
      duoOnly: true,
      includeDigital: false,
      accessibility: ['visual'],
    };
    const params = filtersToParams(filters);
    expect(filtersFromParams(new URLSearchParams(params.toString()))).toEqual(filters);
  });

  it('writes nothing for the defaults, and keeps extras', () => {
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('');
    expect(filtersToParams(DEFAULT_FILTERS, { vue: 'carte' }).toString()).toBe('vue=carte');
  });

  it('ignores malformed values', () => {
    const filters = filtersFromParams(
      new URLSearchParams(
        'rayon=7&prix=max&prixmax=abc&du=2026-02-30&au=hier&cat=<script>&acces=moteur,visual&duo=oui',
      ),
    );
    expect(filters).toEqual({ ...DEFAULT_FILTERS, accessibility: ['visual'] });
  });

  it('counts the active filters (the text apart)', () => {
    expect(activeFilterCount({ ...DEFAULT_FILTERS, text: 'jazz' })).toBe(0);
    expect(
      activeFilterCount({
        ...DEFAULT_FILTERS,
        categories: ['LIVRE', 'CINEMA'],
        price: 'free',
        dateTo: '2026-12-01',
        includeDigital: false,
      }),
    ).toBe(4);
  });
});
