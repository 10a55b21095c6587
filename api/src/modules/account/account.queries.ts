import type { SqlClient } from '../../db/sql.js';

export async function setPasswordHash(tx: SqlClient, userId: number, hash: string): Promise<void> {
  await tx.query('update app_user set password_hash = $2 where id = $1', [userId, hash]);
}

/** Revokes every open session of the person but the one of this token hash; their number. */
export async function revokeOtherSessions(
  tx: SqlClient,
  userId: number,
  keptTokenHash: string,
  now: Date,
): Promise<number> {
  const revoked = await tx.query(
    `update session set revoked_at = $2
      where user_id = $1 and revoked_at is null and token_hash <> $3 returning id`,
    [userId, now, keptTokenHash],
  );
  return revoked.length;
}

/** Everything the api holds about the person, section by section (right of access). */
export async function personalData(db: SqlClient, userId: number) {
  const [profile] = await db.query(
    `select email, first_name as "firstName", last_name as "lastName", birth_date::text as "birthDate",
            postal_code as "postalCode", department_code as "departmentCode", roles,
            activation_status as "activationStatus", activation_requested_at as "activationRequestedAt",
            created_at as "createdAt"
       from app_user where id = $1`,
    [userId],
  );
  const deposits = await db.query(
    `select policy_code as "policy", amount_cents as "amountCents", spent_cents as "spentCents",
            created_at as "createdAt", expires_at as "expiresAt"
       from deposit where user_id = $1 order by created_at`,
    [userId],
  );
  const bookings = await db.query(
    `select b.token, b.status, b.quantity, b.amount_cents as "amountCents", b.booked_at as "bookedAt",
            b.used_at as "usedAt", b.cancelled_at as "cancelledAt", b.cancellation_reason as "cancellationReason",
            o.name as "offer", v.name as "venue", s.begins_at as "beginsAt"
       from booking b join offer o on o.id = b.offer_id join venue v on v.id = o.venue_id
       join stock s on s.id = b.stock_id
      where b.user_id = $1 order by b.booked_at`,
    [userId],
  );
  const favorites = await db.query(
    `select o.name as "offer", f.created_at as "addedAt"
       from favorite f join offer o on o.id = f.offer_id where f.user_id = $1 order by f.created_at`,
    [userId],
  );
  const sessions = await db.query(
    `select created_at as "createdAt", expires_at as "expiresAt", revoked_at as "revokedAt"
       from session where user_id = $1 order by created_at`,
    [userId],
  );
  const [emailPreferences = null] = await db.query(
    `select non_essential as "nonEssential", daily_booking_summary as "dailyBookingSummary"
       from email_preference where user_id = $1`,
    [userId],
  );
  const emails = await db.query(
    `select kind, status, created_at as "createdAt", sent_at as "sentAt"
       from outbox_message where user_id = $1 order by created_at`,
    [userId],
  );
  return { profile, deposits, bookings, favorites, emailPreferences, emails, sessions };
}

/**
 * Removes what only served the person (sessions, favorites, email preferences, emails
 * to them) and empties their row of who they are; `disabledHash` opens nothing. The row,
 * its deposits and bookings stay, anonymous, for the venues' reimbursements.
 */
export async function eraseAccount(
  tx: SqlClient,
  userId: number,
  disabledHash: string,
  now: Date,
): Promise<void> {
  await tx.query('delete from session where user_id = $1', [userId]);
  await tx.query('delete from favorite where user_id = $1', [userId]);
  await tx.query('delete from email_preference where user_id = $1', [userId]);
  // Emails to the person, sent or waiting, hold their address: gone with it (one being
  // handed to the mail server right now finishes, then the retention job removes it).
  await tx.query(`delete from outbox_message where user_id = $1 and status <> 'SENDING'`, [userId]);
  await tx.query(
    `update app_user
        set email = 'supprime-' || id || '@compte-supprime.invalid', first_name = 'Compte',
            last_name = 'supprimé', birth_date = null, postal_code = null, roles = '{}',
            activation_status = null, activation_requested_at = null,
            password_hash = $2, anonymised_at = $3
      where id = $1`,
    [userId, disabledHash, now],
  );
}
