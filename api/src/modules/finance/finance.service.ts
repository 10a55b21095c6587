import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { toDate } from '../../shared/sql.js';
import { addDays, localDateOf, PARIS_TIME_ZONE, zonedTime } from '../../shared/time.js';
import { findSubcategory } from '../catalog/categories.js';
import { parseLocalDate } from '../catalog/recurrence.js';
import { requireOwnVenue } from '../pro/pro-access.js';
import {
  reimbursementLines,
  type ReimbursementLine,
  type UsedBooking,
} from './reimbursement.rules.js';

export interface UsedBookingRow extends UsedBooking {
  token: string;
  offerName: string;
  beneficiaryName: string;
  status: string;
}

export interface ReimbursementReport {
  venueId: number;
  venueName: string;
  from: string;
  to: string;
  lines: ReimbursementLine<UsedBookingRow>[];
  totalAmountCents: number;
  totalReimbursedCents: number;
}

const MAX_PERIOD_DAYS = 3 * 366;

/**
 * What the State owes a venue for a period: its used bookings, each at the rate its
 * rule and the venue's revenue in that calendar year give. The year's revenue counts
 * from 1 January, so a period starting mid-year gets the rates it would have had.
 */
export async function reimbursementReport(
  em: EntityManager,
  userId: number,
  venueId: number,
  period: { from: string; to: string },
): Promise<ReimbursementReport> {
  await requireOwnVenue(em, userId, venueId);
  const from = parseLocalDate(period.from);
  const to = parseLocalDate(period.to);
  if (!from || !to || period.to < period.from) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Indiquez une période valide : une date de début puis une date de fin.',
    );
  }
  const start = zonedTime(from, 0, 0, PARIS_TIME_ZONE);
  const end = zonedTime(addDays(to, 1), 0, 0, PARIS_TIME_ZONE);
  if (end.getTime() - start.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Choisissez une période de trois ans au plus.');
  }
  const yearStart = zonedTime({ year: from.year, month: 1, day: 1 }, 0, 0, PARIS_TIME_ZONE);
  const rows = await em.execute<
    (Omit<UsedBookingRow, 'rule' | 'usedAt'> & { usedAt: string | Date; subcategoryId: string })[]
  >(
    `select b.id, b.token, b.status, b.amount_cents * b.quantity as "amountCents", b.used_at as "usedAt",
            o.name as "offerName", o.subcategory_id as "subcategoryId",
            u.first_name || ' ' || u.last_name as "beneficiaryName"
       from booking b
       join offer o on o.id = b.offer_id
       join app_user u on u.id = b.user_id
      where o.venue_id = ? and b.status in ('USED', 'REIMBURSED')
        and b.used_at >= ? and b.used_at < ?
      order by b.used_at, b.id`,
    [venueId, yearStart, end],
  );
  const [venue] = await em.execute<{ name: string }[]>(
    'select coalesce(public_name, name) as name from venue where id = ?',
    [venueId],
  );
  const bookings: UsedBookingRow[] = rows.map(({ subcategoryId, ...row }) => ({
    ...row,
    usedAt: toDate(row.usedAt),
    rule: findSubcategory(subcategoryId)?.reimbursementRule ?? 'STANDARD',
  }));
  const lines = reimbursementLines(
    bookings,
    (instant) => localDateOf(instant, PARIS_TIME_ZONE).year,
  ).filter((line) => line.booking.usedAt.getTime() >= start.getTime());
  return {
    venueId,
    venueName: venue!.name,
    from: period.from,
    to: period.to,
    lines,
    totalAmountCents: lines.reduce((sum, l) => sum + l.booking.amountCents, 0),
    totalReimbursedCents: lines.reduce((sum, l) => sum + l.reimbursedCents, 0),
  };
}
