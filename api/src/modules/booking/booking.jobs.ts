import type { Database, SqlClient } from '../../db/sql.js';
import { SUBCATEGORIES } from '../catalog/categories.js';
import { enqueueBookingsCancelled } from '../notification/outbox.queries.js';
import { inExclusiveTransaction } from '../../jobs/exclusive.js';
import { cancelExpiredBookings, markPastEventBookingsUsed } from './booking.queries.js';

/** Expiry delay of each expirable subcategory: [subcategoryId, days]. */
export const EXPIRY_ROWS = SUBCATEGORIES.filter((s) => s.bookingExpiryDays !== null).map(
  (s) => [s.id, s.bookingExpiryDays!] as const,
);

export interface BookingJobsResult {
  expired: number;
  markedUsed: number;
}

/**
 * Cancels (reason EXPIRED) the unused bookings of expirable things booked more than
 * their delay ago (30 days, 10 for paper books); the ledger trigger returns place and credit,
 * and each young person gets an email (outbox).
 */
export async function expireBookings(tx: SqlClient, now: Date): Promise<number> {
  const ids = await cancelExpiredBookings(tx, EXPIRY_ROWS, now);
  await enqueueBookingsCancelled(tx, ids);
  return ids.length;
}

/** Both jobs in one transaction, run by one api instance at a time; null when another holds the lock. */
export async function runBookingJobs(
  db: Database,
  now = new Date(),
): Promise<BookingJobsResult | null> {
  return inExclusiveTransaction(db, 'passculture:booking-jobs', async (tx) => ({
    expired: await expireBookings(tx, now),
    markedUsed: await markPastEventBookingsUsed(tx, now),
  }));
}
