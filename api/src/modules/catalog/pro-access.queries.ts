import type { SqlClient } from '../../db/sql.js';
import type { OffererStatus } from './offerer.entity.js';
import { notFound } from './pro-access.js';

export { notFound } from './pro-access.js';

/**
 * Ownership: a pro reaches only what belongs to offerers they are a validated
 * member of. Anything else is NOT_FOUND, so ids of others cannot be probed.
 * The condition on venue `v`, the user id being the placeholder `userParam`.
 */
export const memberOfVenueSql = (userParam: string) => `exists (select 1 from offerer_membership m
  where m.offerer_id = v.offerer_id and m.user_id = ${userParam} and m.status = 'VALIDATED')`;

export interface OwnedOffer {
  offerId: number;
  venueId: number;
  offererId: number;
  offererStatus: OffererStatus;
  subcategoryId: string;
  validation: string;
  isVirtualVenue: boolean;
  /** The venue's department (null for a digital venue): its clock. */
  venueDepartmentCode: string | null;
}

export interface OwnedStock extends OwnedOffer {
  stockId: number;
  priceCents: number;
  bookedQuantity: number;
  beginsAt: Date | null;
  isSoftDeleted: boolean;
}

export async function requireMembership(
  db: SqlClient,
  userId: number,
  offererId: number,
): Promise<{ status: OffererStatus }> {
  const [row] = await db.query<{ status: OffererStatus }>(
    `select f.status from offerer f
       join offerer_membership m on m.offerer_id = f.id and m.user_id = $1 and m.status = 'VALIDATED'
      where f.id = $2`,
    [userId, offererId],
  );
  if (!row) throw notFound('offerer');
  return row;
}

export async function requireOwnVenue(
  db: SqlClient,
  userId: number,
  venueId: number,
  lock = false,
): Promise<{
  venueId: number;
  offererId: number;
  isVirtual: boolean;
  offererStatus: OffererStatus;
}> {
  const [row] = await db.query<{
    venueId: number;
    offererId: number;
    isVirtual: boolean;
    offererStatus: OffererStatus;
  }>(
    `select v.id as "venueId", v.offerer_id as "offererId", v.is_virtual as "isVirtual",
            f.status as "offererStatus"
       from venue v join offerer f on f.id = v.offerer_id
      where v.id = $1 and ${memberOfVenueSql('$2')}
      ${lock ? 'for no key update of v' : ''}`,
    [venueId, userId],
  );
  if (!row) throw notFound('venue');
  return row;
}

const OWNED_OFFER_COLUMNS = `o.id as "offerId", o.venue_id as "venueId", v.offerer_id as "offererId",
  f.status as "offererStatus", o.subcategory_id as "subcategoryId", o.validation,
  v.is_virtual as "isVirtualVenue", v.department_code as "venueDepartmentCode"`;

/**
 * The offer, locked when asked (changes to its stocks lock it first). NO KEY UPDATE: it
 * serialises the pro's changes without blocking a booking, whose insert takes a KEY SHARE
 * lock on the offer while holding its stock (FOR UPDATE would deadlock with it).
 */
export async function requireOwnOffer(
  db: SqlClient,
  userId: number,
  offerId: number,
  lock = false,
): Promise<OwnedOffer> {
  const [row] = await db.query<OwnedOffer>(
    `select ${OWNED_OFFER_COLUMNS}
       from offer o join venue v on v.id = o.venue_id join offerer f on f.id = v.offerer_id
      where o.id = $1 and ${memberOfVenueSql('$2')}
      ${lock ? 'for no key update of o' : ''}`,
    [offerId, userId],
  );
  if (!row) throw notFound('offer');
  return row;
}

/** A live stock, locked: its offer row is locked first, as every stock change does. */
export async function requireOwnStock(
  db: SqlClient,
  userId: number,
  stockId: number,
): Promise<OwnedStock> {
  const [owner] = await db.query<{ offerId: number }>(
    `select s.offer_id as "offerId" from stock s where s.id = $1 and not s.is_soft_deleted`,
    [stockId],
  );
  if (!owner) throw notFound('stock');
  const offer = await requireOwnOffer(db, userId, owner.offerId, true).catch(() => {
    throw notFound('stock');
  });
  const [stock] = await db.query<{
    priceCents: number;
    bookedQuantity: number;
    beginsAt: Date | string | null;
    isSoftDeleted: boolean;
  }>(
    `select price_cents as "priceCents", booked_quantity as "bookedQuantity", begins_at as "beginsAt", is_soft_deleted as "isSoftDeleted"
       from stock where id = $1 for update`,
    [stockId],
  );
  if (!stock || stock.isSoftDeleted) throw notFound('stock');
  return {
    ...offer,
    stockId,
    priceCents: stock.priceCents,
    bookedQuantity: stock.bookedQuantity,
    beginsAt: stock.beginsAt === null ? null : new Date(stock.beginsAt),
    isSoftDeleted: false,
  };
}
