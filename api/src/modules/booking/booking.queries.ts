import type { SqlClient } from '../../db/sql.js';
import { withDates } from '../../shared/sql.js';
import type { StockRow } from '../catalog/catalog.rows.js';
import type { Role } from '../identity/roles.js';
import { BOOKING_COLUMNS, BOOKING_DATES, type BookingRow } from './booking.rows.js';
import type { DepositState } from './booking.rules.js';

/** The SQL of the booking module: the booking transaction's statements, reads, cancellations, jobs. */

export type LockedUser = {
  userId: number;
  roles: Role[];
  emailConfirmed: boolean;
  depositId: number | null;
  previousId: number | null;
} & {
  [K in keyof DepositState]: K extends 'expiresAt' ? Date | string | null : DepositState[K];
};

/** The stock row locked for a booking, with what the rules need of its offer. */
export interface LockedStock extends Omit<StockRow, 'id'> {
  alreadyBooked: boolean;
  /** The booking this person already made with the request's idempotency key, if any. */
  previousId: number | null;
  validation: string;
  isActive: boolean;
  isDuo: boolean;
  subcategoryId: string;
  offererValidated: boolean;
}

/**
 * Authenticates the session and locks its user in one statement: the user row is the
 * wallet's lock (one booking at a time per person), and one round trip less per booking.
 * With the person's current deposit and the booking already made under `idempotencyKey`.
 */
export async function lockSessionUser(
  tx: SqlClient,
  tokenHash: string,
  now: Date,
  idempotencyKey: string | null,
): Promise<LockedUser | null> {
  const [user] = await tx.query<LockedUser>(
    `select u.id as "userId", u.roles, u.email_confirmed_at is not null as "emailConfirmed",
            d.id as "depositId", d.amount_cents as "amountCents",
            d.digital_cap_cents as "digitalCapCents", d.physical_cap_cents as "physicalCapCents",
            d.spent_cents as "spentCents", d.digital_spent_cents as "digitalSpentCents",
            d.physical_spent_cents as "physicalSpentCents", d.expires_at as "expiresAt",
            (select b.id from booking b where b.user_id = u.id and b.idempotency_key = $3) as "previousId"
       from session s
       join app_user u on u.id = s.user_id
       left join lateral (
         select * from deposit where user_id = u.id order by created_at desc, id desc limit 1
       ) d on true
      where s.token_hash = $1 and s.revoked_at is null and s.expires_at > $2
        and u.suspended_at is null
        for update of u`,
    [tokenHash, now, idempotencyKey],
  );
  return user ?? null;
}

/**
 * Locks the stock, with its offer's facts, whether the person already booked the offer, and
 * (read afresh, after the wait on the user row) their booking under `idempotencyKey`.
 */
export async function lockStockForBooking(
  tx: SqlClient,
  userId: number,
  stockId: number,
  idempotencyKey: string | null,
): Promise<LockedStock | null> {
  const [stock] = await tx.query<LockedStock>(
    `select s.price_cents as "priceCents", s.quantity, s.booked_quantity as "bookedQuantity",
            s.begins_at as "beginsAt", s.booking_limit_at as "bookingLimitAt", s.is_soft_deleted as "isSoftDeleted",
            o.id as "offerId", o.validation, o.is_active as "isActive", o.is_duo as "isDuo",
            o.subcategory_id as "subcategoryId", (f.status = 'VALIDATED') as "offererValidated",
            exists (select 1 from booking b where b.user_id = $1 and b.offer_id = o.id and b.status <> 'CANCELLED')
              as "alreadyBooked",
            (select b.id from booking b where b.user_id = $1 and b.idempotency_key = $3) as "previousId"
       from stock s
       join offer o on o.id = s.offer_id
       join venue v on v.id = o.venue_id
       join offerer f on f.id = v.offerer_id
      where s.id = $2
        for update of s`,
    [userId, stockId, idempotencyKey],
  );
  return stock ?? null;
}

export interface NewBooking {
  userId: number;
  depositId: number | null;
  stockId: number;
  offerId: number;
  token: string;
  quantity: number;
  amountCents: number;
  capFamily: string | null;
  bookedAt: Date;
  cancellationLimitAt: Date | null;
  idempotencyKey: string | null;
}

