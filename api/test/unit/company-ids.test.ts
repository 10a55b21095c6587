import { describe, expect, it } from 'vitest';
import {
  isLuhnValid,
  isValidSiren,
  isValidSiret,
  normalizeCompanyId,
  sirenOfSiret,
} from '../../src/modules/pro/company-ids.js';

describe('SIREN', () => {
  it('accepts 9 digits whose Luhn sum is a multiple of 10', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('552100554')).toBe(true);
    expect(isValidSiren('123456782')).toBe(true);
  });

  it('refuses a wrong check digit, a wrong length or anything but digits', () => {
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiren('123456789')).toBe(false);
    expect(isValidSiren('73282932')).toBe(false);
    expect(isValidSiren('7328293200')).toBe(false);
    expect(isValidSiren('73282932O')).toBe(false);
    expect(isValidSiren('')).toBe(false);
  });

  it('drops the spaces and dots people type between groups', () => {
    expect(normalizeCompanyId(' 732 829 320 ')).toBe('732829320');
    expect(normalizeCompanyId('552.100.554')).toBe('552100554');
  });
});

describe('SIRET', () => {
  it('accepts 14 digits whose Luhn sum is a multiple of 10', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('55210055400013')).toBe(true);
    expect(isValidSiret('12345678200010')).toBe(true);
  });

  it('refuses a wrong check digit or length', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('12345678200011')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('732829320000740')).toBe(false);
  });

  it("checks La Poste's establishments by their digit sum, as INSEE numbers them", () => {
    expect(isValidSiret('35600000000010')).toBe(true); // not Luhn-valid, digit sum 15
    expect(isValidSiret('35600000000019')).toBe(false);
  });

  it("accepts La Poste's SIRETs that pass the standard Luhn check (the digit sum is a fallback)", () => {
    expect(isLuhnValid('35600000000048')).toBe(true); // digit sum 26: not a multiple of 5
    expect(isValidSiret('35600000000048')).toBe(true);
    // Neither Luhn-valid nor a digit sum multiple of 5: refused.
    expect(isLuhnValid('35600000000046')).toBe(false);
    expect(isValidSiret('35600000000046')).toBe(false);
  });

  it('belongs to the SIREN of its first nine digits', () => {
    expect(sirenOfSiret('73282932000074')).toBe('732829320');
  });
});
