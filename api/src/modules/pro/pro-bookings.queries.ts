import type { BookingStatusName } from '../booking/booking.rules.js';
import { timeZoneOfDepartmentSql } from '../../shared/time-zones.js';
import type { SqlClient } from '../../db/sql.js';
import { withDates } from '../../shared/sql.js';

/** Which of a pro's bookings to list or export. */
export interface ProBookingFilter {
  venueId?: number | null;
  offerId?: number | null;
  status?: BookingStatusName | null;
  bookedFrom?: Date | null;
  bookedTo?: Date | null;
  eventFrom?: Date | null;
  eventTo?: Date | null;
}

export interface ProBookingRow {
  id: number;
  token: string;
  status: BookingStatusName;
  quantity: number;
  /** Price of one place × quantity. */
  amountCents: number;
  bookedAt: Date;
  usedAt: Date | null;
  cancelledAt: Date | null;
  cancellationReason: string | null;
  beginsAt: Date | null;
  offerId: number;
  offerName: string;
  venueId: number;
  venueName: string;
  /** The venue's clock (IANA zone): its event's date is shown on it. */
  venueTimeZone: string;
  beneficiaryName: string;
  beneficiaryEmail: string;
  /** booked_at as the database prints it, microseconds kept: the keyset cursor. */
  bookedAtKey: string;
}

export const PRO_BOOKING_DATES = ['bookedAt', 'usedAt', 'cancelledAt', 'beginsAt'] as const;

/** Keyset position in the list: newest booked first. */
export interface ProBookingPosition {
  bookedAtKey: string;
  id: number;
}

const PRO_BOOKING_COLUMNS = `b.id, b.token, b.status, b.quantity, b.amount_cents * b.quantity as "amountCents",
  b.booked_at as "bookedAt", b.used_at as "usedAt", b.cancelled_at as "cancelledAt",
  b.cancellation_reason as "cancellationReason", s.begins_at as "beginsAt",
  o.id as "offerId", o.name as "offerName", v.id as "venueId",
  coalesce(v.public_name, v.name) as "venueName",
  ${timeZoneOfDepartmentSql('v.department_code')} as "venueTimeZone",
  u.first_name || ' ' || u.last_name as "beneficiaryName", u.email as "beneficiaryEmail",
  b.booked_at::text as "bookedAtKey"`;

/** Paris wall clock, as the CSV shows it: 04/12/2026 20:30. */
const parisText = (column: string) =>
  `coalesce(to_char(${column} at time zone 'Europe/Paris', 'DD/MM/YYYY HH24:MI'), '')`;

/** The venue's wall clock (Cayenne time for a venue in 973): the event's own time. */
const venueText = (column: string) =>
  `coalesce(to_char(${column} at time zone ${timeZoneOfDepartmentSql('v.department_code')}, 'DD/MM/YYYY HH24:MI'), '')`;

/**
 * The CSV export's cells, in the order of its headers, formatted by the database: the
 * stream then only joins them (formatting dates in JS cost more than the query).
 */
export const PRO_BOOKING_CSV_COLUMNS = `coalesce(v.public_name, v.name), o.name, ${venueText('s.begins_at')},
  u.first_name || ' ' || u.last_name, u.email, ${parisText('b.booked_at')}, ${parisText('b.used_at')},
  b.token, replace(to_char(b.amount_cents * b.quantity / 100.0, 'FM9999990.00'), '.', ','),
  case b.status when 'CONFIRMED' then 'Confirmée' when 'USED' then 'Validée'
                when 'CANCELLED' then 'Annulée' else 'Remboursée' end`;

/**
 * The SQL (pg `$n` placeholders) of a pro's bookings matching a filter, newest first:
 * only bookings of offerers the pro is a validated member of. Shared by the paged list
 * and the streamed CSV export.
 */
export function proBookingsQuery(
  userId: number,
  filter: ProBookingFilter,
  page?: { after: ProBookingPosition | null; limit: number },
  columns = PRO_BOOKING_COLUMNS,
): { text: string; values: unknown[] } {
  const values: unknown[] = [userId];
  const where: string[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  if (filter.venueId) where.push(`v.id = ${param(filter.venueId)}`);
  if (filter.offerId) where.push(`o.id = ${param(filter.offerId)}`);
  if (filter.status) where.push(`b.status = ${param(filter.status)}`);
  if (filter.bookedFrom) where.push(`b.booked_at >= ${param(filter.bookedFrom)}`);
  if (filter.bookedTo) where.push(`b.booked_at < ${param(filter.bookedTo)}`);
  if (filter.eventFrom) where.push(`s.begins_at >= ${param(filter.eventFrom)}`);
  if (filter.eventTo) where.push(`s.begins_at < ${param(filter.eventTo)}`);
  if (page?.after) {
    where.push(
      `(b.booked_at, b.id) < (${param(page.after.bookedAtKey)}::timestamptz, ${param(page.after.id)})`,
    );
  }
  const limit = page ? `limit ${param(page.limit)}` : '';
  return {
    text: `select ${columns}
             from booking b
             join offer o on o.id = b.offer_id
             join venue v on v.id = o.venue_id
             join stock s on s.id = b.stock_id
             join app_user u on u.id = b.user_id
            where v.offerer_id in (select m.offerer_id from offerer_membership m
                                    where m.user_id = $1 and m.status = 'VALIDATED')
              ${where.map((w) => `and ${w}`).join(' ')}
            order by b.booked_at desc, b.id desc
            ${limit}`,
    values,
  };
}

/** One page of a pro's bookings (`limit` rows after `after`), dates as Dates. */
export async function proBookingsPage(
  db: SqlClient,
  userId: number,
  filter: ProBookingFilter,
  page: { after: ProBookingPosition | null; limit: number },
): Promise<ProBookingRow[]> {
  const { text, values } = proBookingsQuery(userId, filter, page);
  return (await db.query<ProBookingRow>(text, values)).map((row) =>
    withDates(row, PRO_BOOKING_DATES),
  );
}
