import type { EntityManager } from '@mikro-orm/postgresql';
import { SUBCATEGORIES } from '../catalog/categories.js';
import { enqueueBookingsCancelled } from '../notification/outbox.js';
import { inExclusiveTransaction } from '../../jobs/exclusive.js';

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
export async function expireBookings(em: EntityManager, now: Date): Promise<number> {
  const values = EXPIRY_ROWS.map(() => '(?, ?::int)').join(', ');
  const rows = await em.execute<{ id: number }[]>(
    `update booking b
        set status = 'CANCELLED', cancellation_reason = 'EXPIRED', cancelled_at = ?
       from offer o, (values ${values}) as expiry(subcategory_id, days)
      where o.id = b.offer_id
        and expiry.subcategory_id = o.subcategory_id
        and b.status = 'CONFIRMED'
        and b.booked_at <= ?::timestamptz - make_interval(days => expiry.days)
      returning b.id`,
    [now, ...EXPIRY_ROWS.flat(), now],
  );
  await enqueueBookingsCancelled(
    em,
    rows.map((row) => row.id),
  );
  return rows.length;
}

/** Marks used the confirmed bookings of events that started more than 48 hours ago. */
export async function markEventBookingsUsed(em: EntityManager, now: Date): Promise<number> {
  const rows = await em.execute<{ id: number }[]>(
    `update booking b
        set status = 'USED', used_at = ?
       from stock s
      where s.id = b.stock_id
        and b.status = 'CONFIRMED'
        and s.begins_at is not null
        and s.begins_at <= ?::timestamptz - interval '48 hours'
      returning b.id`,
    [now, now],
  );
  return rows.length;
}

/** Both jobs in one transaction, run by one api instance at a time; null when another holds the lock. */
export async function runBookingJobs(
  em: EntityManager,
  now = new Date(),
): Promise<BookingJobsResult | null> {
  return inExclusiveTransaction(em, 'passculture:booking-jobs', async (tx) => ({
    expired: await expireBookings(tx, now),
    markedUsed: await markEventBookingsUsed(tx, now),
  }));
}
