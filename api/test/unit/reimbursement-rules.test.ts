import { describe, expect, it } from 'vitest';
import {
  reimbursedCents,
  reimbursementLines,
  reimbursementRateBps,
  scaleFor,
} from '../../src/modules/finance/reimbursement.rules.js';

const EUR = 100;

describe('reimbursement scale, band edges', () => {
  it('standard from September 2021: 100 % up to 20,000 €, 95 % to 40,000, 92 % to 150,000, then 90 %', () => {
    const rate = (euros: number) => reimbursementRateBps('STANDARD_2021', euros * EUR);
    expect(rate(20_000)).toBe(10_000);
    expect(reimbursementRateBps('STANDARD_2021', 20_000 * EUR + 1)).toBe(9_500);
    expect(rate(40_000)).toBe(9_500);
    expect(reimbursementRateBps('STANDARD_2021', 40_000 * EUR + 1)).toBe(9_200);
    expect(rate(150_000)).toBe(9_200);
    expect(reimbursementRateBps('STANDARD_2021', 150_000 * EUR + 1)).toBe(9_000);
    expect(rate(10_000_000)).toBe(9_000);
  });

  it('standard 2019: bands at 20k / 40k / 100k with 85 % then 65 %', () => {
    expect(reimbursementRateBps('STANDARD_2019', 20_000 * EUR)).toBe(10_000);
    expect(reimbursementRateBps('STANDARD_2019', 20_000 * EUR + 1)).toBe(9_500);
    expect(reimbursementRateBps('STANDARD_2019', 40_000 * EUR)).toBe(9_500);
    expect(reimbursementRateBps('STANDARD_2019', 40_000 * EUR + 1)).toBe(8_500);
    expect(reimbursementRateBps('STANDARD_2019', 100_000 * EUR)).toBe(8_500);
    expect(reimbursementRateBps('STANDARD_2019', 100_000 * EUR + 1)).toBe(6_500);
  });

  it('books: 100 % up to 20,000 €, 95 % above, however high', () => {
    expect(reimbursementRateBps('BOOK', 20_000 * EUR)).toBe(10_000);
    expect(reimbursementRateBps('BOOK', 20_000 * EUR + 1)).toBe(9_500);
    expect(reimbursementRateBps('BOOK', 500_000 * EUR)).toBe(9_500);
  });

  it('digital offers other than books are not reimbursed', () => {
    expect(reimbursementRateBps('NOT_REIMBURSED', 1)).toBe(0);
  });

  it('picks the 2019 scale before 1 September 2021 (Paris) and the new one from then', () => {
    expect(scaleFor('STANDARD', new Date('2021-08-31T21:59:59Z'))).toBe('STANDARD_2019');
    expect(scaleFor('STANDARD', new Date('2021-08-31T22:00:00Z'))).toBe('STANDARD_2021');
    expect(scaleFor('BOOK', new Date('2019-03-01T00:00:00Z'))).toBe('BOOK');
    expect(scaleFor('NOT_REIMBURSED', new Date())).toBe('NOT_REIMBURSED');
  });

  it('rounds the amount paid half up to the cent', () => {
    expect(reimbursedCents(1_000, 9_500)).toBe(950);
    expect(reimbursedCents(1_001, 9_500)).toBe(951); // 950.95
    expect(reimbursedCents(10, 9_500)).toBe(10); // 9.5 → 10
    expect(reimbursedCents(1_234, 0)).toBe(0);
  });
});

describe('reimbursement lines of a venue', () => {
  const used = (
    id: number,
    euros: number,
    iso: string,
    rule: 'STANDARD' | 'BOOK' | 'NOT_REIMBURSED' = 'STANDARD',
  ) => ({
    id,
    amountCents: euros * EUR,
    usedAt: new Date(iso),
    rule,
  });
  const year = (d: Date) => d.getUTCFullYear();

  it('accumulates revenue in order of use; the booking crossing a band takes its rate whole', () => {
    const lines = reimbursementLines(
      [
        used(2, 5_000, '2026-03-01T10:00:00Z'),
        used(1, 15_000, '2026-02-01T10:00:00Z'),
        used(3, 100, '2026-04-01T10:00:00Z'),
      ],
      year,
    );
    expect(lines.map((l) => [l.booking.id, l.cumulativeCents / EUR, l.rateBps])).toEqual([
      [1, 15_000, 10_000],
      [2, 20_000, 10_000],
      [3, 20_100, 9_500],
    ]);
    expect(lines[2]!.reimbursedCents).toBe(9_500);
  });

  it('starts again at zero each calendar year, and counts books and digital in the revenue', () => {
    const lines = reimbursementLines(
      [
        used(1, 19_000, '2025-06-01T10:00:00Z'),
        used(2, 2_000, '2025-07-01T10:00:00Z', 'NOT_REIMBURSED'),
        used(3, 100, '2025-08-01T10:00:00Z', 'BOOK'),
        used(4, 100, '2026-01-02T10:00:00Z'),
      ],
      year,
    );
    expect(lines.map((l) => [l.scale, l.rateBps, l.reimbursedCents])).toEqual([
      ['STANDARD_2021', 10_000, 1_900_000],
      ['NOT_REIMBURSED', 0, 0],
      ['BOOK', 9_500, 9_500],
      ['STANDARD_2021', 10_000, 10_000],
    ]);
  });
});
