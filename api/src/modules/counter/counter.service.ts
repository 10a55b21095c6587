import type { Database, SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { countingFailures, type RateLimiter } from '../../shared/rate-limiter.js';
import type { Viewer } from '../identity/identity.service.js';
import { BOOKING_DATES, type BookingRow } from '../booking/booking.rows.js';
import { withDates } from '../../shared/sql.js';
import { clockName, timeZoneOfDepartment } from '../../shared/time-zones.js';
import { unuseRefusal, useRefusal } from '../booking/booking.rules.js';
import { normalizeToken } from '../booking/token.js';
import { markUnused, markUsed } from '../booking/booking.queries.js';
import { memberBookingByToken, type CounterBooking } from './counter.queries.js';

export interface CounterCaller {
  viewer: Viewer;
  ip: string;
}

/** Failed token look-ups allowed per minute, per user and per IP, so tokens cannot be guessed. */
export const FAILED_LOOKUPS_PER_MINUTE = 10;

/**
 * The counter ("guichet"): a pro finds a booking by its token, marks it used or
 * sets it back. Only bookings of the pro's own validated offerers exist for them.
 */
export class CounterService {
  constructor(
    private readonly db: Database,
    private readonly failedLookups: RateLimiter,
  ) {}

  async bookingByToken(caller: CounterCaller, rawToken: string): Promise<BookingRow> {
    return this.findOwn(this.db, caller, rawToken, false);
  }

  async useBooking(caller: CounterCaller, rawToken: string, now = new Date()): Promise<number> {
    return this.db.transaction(async (tx) => {
      const booking = await this.findOwn(tx, caller, rawToken, true);
      const limitAt = booking.cancellationLimitAt;
      const refusal = useRefusal(booking.status, limitAt, booking.beginsAt !== null, now);
      if (refusal === ErrorCode.TOO_EARLY) {
        throw new AppError(
          refusal,
          `Cette réservation pourra être validée à partir du ${formatLocal(limitAt!, booking.venueDepartmentCode)}, après son délai d'annulation.`,
        );
      }
      if (refusal) throw new AppError(refusal);
      await markUsed(tx, booking.id, now);
      return booking.id;
    });
  }

  async unuseBooking(caller: CounterCaller, rawToken: string): Promise<number> {
    return this.db.transaction(async (tx) => {
      const booking = await this.findOwn(tx, caller, rawToken, true);
      const refusal = unuseRefusal(booking.status);
      if (refusal) throw new AppError(refusal);
      await markUnused(tx, booking.id);
      return booking.id;
    });
  }

  /**
   * The booking of a token, among the caller's offerers' only. Each look-up is counted
   * against the caller's and the address's allowance before it is judged, and given back
   * when it finds a booking: only unknown tokens use the allowance, even in parallel.
   */
  private async findOwn(
    db: SqlClient,
    caller: CounterCaller,
    rawToken: string,
    lock: boolean,
  ): Promise<CounterBooking> {
    return countingFailures(
      [
        [this.failedLookups, `user:${caller.viewer.userId}`],
        [this.failedLookups, `ip:${caller.ip}`],
      ],
      () =>
        new AppError(
          ErrorCode.RATE_LIMITED,
          'Trop de contremarques inconnues : réessayez dans une minute.',
        ),
      (error) => error instanceof AppError && error.code === ErrorCode.NOT_FOUND,
      async () => {
        const token = normalizeToken(rawToken);
        const booking = token
          ? await memberBookingByToken(db, caller.viewer.userId, token, lock)
          : null;
        if (!booking) {
          throw new AppError(
            ErrorCode.NOT_FOUND,
            'Aucune réservation ne correspond à cette contremarque.',
          );
        }
        return withDates(booking, [...BOOKING_DATES, 'beginsAt']);
      },
    );
  }
}

/** « 15 janvier 2027 à 20:00 », on the venue's clock, named when it is not Paris. */
function formatLocal(date: Date, departmentCode: string | null): string {
  const timeZone = timeZoneOfDepartment(departmentCode);
  const clock = clockName(timeZone);
  const text = new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(date);
  return clock ? `${text} (${clock})` : text;
}
