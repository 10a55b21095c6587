import { describe, expect, it } from 'vitest';
import { describeWallet, policyLabel, type Wallet } from './wallet';

// Intl fr-FR puts U+00A0 before the € sign.
const nbsp = '\u00a0';

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
      expiresOn: '1er mars 2027',
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
