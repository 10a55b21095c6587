import type { SqlClient } from '../../db/sql.js';
import { enqueueBookingsCancelled } from '../notification/outbox.queries.js';
import { cancelConfirmedBookings, type BookingSelection } from './booking.queries.js';

export type { BookingSelection } from './booking.queries.js';
export type BulkCancellationReason = 'BENEFICIARY' | 'OFFERER' | 'FRAUD' | 'BACKOFFICE';

/**
 * Cancels every CONFIRMED booking of a selection in one statement (a pro deleting a
 * stock, moderation rejecting an offer, an admin suspending an account, a person deleting
 * theirs). The ledger trigger gives each place and each credit back; used and reimbursed
 * bookings stay. Each young person gets an email (outbox), unless the cancellation is their
 * own. Run it inside the transaction of the change that causes it.
 */
export async function cancelLiveBookings(
  tx: SqlClient,
  selection: BookingSelection,
  reason: BulkCancellationReason,
  now = new Date(),
): Promise<number[]> {
  const ids = await cancelConfirmedBookings(tx, selection, reason, now);
  // A person deleting their account is not written to about it (nor kept as a recipient).
  if (reason !== 'BENEFICIARY') await enqueueBookingsCancelled(tx, ids);
  return ids;
}
