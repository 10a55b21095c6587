import { describe, expect, it } from 'vitest';
import { formatDistance, formatRemaining, priceFrom } from './format';

const nbsp = '\u00a0';

describe('formatDistance', () => {
  it('says metres below a kilometre, rounded to 10 m', () => {
    expect(formatDistance(853)).toBe('à 850 m');
    expect(formatDistance(996)).toBe('à 1000 m');
    expect(formatDistance(40)).toBe('à moins de 100 m');
  });

  it('says kilometres with one decimal below 10 km, none above', () => {
    expect(formatDistance(1234)).toBe('à 1,2 km');
    expect(formatDistance(1000)).toBe('à 1 km');
    expect(formatDistance(9960)).toBe('à 10 km');
    expect(formatDistance(12_345)).toBe('à 12 km');
    expect(formatDistance(123_456)).toBe('à 123 km');
  });

  it('refuses nonsense', () => {
    expect(() => formatDistance(-1)).toThrow(RangeError);
    expect(() => formatDistance(Number.NaN)).toThrow(RangeError);
  });
});

describe('prices', () => {
  it('gives the lowest price when they differ', () => {
    expect(priceFrom([])).toBeNull();
    expect(priceFrom([800])).toBe(`8${nbsp}€`);
    expect(priceFrom([1500, 800, 800])).toBe(`Dès 8${nbsp}€`);
    expect(priceFrom([0, 0])).toBe('Gratuit');
    expect(priceFrom([0, 500])).toBe('Gratuit ou payant');
  });
});

describe('places', () => {
  it('says how many places are left when it matters', () => {
    expect(formatRemaining(null)).toBeNull();
    expect(formatRemaining(0)).toBe('Complet');
    expect(formatRemaining(1)).toBe("Plus qu'une place");
    expect(formatRemaining(4)).toBe('Plus que 4 places');
    expect(formatRemaining(45)).toBe('45 places restantes');
  });
});
