import { describe, expect, it } from 'vitest';
import {
  TOKEN_ALPHABET,
  generateToken,
  normalizeToken,
  qrCodePayload,
} from '../../src/modules/booking/token.js';

describe('booking tokens', () => {
  it('use 30 unambiguous symbols', () => {
    expect(TOKEN_ALPHABET).toHaveLength(30);
    expect(new Set(TOKEN_ALPHABET).size).toBe(30);
    for (const ambiguous of ['I', 'O', '0', '1', '8', '9'])
      expect(TOKEN_ALPHABET).not.toContain(ambiguous);
  });

  it('are 6 symbols of the alphabet, spread over all of it', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const token = generateToken();
      expect(token).toMatch(/^[A-HJ-NP-Z2-7]{6}$/);
      for (const c of token) seen.add(c);
    }
    expect(seen.size).toBe(30);
  });

  it('draw each symbol from the RNG given', () => {
    expect(generateToken(() => 0)).toBe('AAAAAA');
    expect(generateToken(() => 29)).toBe('777777');
  });

  it('read typed or scanned input, whatever its case', () => {
    expect(normalizeToken(' abc234 ')).toBe('ABC234');
    expect(normalizeToken('PASSCULTURE:v3;TOKEN:XYZ765')).toBe('XYZ765');
    expect(normalizeToken('ABCDE')).toBeNull();
    expect(normalizeToken('ABCDEI')).toBeNull();
    expect(normalizeToken("' OR 1=1")).toBeNull();
  });

  it('make the QR payload', () => {
    expect(qrCodePayload('ABC234')).toBe('PASSCULTURE:v3;TOKEN:ABC234');
  });
});
