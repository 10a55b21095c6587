import type { SqlClient } from '../../db/sql.js';

/**
 * The SQL of the back office: queues of offerers and memberships, decisions, a person's
 * bookings. (Accounts are written by identity: roles, suspensions, people search.)
 */

export interface PendingOfferer {
  id: number;
  siren: string;
  name: string;
  createdAt: Date;
  venueCount: number;
  /** Emails of the people who asked to join it. */
  memberEmails: string[];
}

export interface PendingMembership {
  id: number;
  userId: number;
  email: string;
  firstName: string;
  lastName: string;
  offererId: number;
  offererName: string;
  offererSiren: string;
  offererStatus: string;
  createdAt: Date;
}

/** New offerers waiting for validation, oldest first. */
export async function pendingOfferers(db: SqlClient): Promise<PendingOfferer[]> {
  const rows = await db.query<{
    id: number;
    siren: string;
    name: string;
    created_at: Date;
    venue_count: number;
    member_emails: string[];
  }>(
    `select o.id, o.siren, o.name, o.created_at,
            (select count(*)::int from venue v where v.offerer_id = o.id and not v.is_virtual) as venue_count,
            coalesce((select array_agg(u.email order by m.id) from offerer_membership m
                        join app_user u on u.id = m.user_id where m.offerer_id = o.id), '{}') as member_emails
       from offerer o
      where o.status = 'NEW'
      order by o.created_at, o.id
      limit 500`,
  );
  return rows.map((r) => ({
    id: r.id,
    siren: r.siren,
    name: r.name,
    createdAt: new Date(r.created_at),
    venueCount: r.venue_count,
    memberEmails: r.member_emails,
  }));
}

/** New memberships waiting for validation, oldest first. */
export async function pendingMemberships(db: SqlClient): Promise<PendingMembership[]> {
  const rows = await db.query<{
    id: number;
    user_id: number;
    email: string;
    first_name: string;
    last_name: string;
    offerer_id: number;
    offerer_name: string;
    siren: string;
    offerer_status: string;
    created_at: Date;
  }>(
    `select m.id, m.user_id, u.email, u.first_name, u.last_name, o.id as offerer_id, o.name as offerer_name,
            o.siren, o.status as offerer_status, m.created_at
       from offerer_membership m
       join app_user u on u.id = m.user_id
       join offerer o on o.id = m.offerer_id
      where m.status = 'NEW'
      order by m.created_at, m.id
      limit 500`,
  );
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    offererId: r.offerer_id,
    offererName: r.offerer_name,
    offererSiren: r.siren,
    offererStatus: r.offerer_status,
    createdAt: new Date(r.created_at),
  }));
}

export interface PersonBookingRow {
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

/** A person's latest bookings, newest first (read for the back office). */
export async function personBookingRows(
  db: SqlClient,
  userId: number,
  first: number,
): Promise<PersonBookingRow[]> {
  return db.query<PersonBookingRow>(
    `select b.id, b.offer_id as "offerId", o.name as "offerName",
            coalesce(v.public_name, v.name) as "venueName", b.quantity,
            b.amount_cents as "amountCents", b.status, b.cancellation_reason as "cancellationReason",
            b.booked_at as "bookedAt"
       from booking b join offer o on o.id = b.offer_id join venue v on v.id = o.venue_id
      where b.user_id = $1
      order by b.booked_at desc, b.id desc
      limit $2`,
    [userId, first],
  );
}
