import type { SqlClient } from '../../db/sql.js';
import { BOOKING_COLUMNS, type BookingRow } from '../booking/booking.rows.js';

export type CounterBooking = BookingRow & {
  beginsAt: Date | null;
  /** The venue's department (null for a digital venue): the clock of its messages. */
  venueDepartmentCode: string | null;
};

/**
 * The booking of this token when it belongs to an offerer the person is a validated
 * member of; locked for the transaction when `lock`.
 */
export async function memberBookingByToken(
  db: SqlClient,
  userId: number,
  token: string,
  lock: boolean,
): Promise<CounterBooking | null> {
  const [row] = await db.query<CounterBooking>(
    `select ${BOOKING_COLUMNS}, s.begins_at as "beginsAt",
            v.department_code as "venueDepartmentCode"
       from booking b
       join stock s on s.id = b.stock_id
       join offer o on o.id = b.offer_id
       join venue v on v.id = o.venue_id
       join offerer_membership m on m.offerer_id = v.offerer_id and m.user_id = $1 and m.status = 'VALIDATED'
      where b.token = $2
      ${lock ? 'for update of b' : ''}`,
    [userId, token],
  );
  return row ?? null;
}