/** Inserts a CONFIRMED booking; null when its token is taken (draw another). */
export async function insertBooking(tx: SqlClient, b: NewBooking): Promise<BookingRow | null> {
  const [inserted] = await tx.query<BookingRow>(
    `insert into booking as b (user_id, deposit_id, stock_id, offer_id, token, quantity, amount_cents,
                               cap_family, status, booked_at, cancellation_limit_at, idempotency_key)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 'CONFIRMED', $9, $10, $11)
     on conflict (token) do nothing
     returning ${BOOKING_COLUMNS}`,
    [
      b.userId,
      b.depositId,
      b.stockId,
      b.offerId,
      b.token,
      b.quantity,
      b.amountCents,
      b.capFamily,
      b.bookedAt,
      b.cancellationLimitAt,
      b.idempotencyKey,
    ],
  );
  return inserted ? withDates(inserted, BOOKING_DATES) : null;
}

export async function bookingById(db: SqlClient, id: number): Promise<BookingRow | null> {
  const [row] = await db.query<BookingRow>(
    `select ${BOOKING_COLUMNS} from booking b where b.id = $1`,
    [id],
  );
  return row ? withDates(row, BOOKING_DATES) : null;
}

/** The id of the booking the session's person made under `idempotencyKey`, if any. */
export async function idempotentBookingId(
  db: SqlClient,
  tokenHash: string,
  idempotencyKey: string,
): Promise<number | null> {
  const [row] = await db.query<{ id: number }>(
    `select b.id from booking b join session s on s.user_id = b.user_id
      where s.token_hash = $1 and b.idempotency_key = $2`,
    [tokenHash, idempotencyKey],
  );
  return row?.id ?? null;
}

/** A person's bookings, newest first, of one status or all. */
export async function bookingsOfUser(
  db: SqlClient,
  userId: number,
  status: BookingRow['status'] | null,
): Promise<BookingRow[]> {
  const rows = await db.query<BookingRow>(
    `select ${BOOKING_COLUMNS} from booking b
      where b.user_id = $1 and ($2::text is null or b.status = $2)
      order by b.booked_at desc, b.id desc`,
    [userId, status],
  );
  return rows.map((row) => withDates(row, BOOKING_DATES));
}

export interface BookingToCancel {
  id: number;
  userId: number;
  status: BookingRow['status'];
  cancellationLimitAt: Date | string | null;
  /** Whether `viewerId` is a validated member of the offerer of the booking's venue. */
  viewerIsMember: boolean;
}

/** Locks a booking about to be cancelled, with whether the viewer is a pro of its venue. */
export async function lockBookingToCancel(
  tx: SqlClient,
  bookingId: number,
  viewerId: number,
): Promise<BookingToCancel | null> {
  const [row] = await tx.query<BookingToCancel>(
    `select b.id, b.user_id as "userId", b.status, b.cancellation_limit_at as "cancellationLimitAt",
            exists (select 1 from offerer_membership m
                     where m.offerer_id = v.offerer_id and m.user_id = $2 and m.status = 'VALIDATED')
              as "viewerIsMember"
       from booking b join offer o on o.id = b.offer_id join venue v on v.id = o.venue_id
      where b.id = $1
        for update of b`,
    [bookingId, viewerId],
  );
  return row ?? null;
}

export async function markBookingCancelled(
  tx: SqlClient,
  bookingId: number,
  reason: string,
  at: Date,
): Promise<void> {
  await tx.query(
    `update booking set status = 'CANCELLED', cancelled_at = $1, cancellation_reason = $2 where id = $3`,
    [at, reason, bookingId],
  );
}

/** Which live bookings a bulk cancellation reaches. */
export type BookingSelection =
  { stockIds: readonly number[] } | { offerIds: readonly number[] } | { userId: number };

const SELECTION_SQL = {
  stockIds: 'b.stock_id = any($3::int[])',
  offerIds: 'b.offer_id = any($3::int[])',
  userId: 'b.user_id = $3',
} as const;

