import type { Database, SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AuditAction, recordAudit } from '../audit/audit.service.js';
import { requiredReason } from '../audit/reason.js';
import { cancelLiveBookings } from '../booking/bulk-cancel.js';
import { liftSuspension, lockUserSuspension, suspendUser } from './backoffice.queries.js';

export interface PersonSummary {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  roles: string[];
  departmentCode: string | null;
  activationStatus: string | null;
  suspendedAt: Date | null;
}

export interface PersonDetail extends PersonSummary {
  birthDate: string | null;
  createdAt: Date;
  suspensionReason: string | null;
  activationRejectionReason: string | null;
}

export interface PersonBooking {
  id: number;
  offerId: number;
  offerName: string;
  venueName: string;
  quantity: number;
  amountCents: number;
  status: string;
  cancellationReason: string | null;
  bookedAt: Date;
}

const SUMMARY_COLUMNS = `u.id, u.email, u.first_name, u.last_name, u.roles, u.department_code,
  u.activation_status, u.suspended_at`;

type SummaryRow = {
  id: number;
  email: string;
  first_name: string;
  last_name: string;
  roles: string[];
  department_code: string | null;
  activation_status: string | null;
  suspended_at: Date | null;
};

function toSummary(r: SummaryRow): PersonSummary {
  return {
    id: r.id,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    roles: r.roles,
    departmentCode: r.department_code,
    activationStatus: r.activation_status,
    suspendedAt: r.suspended_at ? new Date(r.suspended_at) : null,
  };
}

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
  // Every word of the text starts a word of the name (prefix search on a GIN index).
  const words = query
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => `${word}:*`)
    .join(' & ');
  const rows = await db.query<SummaryRow>(
    `select ${SUMMARY_COLUMNS}
       from app_user u
      where (u.email like $1
         or ($2 <> '' and to_tsvector('simple', pc_unaccent(lower(u.first_name || ' ' || u.last_name)))
                          @@ to_tsquery('simple', pc_unaccent(lower($2)))))
        -- An API key's account is a key, not a person: it is managed from its offerer.
        and not exists (select 1 from api_key k where k.account_id = u.id)
      order by u.last_name, u.first_name, u.id
      limit $3`,
    [`${escapeLike(query.toLowerCase())}%`, words, Math.min(Math.max(first, 1), 100)],
  );
  return rows.map(toSummary);
}

export async function personDetail(db: SqlClient, userId: number): Promise<PersonDetail | null> {
  const [row] = await db.query<
    SummaryRow & {
      birth_date: string | null;
      created_at: Date;
      suspension_reason: string | null;
      activation_rejection_reason: string | null;
    }
  >(
    `select ${SUMMARY_COLUMNS}, to_char(u.birth_date, 'YYYY-MM-DD') as birth_date, u.created_at,
            u.suspension_reason, u.activation_rejection_reason
       from app_user u where u.id = $1`,
    [userId],
  );
  if (!row) return null;
  return {
    ...toSummary(row),
    birthDate: row.birth_date,
    createdAt: new Date(row.created_at),
    suspensionReason: row.suspension_reason,
    activationRejectionReason: row.activation_rejection_reason,
  };
}

/** A person's latest bookings, newest first. */
export async function personBookings(
  db: SqlClient,
  userId: number,
  first = 100,
): Promise<PersonBooking[]> {
  const rows = await db.query<{
    id: number;
    offer_id: number;
    offer_name: string;
    venue_name: string;
    quantity: number;
    amount_cents: number;
    status: string;
    cancellation_reason: string | null;
    booked_at: Date;
  }>(
    `select b.id, b.offer_id, o.name as offer_name, coalesce(v.public_name, v.name) as venue_name, b.quantity,
            b.amount_cents, b.status, b.cancellation_reason, b.booked_at
       from booking b join offer o on o.id = b.offer_id join venue v on v.id = o.venue_id
      where b.user_id = $1
      order by b.booked_at desc, b.id desc
      limit $2`,
    [userId, first],
  );
  return rows.map((r) => ({
    id: r.id,
    offerId: r.offer_id,
    offerName: r.offer_name,
    venueName: r.venue_name,
    quantity: r.quantity,
    amountCents: r.amount_cents,
    status: r.status,
    cancellationReason: r.cancellation_reason,
    bookedAt: new Date(r.booked_at),
  }));
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
