import { formatDate, formatEuros } from '@passculture/schema/client';
import { describe, expect, it } from 'vitest';
import { describeWallet, policyLabel, type Wallet } from './wallet';

// Intl fr-FR separates thousands with U+202F and puts U+00A0 before the € sign.
const nbsp = '\u00a0';
const narrowNbsp = '\u202f';

describe('formatEuros', () => {
  it('formats integer cents as French euros', () => {
    expect(formatEuros(50000)).toBe(`500${nbsp}€`);
    expect(formatEuros(1250)).toBe(`12,50${nbsp}€`);
    expect(formatEuros(5)).toBe(`0,05${nbsp}€`);
    expect(formatEuros(0)).toBe(`0${nbsp}€`);
    expect(formatEuros(123456789)).toBe(`1${narrowNbsp}234${narrowNbsp}567,89${nbsp}€`);
  });

  it('refuses amounts that are not integer cents', () => {
    expect(() => formatEuros(12.5)).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('writes a long French date in the given time zone', () => {
    expect(formatDate('2027-03-01T10:00:00Z', 'Europe/Paris')).toBe('1 mars 2027');
    // Late evening UTC is already the next day in Paris.
    expect(formatDate('2026-12-31T23:30:00Z', 'Europe/Paris')).toBe('1 janvier 2027');
  });

  it('refuses invalid dates', () => {
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });
});

describe('describeWallet', () => {
  const wallet: Wallet = {
    policy: 'GRANT_2019',
    initialCents: 50000,
    remainingCents: 42050,
    digitalRemainingCents: 20000,
    physicalRemainingCents: null,
    expiresAt: '2027-03-01T10:00:00Z',
  };
  const before = new Date('2026-06-01T00:00:00Z');

  it('formats what the home shows', () => {
    expect(describeWallet(wallet, before, 'Europe/Paris')).toEqual({
      policy: 'Crédit 18 ans (expérimentation 2019)',
      remaining: `420,50${nbsp}€`,
      initial: `500${nbsp}€`,
      digitalRemaining: `200${nbsp}€`,
      physicalRemaining: null,
      expiresOn: '1 mars 2027',
      expired: false,
    });
  });

  it('knows when the credit has expired', () => {
    expect(describeWallet(wallet, new Date('2027-03-01T10:00:00Z')).expired).toBe(true);
  });

  it('shows an unknown policy code as it is', () => {
    expect(policyLabel('GRANT_2031')).toBe('GRANT_2031');
    expect(policyLabel('constructor')).toBe('constructor');
  });
});
