import type { SqlClient } from '../../db/sql.js';

/** A used (or reimbursed) booking of a venue, with what its reimbursement line shows. */
export interface UsedBookingSqlRow {
  id: number;
  token: string;
  status: string;
  amountCents: number;
  usedAt: Date;
  offerName: string;
  subcategoryId: string;
  beneficiaryName: string;
}

/** The venue's bookings used in [from, to), in the order they were used. */
export function usedBookingsOfVenue(
  db: SqlClient,
  venueId: number,
  from: Date,
  to: Date,
): Promise<UsedBookingSqlRow[]> {
  return db.query<UsedBookingSqlRow>(
    `select b.id, b.token, b.status, b.amount_cents * b.quantity as "amountCents", b.used_at as "usedAt",
            o.name as "offerName", o.subcategory_id as "subcategoryId",
            u.first_name || ' ' || u.last_name as "beneficiaryName"
       from booking b
       join offer o on o.id = b.offer_id
       join app_user u on u.id = b.user_id
      where o.venue_id = $1 and b.status in ('USED', 'REIMBURSED')
        and b.used_at >= $2 and b.used_at < $3
      order by b.used_at, b.id`,
    [venueId, from, to],
  );
}

export async function venueNameOf(db: SqlClient, venueId: number): Promise<string | null> {
  const [venue] = await db.query<{ name: string }>(
    'select coalesce(public_name, name) as name from venue where id = $1',
    [venueId],
  );
  return venue?.name ?? null;
}
