import { addDays, localDateOf, minDate, PARIS_TIME_ZONE, zonedTime } from '../../shared/time.js';
import type { StockRow } from './catalog.rows.js';

/** Places left; null when the stock is unlimited. */
export function remainingQuantity(
  stock: Pick<StockRow, 'quantity' | 'bookedQuantity'>,
): number | null {
  return stock.quantity === null ? null : Math.max(0, stock.quantity - stock.bookedQuantity);
}

export type StockRefusal = 'DELETED' | 'BOOKING_CLOSED' | 'STARTED' | 'SOLD_OUT';

/** Why a stock cannot be booked now (places asked aside), or null when it can. */
export function stockRefusal(
  stock: Pick<
    StockRow,
    'isSoftDeleted' | 'bookingLimitAt' | 'beginsAt' | 'quantity' | 'bookedQuantity'
  >,
  now: Date,
  places = 1,
): StockRefusal | null {
  if (stock.isSoftDeleted) return 'DELETED';
  if (stock.bookingLimitAt && stock.bookingLimitAt.getTime() <= now.getTime())
    return 'BOOKING_CLOSED';
  if (stock.beginsAt && stock.beginsAt.getTime() <= now.getTime()) return 'STARTED';
  const left = remainingQuantity(stock);
  if (left !== null && left < places) return 'SOLD_OUT';
  return null;
}

/**
 * Default booking limit of an event: 23:59 on the day three days before it, on the
 * venue's wall clock (Paris unless told), never after the start.
 */
export function defaultBookingLimit(beginsAt: Date, timeZone = PARIS_TIME_ZONE): Date {
  const eventDay = localDateOf(beginsAt, timeZone);
  return minDate(zonedTime(addDays(eventDay, -3), 23, 59, timeZone), beginsAt);
}
