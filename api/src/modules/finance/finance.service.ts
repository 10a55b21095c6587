import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { toDate } from '../../shared/sql.js';
import { addDays, localDateOf, PARIS_TIME_ZONE, zonedTime } from '../../shared/time.js';
import { findSubcategory } from '../catalog/categories.js';
import { parseLocalDate } from '../catalog/recurrence.js';
import { requireOwnVenue } from '../catalog/pro-access.queries.js';
import { usedBookingsOfVenue, venueNameOf } from './finance.queries.js';
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
  db: SqlClient,
  userId: number,
  venueId: number,
  period: { from: string; to: string },
): Promise<ReimbursementReport> {
  await requireOwnVenue(db, userId, venueId);
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
  const rows = await usedBookingsOfVenue(db, venueId, yearStart, end);
  const venueName = await venueNameOf(db, venueId);
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
    venueName: venueName!,
    from: period.from,
    to: period.to,
    lines,
    totalAmountCents: lines.reduce((sum, l) => sum + l.booking.amountCents, 0),
    totalReimbursedCents: lines.reduce((sum, l) => sum + l.reimbursedCents, 0),
  };
}
