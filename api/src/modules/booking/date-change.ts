import type { SqlClient } from '../../db/sql.js';
import { enqueueBookingsDateChanged } from '../notification/outbox.queries.js';
import { setLiveBookingsCancellationLimit } from './booking.queries.js';
import { cancellationLimitAfterDateChange } from './booking.rules.js';

/**
 * An event's date moved (the stock already carries the new one): every live booking's
 * cancellation limit becomes min(new start, change + 48 h), and each young person gets an
 * email with the date before and after and until when they may cancel. Used and cancelled
 * bookings keep theirs. Run it inside the transaction that moves the date.
 */
export async function resetLimitsAfterDateChange(
  tx: SqlClient,
  change: { stockId: number; previousBeginsAt: Date | null; newBeginsAt: Date; changedAt: Date },
): Promise<number[]> {
  const limitAt = cancellationLimitAfterDateChange(change.newBeginsAt, change.changedAt);
  const ids = await setLiveBookingsCancellationLimit(tx, change.stockId, limitAt);
  await enqueueBookingsDateChanged(tx, ids, change.previousBeginsAt);
  return ids;
}
