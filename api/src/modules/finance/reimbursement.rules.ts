import type { ReimbursementRule } from '../catalog/categories.js';

/**
 * The reimbursement scale of DOMAIN.md: what share of a used booking the State pays
 * the venue, by the venue's cumulative revenue in the calendar year (booking included).
 * Rates are in basis points (10,000 = 100 %) so money stays in integers.
 */

export const FULL_RATE_BPS = 10_000;

interface Band {
  /** Applies while the cumulative revenue, booking included, is at most this (cents). */
  upToCents: number;
  rateBps: number;
}

const EUROS = 100;
const ABOVE = Number.POSITIVE_INFINITY;

/** The 2019 scale: 20k / 40k / 100k bands. */
const STANDARD_2019: readonly Band[] = [
  { upToCents: 20_000 * EUROS, rateBps: 10_000 },
  { upToCents: 40_000 * EUROS, rateBps: 9_500 },
  { upToCents: 100_000 * EUROS, rateBps: 8_500 },
  { upToCents: ABOVE, rateBps: 6_500 },
];

/** The scale from September 2021: 20k / 40k / 150k bands. */
const STANDARD_2021: readonly Band[] = [
  { upToCents: 20_000 * EUROS, rateBps: 10_000 },
  { upToCents: 40_000 * EUROS, rateBps: 9_500 },
  { upToCents: 150_000 * EUROS, rateBps: 9_200 },
  { upToCents: ABOVE, rateBps: 9_000 },
];

const BOOKS: readonly Band[] = [
  { upToCents: 20_000 * EUROS, rateBps: 10_000 },
  { upToCents: ABOVE, rateBps: 9_500 },
];

/** The 2021 scale applies to bookings used from 1 September 2021 (Paris). */
export const STANDARD_2021_FROM = new Date('2021-08-31T22:00:00Z');

export type ScaleName = 'STANDARD_2019' | 'STANDARD_2021' | 'BOOK' | 'NOT_REIMBURSED';

/** Which scale applies to a booking of this rule, used at `usedAt`. */
export function scaleFor(rule: ReimbursementRule, usedAt: Date): ScaleName {
  if (rule === 'NOT_REIMBURSED') return 'NOT_REIMBURSED';
  if (rule === 'BOOK') return 'BOOK';
  return usedAt.getTime() >= STANDARD_2021_FROM.getTime() ? 'STANDARD_2021' : 'STANDARD_2019';
}

const SCALES: Record<Exclude<ScaleName, 'NOT_REIMBURSED'>, readonly Band[]> = {
  STANDARD_2019,
  STANDARD_2021,
  BOOK: BOOKS,
};

/** The rate of a booking whose amount brings the venue's year revenue to `cumulativeCents`. */
export function reimbursementRateBps(scale: ScaleName, cumulativeCents: number): number {
  if (scale === 'NOT_REIMBURSED') return 0;
  const band = SCALES[scale].find((b) => cumulativeCents <= b.upToCents);
  return band!.rateBps;
}

/** The amount paid for a booking at a rate, rounded half up to the cent. */
export function reimbursedCents(amountCents: number, rateBps: number): number {
  return Math.floor((amountCents * rateBps + FULL_RATE_BPS / 2) / FULL_RATE_BPS);
}

export interface UsedBooking {
  id: number;
  /** amount × quantity, in cents. */
  amountCents: number;
  usedAt: Date;
  rule: ReimbursementRule;
}

export interface ReimbursementLine<T extends UsedBooking> {
  booking: T;
  /** The venue's revenue in the calendar year up to and including this booking. */
  cumulativeCents: number;
  scale: ScaleName;
  rateBps: number;
  reimbursedCents: number;
}

/**
 * Applies the scale to a venue's used bookings: revenue accumulates per calendar
 * year (on the Paris calendar), in order of use. Every booking counts towards the
 * revenue, books and digital ones included; the rate depends on its own rule.
 */
export function reimbursementLines<T extends UsedBooking>(
  bookings: readonly T[],
  yearOf: (instant: Date) => number,
): ReimbursementLine<T>[] {
  const sorted = [...bookings].sort(
    (a, b) => a.usedAt.getTime() - b.usedAt.getTime() || a.id - b.id,
  );
  const revenueByYear = new Map<number, number>();
  return sorted.map((booking) => {
    const year = yearOf(booking.usedAt);
    const cumulativeCents = (revenueByYear.get(year) ?? 0) + booking.amountCents;
    revenueByYear.set(year, cumulativeCents);
    const scale = scaleFor(booking.rule, booking.usedAt);
    const rateBps = reimbursementRateBps(scale, cumulativeCents);
    return {
      booking,
      cumulativeCents,
      scale,
      rateBps,
      reimbursedCents: reimbursedCents(booking.amountCents, rateBps),
    };
  });
}
