import type { Database, SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AuditAction, recordAudit } from '../audit/audit.service.js';
import { requiredReason } from '../audit/reason.js';
import { cancelLiveBookings } from '../booking/bulk-cancel.js';
import { liftSuspension, lockUserSuspension, suspendUser } from '../identity/identity.queries.js';
import {
  personDetailRow,
  searchPeopleRows,
  type PersonDetailRow,
  type PersonSummaryRow,
} from '../identity/people.queries.js';
import { personBookingRows, type PersonBookingRow } from './backoffice.queries.js';

export type PersonSummary = PersonSummaryRow;
export type PersonDetail = PersonDetailRow;
export type PersonBooking = PersonBookingRow;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** People whose email starts with the text, or whose name has words starting with its words (case and accents ignored). */
export async function searchPeople(
  db: SqlClient,
  text: string,
  first = 20,
): Promise<PersonSummary[]> {
  const query = text.trim();
  if (query.length < 2) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'Saisissez au moins 2 caractères.', {
      fields: { query: 'Saisissez au moins 2 caractères.' },
    });
  }
  // Every word of the text starts a word of the name.
  const words = query
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => `${word}:*`)
    .join(' & ');
  return searchPeopleRows(
    db,
    `${escapeLike(query.toLowerCase())}%`,
    words,
    Math.min(Math.max(first, 1), 100),
  );
}

export function personDetail(db: SqlClient, userId: number): Promise<PersonDetail | null> {
  return personDetailRow(db, userId);
}

/** A person's latest bookings, newest first. */
export function personBookings(
  db: SqlClient,
  userId: number,
  first = 100,
): Promise<PersonBooking[]> {
  return personBookingRows(db, userId, first);
}

/**
 * Suspends an account: its sessions are revoked, its live bookings cancelled (BACKOFFICE,
 * the credit comes back to the deposit, which is kept) and it can no longer log in.
 */
export async function suspendPerson(
  db: Database,
  adminId: number,
  userId: number,
  reason: string,
  now = new Date(),
): Promise<number[]> {
  const trimmed = requiredReason(reason);
  if (userId === adminId) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Vous ne pouvez pas suspendre votre propre compte.',
    );
  }
  return db.transaction(async (tx) => {
    const user = await lockUserSuspension(tx, userId);
    if (!user) throw new AppError(ErrorCode.NOT_FOUND, 'Ce compte est introuvable.');
    if (user.suspended_at)
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Ce compte est déjà suspendu.');
    await suspendUser(tx, userId, trimmed, now);
    const cancelled = await cancelLiveBookings(tx, { userId }, 'BACKOFFICE', now);
    await recordAudit(tx, {
      adminId,
      action: AuditAction.USER_SUSPENDED,
      targetType: 'USER',
      targetId: userId,
      details: { reason: trimmed, cancelledBookingIds: cancelled },
    });
    return cancelled;
  });
}

/** Lifts a suspension: the person can log in again (cancelled bookings stay cancelled). */
export async function reinstatePerson(
  db: Database,
  adminId: number,
  userId: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await liftSuspension(tx, userId))) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, "Ce compte n'est pas suspendu.");
    }
    await recordAudit(tx, {
      adminId,
      action: AuditAction.USER_REINSTATED,
      targetType: 'USER',
      targetId: userId,
    });
  });
}
