import type { OfferOverviewRow } from './overview.queries.js';

export interface VenueTotals {
  venueId: number;
  venueName: string;
  offers: number;
  bookings: number;
  revenueCents: number;
}

/** Each venue's totals over its offers' rows, in the order the venues first appear. */
export function venueTotals(rows: readonly OfferOverviewRow[]): VenueTotals[] {
  const venues = new Map<number, VenueTotals>();
  for (const row of rows) {
    const total = venues.get(row.venueId) ?? {
      venueId: row.venueId,
      venueName: row.venueName,
      offers: 0,
      bookings: 0,
      revenueCents: 0,
    };
    total.offers += 1;
    total.bookings += row.bookings;
    total.revenueCents += row.revenueCents;
    venues.set(row.venueId, total);
  }
  return [...venues.values()];
}
