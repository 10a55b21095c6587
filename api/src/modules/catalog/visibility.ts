import type { OfferRow, StockRow } from './catalog.rows.js';

/**
 * "Who may see this offer" and "is this stock bookable now", defined once.
 *
 * Each rule is a list of named conditions; the SQL fragment and the TypeScript
 * predicate are both built from that list, so they cannot drift apart (a property
 * test on a real database checks they agree). Each condition names the reason it
 * fails, so callers can map reasons to their own error codes.
 *
 * SQL aliases are fixed: `o` offer, `f` its offerer, `s` stock.
 */

/** One named condition: its SQL text and the same test on a row. */
export interface Condition<Row, Reason extends string> {
  reason: Reason;
  /** Table the SQL reads, so a query may place it where that table is joined. */
  table: 'offer' | 'offerer' | 'stock';
  /** SQL; `now` is the placeholder (e.g. `$2`) holding the current time, when it needs one. */
  sql: (now: string) => string;
  holds: (row: Row, now: Date) => boolean;
}

export type OfferHiddenReason = 'NOT_APPROVED' | 'INACTIVE' | 'OFFERER_NOT_VALIDATED';

export type OfferVisibilityFacts = Pick<OfferRow, 'validation' | 'isActive' | 'offererValidated'>;

/** An offer young people may see (and book): approved, active, from a validated offerer. */
export const OFFER_VISIBILITY: readonly Condition<OfferVisibilityFacts, OfferHiddenReason>[] = [
  {
    reason: 'NOT_APPROVED',
    table: 'offer',
    sql: () => `o.validation = 'APPROVED'`,
    holds: (o) => o.validation === 'APPROVED',
  },
  { reason: 'INACTIVE', table: 'offer', sql: () => 'o.is_active', holds: (o) => o.isActive },
  {
    reason: 'OFFERER_NOT_VALIDATED',
    table: 'offerer',
    sql: () => `f.status = 'VALIDATED'`,
    holds: (o) => o.offererValidated,
  },
];

export type StockRefusal = 'DELETED' | 'BOOKING_CLOSED' | 'STARTED' | 'SOLD_OUT';

export type StockBookabilityFacts = Pick<
  StockRow,
  'isSoftDeleted' | 'bookingLimitAt' | 'beginsAt' | 'quantity' | 'bookedQuantity'
>;

/** A stock a young person can book now (one place). */
export const STOCK_BOOKABILITY: readonly Condition<StockBookabilityFacts, StockRefusal>[] = [
  {
    reason: 'DELETED',
    table: 'stock',
    sql: () => 'not s.is_soft_deleted',
    holds: (s) => !s.isSoftDeleted,
  },
  {
    reason: 'BOOKING_CLOSED',
    table: 'stock',
    sql: (now) => `(s.booking_limit_at is null or s.booking_limit_at > ${now})`,
    holds: (s, now) => s.bookingLimitAt === null || s.bookingLimitAt.getTime() > now.getTime(),
  },
  {
    reason: 'STARTED',
    table: 'stock',
    sql: (now) => `(s.begins_at is null or s.begins_at > ${now})`,
    holds: (s, now) => s.beginsAt === null || s.beginsAt.getTime() > now.getTime(),
  },
  {
    reason: 'SOLD_OUT',
    table: 'stock',
    sql: () => '(s.quantity is null or s.booked_quantity < s.quantity)',
    holds: (s) => s.quantity === null || s.bookedQuantity < s.quantity,
  },
];

function firstFailure<Row, Reason extends string>(
  conditions: readonly Condition<Row, Reason>[],
  row: Row,
  now: Date,
): Reason | null {
  return conditions.find((c) => !c.holds(row, now))?.reason ?? null;
}

function sqlOf<Row, Reason extends string>(
  conditions: readonly Condition<Row, Reason>[],
  now: string,
  table?: Condition<Row, Reason>['table'],
): string[] {
  return conditions.filter((c) => !table || c.table === table).map((c) => c.sql(now));
}

/** Why young people may not see the offer, or null when they may. */
export function offerHiddenReason(offer: OfferVisibilityFacts): OfferHiddenReason | null {
  return firstFailure(OFFER_VISIBILITY, offer, new Date(0));
}

export function isOfferVisible(offer: OfferVisibilityFacts): boolean {
  return offerHiddenReason(offer) === null;
}

/** SQL conditions (to join with `and`) of a visible offer; `table` keeps those of one table. */
export function offerVisibleConditions(table?: 'offer' | 'offerer'): string[] {
  return sqlOf(OFFER_VISIBILITY, '', table);
}

/** SQL: the offer `o` (joined to its offerer `f`) is visible. */
export function offerVisibleSql(): string {
  return offerVisibleConditions().join(' and ');
}

/** SQL conditions (to join with `and`) of a stock `s` bookable at the time held by `now`. */
export function stockBookableConditions(now: string): string[] {
  return sqlOf(STOCK_BOOKABILITY, now);
}

/** SQL: the stock `s` is bookable at the time held by the placeholder `now`. */
export function stockBookableSql(now: string): string {
  return stockBookableConditions(now).join(' and ');
}

/** Remaining places; null when the stock is unlimited. */
export function remainingQuantity(
  stock: Pick<StockRow, 'quantity' | 'bookedQuantity'>,
): number | null {
  return stock.quantity === null ? null : Math.max(0, stock.quantity - stock.bookedQuantity);
}

/**
 * Why a stock cannot be booked now, or null when it can. With `places` > 1 it is
 * also SOLD_OUT when fewer places than that are left.
 */
export function stockRefusal(
  stock: StockBookabilityFacts,
  now: Date,
  places = 1,
): StockRefusal | null {
  const refusal = firstFailure(STOCK_BOOKABILITY, stock, now);
  if (refusal) return refusal;
  const left = remainingQuantity(stock);
  return left !== null && left < places ? 'SOLD_OUT' : null;
}

export function isStockBookable(stock: StockBookabilityFacts, now: Date): boolean {
  return stockRefusal(stock, now) === null;
}

/** A venue young people may see: its offerer is validated (the offerer condition of offers). */
export function isVenueVisible(venue: { offererValidated: boolean }): boolean {
  const asOffer = {
    validation: 'APPROVED',
    isActive: true,
    offererValidated: venue.offererValidated,
  };
  return OFFER_VISIBILITY.filter((c) => c.table === 'offerer').every((c) =>
    c.holds(asOffer, new Date(0)),
  );
}

/** SQL: the venue `v` (joined to its offerer `f`) is visible. */
export function venueVisibleSql(): string {
  return offerVisibleConditions('offerer').join(' and ');
}
