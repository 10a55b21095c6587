import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDay,
  formatDistance,
  formatPlaces,
  formatPrice,
  formatRemaining,
  formatShortDateTime,
  formatTime,
  joinFrench,
  priceFrom,
} from './format';

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
  it('says Gratuit for 0 and euros otherwise', () => {
    expect(formatPrice(0)).toBe('Gratuit');
    expect(formatPrice(1250)).toBe(`12,50${nbsp}€`);
  });

  it('gives the lowest price when they differ', () => {
    expect(priceFrom([])).toBeNull();
    expect(priceFrom([800])).toBe(`8${nbsp}€`);
    expect(priceFrom([1500, 800, 800])).toBe(`Dès 8${nbsp}€`);
    expect(priceFrom([0, 0])).toBe('Gratuit');
    expect(priceFrom([0, 500])).toBe('Gratuit ou payant');
  });
});

describe('dates in Paris time', () => {
  it('writes the day and time as lived in Paris (winter, UTC+1)', () => {
    expect(formatDay('2026-12-01T19:30:00Z')).toBe('mardi 1 décembre 2026');
    expect(formatTime('2026-12-01T19:30:00Z')).toBe(`20${nbsp}h${nbsp}30`);
    expect(formatTime('2026-12-01T19:00:00Z')).toBe(`20${nbsp}h`);
    expect(formatDateTime('2026-12-01T19:30:00Z')).toBe(
      `mardi 1 décembre 2026 à 20${nbsp}h${nbsp}30`,
    );
  });

  it('follows summer time (UTC+2) and day changes', () => {
    expect(formatDateTime('2026-07-14T20:00:00Z')).toBe(`mardi 14 juillet 2026 à 22${nbsp}h`);
    expect(formatDay('2026-12-31T23:30:00Z')).toBe('vendredi 1 janvier 2027');
    expect(formatTime('2026-12-31T23:05:00Z')).toBe(`0${nbsp}h${nbsp}05`);
  });

  it('has a short form for cards', () => {
    expect(formatShortDateTime('2026-12-01T19:30:00Z')).toBe(`mar. 1 déc. à 20${nbsp}h${nbsp}30`);
  });

  it('refuses invalid dates', () => {
    expect(() => formatDay('demain')).toThrow(RangeError);
  });
});

describe('places', () => {
  it('says how many places are left when it matters', () => {
    expect(formatRemaining(null)).toBeNull();
    expect(formatRemaining(0)).toBe('Complet');
    expect(formatRemaining(1)).toBe("Plus qu'une place");
    expect(formatRemaining(4)).toBe('Plus que 4 places');
    expect(formatRemaining(45)).toBe('45 places restantes');
    expect(formatPlaces(1)).toBe('1 place');
    expect(formatPlaces(2)).toBe('2 places');
  });

  it('joins a list the French way', () => {
    expect(joinFrench([])).toBe('');
    expect(joinFrench(['moteur'])).toBe('moteur');
    expect(joinFrench(['moteur', 'visuel', 'auditif'])).toBe('moteur, visuel et auditif');
  });
});
