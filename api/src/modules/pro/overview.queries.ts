import type { SqlClient } from '../../db/sql.js';

/** One offer of a pro's offerers, with its bookings, places left and revenue. */
export interface OfferOverviewRow {
  offerId: number;
  offerName: string;
  venueId: number;
  venueName: string;
  validation: string;
  isActive: boolean;
  bookings: number;
  usedBookings: number;
  placesLeft: number | null;
  revenueCents: number;
}

/** The offers of the pro's validated offerers (one venue or all), most booked first (500 at most). */
export function offerOverviewRows(
  db: SqlClient,
  userId: number,
  venueId: number | null,
): Promise<OfferOverviewRow[]> {
  return db.query<OfferOverviewRow>(
    `select o.id as "offerId", o.name as "offerName", v.id as "venueId",
            coalesce(v.public_name, v.name) as "venueName", o.validation, o.is_active as "isActive",
            coalesce(b.bookings, 0)::int as bookings, coalesce(b.used, 0)::int as "usedBookings",
            coalesce(b.revenue, 0)::int as "revenueCents", s.places_left::int as "placesLeft"
       from offer o
       join venue v on v.id = o.venue_id
       left join lateral (
         select count(*) as bookings,
                count(*) filter (where status in ('USED', 'REIMBURSED')) as used,
                sum(amount_cents * quantity) as revenue
           from booking where offer_id = o.id and status <> 'CANCELLED') b on true
       left join lateral (
         select case when bool_or(quantity is null) then null
                     else coalesce(sum(greatest(quantity - booked_quantity, 0)), 0) end as places_left
           from stock where offer_id = o.id and not is_soft_deleted
            and (begins_at is null or begins_at > now())) s on true
      where v.offerer_id in (select offerer_id from offerer_membership
                              where user_id = $1 and status = 'VALIDATED')
        and ($2::int is null or v.id = $2)
      order by coalesce(b.bookings, 0) desc, o.id desc
      limit 500`,
    [userId, venueId],
  );
}
