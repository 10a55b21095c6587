import { addDays, localDateOf, minDate, PARIS_TIME_ZONE, zonedTime } from '../../shared/time.js';

// Bookability is defined once, with its SQL twin, in visibility.ts.
export { remainingQuantity, stockRefusal, type StockRefusal } from './visibility.js';

/**
 * Default booking limit of an event: 23:59 on the day three days before it, on the
 * venue's wall clock (Paris unless told), never after the start.
 */
export function defaultBookingLimit(beginsAt: Date, timeZone = PARIS_TIME_ZONE): Date {
  const eventDay = localDateOf(beginsAt, timeZone);
  return minDate(zonedTime(addDays(eventDay, -3), 23, 59, timeZone), beginsAt);
}
