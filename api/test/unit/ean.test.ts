import { describe, expect, it } from 'vitest';
import { isValidEan13, normalizeEan } from '../../src/modules/apikey/ean.js';

describe('EAN-13', () => {
  it('accepts barcodes whose check digit is right', () => {
    for (const ean of ['9782070368228', '9780306406157', '4006381333931', '3760057370019']) {
      expect(isValidEan13(ean)).toBe(true);
    }
  });

  it('refuses a wrong check digit, a swap of two digits, other lengths and letters', () => {
    expect(isValidEan13('9782070368229')).toBe(false);
    expect(isValidEan13('9782070363828')).toBe(false);
    expect(isValidEan13('978207036822')).toBe(false);
    expect(isValidEan13('97820703682280')).toBe(false);
    expect(isValidEan13('978207036822X')).toBe(false);
    expect(isValidEan13('')).toBe(false);
  });

  it('drops the spaces and hyphens of printed barcodes', () => {
    expect(normalizeEan(' 978-2-07-036822-8 ')).toBe('9782070368228');
    expect(normalizeEan('  ')).toBeNull();
  });
});