/** Cancels the CONFIRMED bookings of a selection in one statement; their ids, ascending. */
export async function cancelConfirmedBookings(
  tx: SqlClient,
  selection: BookingSelection,
  reason: string,
  at: Date,
): Promise<number[]> {
  const [key, value] = Object.entries(selection)[0] as [keyof typeof SELECTION_SQL, unknown];
  const rows = await tx.query<{ id: number }>(
    `update booking b
        set status = 'CANCELLED', cancellation_reason = $1, cancelled_at = $2
      where ${SELECTION_SQL[key]} and b.status = 'CONFIRMED'
      returning b.id`,
    [reason, at, Array.isArray(value) ? [...value] : value],
  );
  return rows.map((row) => row.id).sort((a, b) => a - b);
}

/**
 * Cancels (reason EXPIRED) the unused bookings of expirable things booked more than their
 * delay ago; `expiryRows` are [subcategoryId, days]. Their ids.
 */
export async function cancelExpiredBookings(
  tx: SqlClient,
  expiryRows: ReadonlyArray<readonly [string, number]>,
  now: Date,
): Promise<number[]> {
  const rows = await tx.query<{ id: number }>(
    `update booking b
        set status = 'CANCELLED', cancellation_reason = 'EXPIRED', cancelled_at = $1
       from offer o, unnest($2::text[], $3::int[]) as expiry(subcategory_id, days)
      where o.id = b.offer_id
        and expiry.subcategory_id = o.subcategory_id
        and b.status = 'CONFIRMED'
        and b.booked_at <= $1::timestamptz - make_interval(days => expiry.days)
      returning b.id`,
    [now, expiryRows.map(([id]) => id), expiryRows.map(([, days]) => days)],
  );
  return rows.map((row) => row.id);
}

/** Marks used the confirmed bookings of events that started more than 48 hours ago; how many. */
export async function markPastEventBookingsUsed(tx: SqlClient, now: Date): Promise<number> {
  const rows = await tx.query<{ id: number }>(
    `update booking b
        set status = 'USED', used_at = $1
       from stock s
      where s.id = b.stock_id
        and b.status = 'CONFIRMED'
        and s.begins_at is not null
        and s.begins_at <= $1::timestamptz - interval '48 hours'
      returning b.id`,
    [now],
  );
  return rows.length;
}

/** Sets the cancellation limit of a stock's CONFIRMED bookings; their ids, ascending. */
export async function setLiveBookingsCancellationLimit(
  tx: SqlClient,
  stockId: number,
  limitAt: Date,
): Promise<number[]> {
  const rows = await tx.query<{ id: number }>(
    `update booking set cancellation_limit_at = $2
      where stock_id = $1 and status = 'CONFIRMED'
      returning id`,
    [stockId, limitAt],
  );
  return rows.map((row) => row.id).sort((a, b) => a - b);
}

/** Confirmed (not yet used or cancelled) bookings of a stock. */
export async function countLiveBookingsOfStock(db: SqlClient, stockId: number): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `select count(*)::int as count from booking where stock_id = $1 and status = 'CONFIRMED'`,
    [stockId],
  );
  return row!.count;
}

/** Subcategories of the offers the user booked (cancelled bookings aside), for the home's « Pour changer ». */
export async function bookedSubcategoryIds(db: SqlClient, userId: number): Promise<string[]> {
  const rows = await db.query<{ subcategory_id: string }>(
    `select distinct o.subcategory_id from booking b join offer o on o.id = b.offer_id
      where b.user_id = $1 and b.status <> 'CANCELLED'`,
    [userId],
    { prepare: true },
  );
  return rows.map((r) => r.subcategory_id);
}

/** The counter validated the booking: used now. */
export async function markUsed(tx: SqlClient, bookingId: number, now: Date): Promise<void> {
  await tx.query(`update booking set status = 'USED', used_at = $2 where id = $1`, [
    bookingId,
    now,
  ]);
}

/** The counter took the validation back: confirmed again. */
export async function markUnused(tx: SqlClient, bookingId: number): Promise<void> {
  await tx.query(`update booking set status = 'CONFIRMED', used_at = null where id = $1`, [
    bookingId,
  ]);
}
