import { describe, expect, it } from 'vitest';
import { computeWallet, type DepositFigures } from '../../src/modules/wallet/wallet.rules.js';

const now = new Date('2026-11-26T10:00:00Z');
const grant2019: DepositFigures = {
  policyCode: 'GRANT_2019',
  amountCents: 50_000,
  digitalCapCents: 20_000,
  physicalCapCents: 20_000,
  expiresAt: new Date('2028-01-01T00:00:00Z'),
};
const nothingSpent = { totalCents: 0, digitalCents: 0, physicalCents: 0 };

describe('computeWallet', () => {
  it('starts full', () => {
    expect(computeWallet(grant2019, nothingSpent, now)).toMatchObject({
      policy: 'GRANT_2019',
      initialCents: 50_000,
      remainingCents: 50_000,
      digitalRemainingCents: 20_000,
      physicalRemainingCents: 20_000,
      isExpired: false,
    });
  });

  it('takes events from the total only, caps from their own sums', () => {
    const wallet = computeWallet(
      grant2019,
      { totalCents: 12_000 + 3_000 + 4_500, digitalCents: 3_000, physicalCents: 4_500 },
      now,
    );
    expect(wallet.remainingCents).toBe(30_500);
    expect(wallet.digitalRemainingCents).toBe(17_000);
    expect(wallet.physicalRemainingCents).toBe(15_500);
  });

  it('never offers more on a cap than the total left', () => {
    const wallet = computeWallet(
      grant2019,
      { totalCents: 45_000, digitalCents: 0, physicalCents: 0 },
      now,
    );
    expect(wallet.remainingCents).toBe(5_000);
    expect(wallet.digitalRemainingCents).toBe(5_000);
    expect(wallet.physicalRemainingCents).toBe(5_000);
  });

  it('has no cap figure when the policy has none', () => {
    const wallet = computeWallet({ ...grant2019, physicalCapCents: null }, nothingSpent, now);
    expect(wallet.physicalRemainingCents).toBeNull();
  });

  it('counts an expired deposit as empty', () => {
    const wallet = computeWallet(
      { ...grant2019, expiresAt: new Date('2026-11-26T09:59:59Z') },
      nothingSpent,
      now,
    );
    expect(wallet).toMatchObject({ remainingCents: 0, digitalRemainingCents: 0, isExpired: true });
  });

  it('never goes below zero', () => {
    const wallet = computeWallet(
      grant2019,
      { totalCents: 60_000, digitalCents: 25_000, physicalCents: 0 },
      now,
    );
    expect(wallet.remainingCents).toBe(0);
    expect(wallet.digitalRemainingCents).toBe(0);
  });
});
