import type { SqlClient } from '../../db/sql.js';

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
