import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import type { RateLimiter } from '../../shared/rate-limiter.js';
import type { Viewer } from '../identity/identity.service.js';
import { BOOKING_COLUMNS, BOOKING_DATES, type BookingRow } from '../booking/booking.rows.js';
import { withDates } from '../../shared/sql.js';
import { unuseRefusal, useRefusal } from '../booking/booking.rules.js';
import { normalizeToken } from '../booking/token.js';

export interface CounterCaller {
  viewer: Viewer;
  ip: string;
}

/** Failed token look-ups allowed per minute, per user and per IP, so tokens cannot be guessed. */
export const FAILED_LOOKUPS_PER_MINUTE = 10;

type CounterBooking = BookingRow & { beginsAt: Date | null };

/**
 * The counter ("guichet"): a pro finds a booking by its token, marks it used or
 * sets it back. Only bookings of the pro's own validated offerers exist for them.
 */
export class CounterService {
  constructor(
    private readonly em: EntityManager,
    private readonly failedLookups: RateLimiter,
  ) {}

  async bookingByToken(caller: CounterCaller, rawToken: string): Promise<BookingRow> {
    return this.findOwn(this.em, caller, rawToken, false);
  }

  async useBooking(caller: CounterCaller, rawToken: string, now = new Date()): Promise<number> {
    return this.em.transactional(async (em) => {
      const booking = await this.findOwn(em, caller, rawToken, true);
      const limitAt = booking.cancellationLimitAt;
      const refusal = useRefusal(booking.status, limitAt, booking.beginsAt !== null, now);
      if (refusal === ErrorCode.TOO_EARLY) {
        throw new AppError(
          refusal,
          `Cette réservation pourra être validée à partir du ${formatParis(limitAt!)}, après son délai d'annulation.`,
        );
      }
      if (refusal) throw new AppError(refusal);
      await em.execute(`update booking set status = 'USED', used_at = ? where id = ?`, [
        now,
        booking.id,
      ]);
      return booking.id;
    });
  }

  async unuseBooking(caller: CounterCaller, rawToken: string): Promise<number> {
    return this.em.transactional(async (em) => {
      const booking = await this.findOwn(em, caller, rawToken, true);
      const refusal = unuseRefusal(booking.status);
      if (refusal) throw new AppError(refusal);
      await em.execute(`update booking set status = 'CONFIRMED', used_at = null where id = ?`, [
        booking.id,
      ]);
      return booking.id;
    });
  }

  private async findOwn(
    em: EntityManager,
    caller: CounterCaller,
    rawToken: string,
    lock: boolean,
  ): Promise<CounterBooking> {
    const keys = [`user:${caller.viewer.userId}`, `ip:${caller.ip}`];
    const limited = await Promise.all(keys.map((key) => this.failedLookups.isLimited(key)));
    if (limited.some(Boolean)) {
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        'Trop de contremarques inconnues : réessaie dans une minute.',
      );
    }
    const token = normalizeToken(rawToken);
    const [booking] = token
      ? await em.execute<CounterBooking[]>(
          `select ${BOOKING_COLUMNS}, s.begins_at as "beginsAt"
             from booking b
             join stock s on s.id = b.stock_id
             join offer o on o.id = b.offer_id
             join venue v on v.id = o.venue_id
             join offerer_membership m on m.offerer_id = v.offerer_id and m.user_id = ? and m.status = 'VALIDATED'
            where b.token = ?
            ${lock ? 'for update of b' : ''}`,
          [caller.viewer.userId, token],
        )
      : [];
    if (!booking) {
      await Promise.all(keys.map((key) => this.failedLookups.record(key)));
      throw new AppError(
        ErrorCode.NOT_FOUND,
        'Aucune réservation ne correspond à cette contremarque.',
      );
    }
    return withDates(booking, [...BOOKING_DATES, 'beginsAt']);
  }
}

function formatParis(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(date);
}
