import { enqueueBookingsCancelled } from '../notification/outbox.js';
import { runSql, type OutboxTx } from '../notification/outbox.sql.js';

export type BulkCancellationReason = 'BENEFICIARY' | 'OFFERER' | 'FRAUD' | 'BACKOFFICE';

/** Which live bookings a bulk cancellation reaches. */
export type BookingSelection =
  { stockIds: readonly number[] } | { offerIds: readonly number[] } | { userId: number };

const SELECTION_SQL = {
  stockIds: 'b.stock_id = any($3::int[])',
  offerIds: 'b.offer_id = any($3::int[])',
  userId: 'b.user_id = $3',
} as const;

/**
 * Cancels every CONFIRMED booking of a selection in one statement (a pro deleting a
 * stock, moderation rejecting an offer, an admin suspending an account, a person deleting
 * theirs). The ledger
 * trigger gives each place and each credit back; used and reimbursed bookings stay.
 * Each young person gets an email (outbox), unless the cancellation is their own. Run it inside the transaction of the change
 * that causes it.
 */
export async function cancelLiveBookings(
  tx: OutboxTx,
  selection: BookingSelection,
  reason: BulkCancellationReason,
  now = new Date(),
): Promise<number[]> {
  const [key, value] = Object.entries(selection)[0] as [keyof typeof SELECTION_SQL, unknown];
  const rows = await runSql<{ id: number }>(
    tx,
    `update booking b
        set status = 'CANCELLED', cancellation_reason = $1, cancelled_at = $2
      where ${SELECTION_SQL[key]} and b.status = 'CONFIRMED'
      returning b.id`,
    [reason, now, value],
  );
  const ids = rows.map((row) => row.id).sort((a, b) => a - b);
  // A person deleting their account is not written to about it (nor kept as a recipient).
  if (reason !== 'BENEFICIARY') await enqueueBookingsCancelled(tx, ids);
  return ids;
}
