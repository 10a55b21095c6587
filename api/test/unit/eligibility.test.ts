import { describe, expect, it } from 'vitest';
import {
  ageOn,
  checkSignUpAge,
  isPlausibleEmail,
  normalizeEmail,
  parseCalendarDate,
} from '../../src/modules/identity/eligibility.js';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('ageOn', () => {
  it('counts whole years, the birthday included', () => {
    expect(ageOn('2008-11-26', day('2026-11-26'))).toBe(18);
    expect(ageOn('2008-11-27', day('2026-11-26'))).toBe(17);
    expect(ageOn('2008-01-01', day('2026-11-26'))).toBe(18);
  });

  it('counts a 29 February birthday on 1 March in common years', () => {
    expect(ageOn('2008-02-29', day('2026-02-28'))).toBe(17);
    expect(ageOn('2008-02-29', day('2026-03-01'))).toBe(18);
  });

  it('refuses a malformed date', () => {
    expect(() => ageOn('2008-02-30', day('2026-01-01'))).toThrow(RangeError);
  });
});

describe('checkSignUpAge', () => {
  const today = day('2026-11-26');
  it.each([
    ['2011-11-27', 'TOO_YOUNG'],
    ['2011-11-26', 'OK'],
    ['2008-11-27', 'OK'],
    ['2007-11-27', 'OK'],
    ['2007-11-26', 'TOO_OLD'],
    ['2030-01-01', 'NOT_BORN'],
  ])('born %s: %s', (birthDate, expected) => {
    expect(checkSignUpAge(birthDate, today)).toBe(expected);
  });
});

describe('parseCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('2023-13-01')).toBeNull();
    expect(parseCalendarDate('01/02/2008')).toBeNull();
    expect(parseCalendarDate('2008-1-2')).toBeNull();
  });
});

describe('emails', () => {
  it('normalises case and spaces', () => {
    expect(normalizeEmail('  Camille.Martin@Exemple.FR ')).toBe('camille.martin@exemple.fr');
  });
  it('refuses what cannot be an address', () => {
    expect(isPlausibleEmail('camille@exemple.fr')).toBe(true);
    expect(isPlausibleEmail('camille@exemple')).toBe(false);
    expect(isPlausibleEmail('camille exemple.fr')).toBe(false);
    expect(isPlausibleEmail(`${'a'.repeat(320)}@exemple.fr`)).toBe(false);
  });
});
