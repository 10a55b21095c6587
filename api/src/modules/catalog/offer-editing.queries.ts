import type { SqlClient } from '../../db/sql.js';
import { withDates } from '../../shared/sql.js';
import {
  CATALOGUE_DETAIL_COLUMNS,
  STOCK_COLUMNS,
  STOCK_DATES,
  type CatalogueDetails,
  type StockRow,
} from './catalog.rows.js';
import type { ValidationStatus } from './offer.entity.js';
import { memberOfVenueSql } from './pro-access.queries.js';

/** An offer as its pro sees it, whatever its status. */
export interface ProOfferRow extends CatalogueDetails {
  id: number;
  venueId: number;
  venueName: string;
  subcategoryId: string;
  name: string;
  description: string | null;
  url: string | null;
  isDuo: boolean;
  isActive: boolean;
  validation: ValidationStatus;
  updatedAt: Date;
  /** The venue's department (null for a digital venue): its clock. */
  venueDepartmentCode: string | null;
}

const PRO_OFFER_COLUMNS = `o.id, o.venue_id as "venueId", coalesce(v.public_name, v.name) as "venueName",
  o.subcategory_id as "subcategoryId", o.name, o.description, o.url, o.is_duo as "isDuo",
  o.is_active as "isActive", o.validation, o.updated_at as "updatedAt",
  v.department_code as "venueDepartmentCode", ${CATALOGUE_DETAIL_COLUMNS}`;

/** The offers of the venues a pro is a validated member of, newest first, `limit` at most. */
export async function proOffersPage(
  db: SqlClient,
  userId: number,
  filter: { venueId: number | null; afterId: number | null; limit: number },
): Promise<ProOfferRow[]> {
  const rows = await db.query<ProOfferRow>(
    `select ${PRO_OFFER_COLUMNS}
       from offer o join venue v on v.id = o.venue_id
      where ${memberOfVenueSql('$1')} and ($2::int is null or o.venue_id = $2)
        and ($3::int is null or o.id < $3)
      order by o.id desc
      limit $4`,
    [userId, filter.venueId, filter.afterId, filter.limit],
  );
  return rows.map((r) => withDates(r, ['updatedAt']));
}

export async function proOfferById(db: SqlClient, offerId: number): Promise<ProOfferRow | null> {
  const [row] = await db.query<ProOfferRow>(
    `select ${PRO_OFFER_COLUMNS} from offer o join venue v on v.id = o.venue_id where o.id = $1`,
    [offerId],
  );
  return row ? withDates(row, ['updatedAt']) : null;
}

/** Live stocks of offers, soonest first (things: newest first), in the order of `offerIds`. */
export async function liveStocksOf(
  db: SqlClient,
  offerIds: readonly number[],
): Promise<StockRow[][]> {
  const rows = await db.query<StockRow>(
    `select ${STOCK_COLUMNS} from stock s
      where s.offer_id = any($1::int[]) and not s.is_soft_deleted
      order by s.begins_at nulls last, s.id`,
    [[...offerIds]],
  );
  return offerIds.map((id) =>
    rows.filter((r) => r.offerId === id).map((r) => withDates(r, STOCK_DATES)),
  );
}

export interface OfferDetailsRow extends CatalogueDetails {
  name: string;
  description: string | null;
  url: string | null;
  isDuo: boolean;
}

const detailValues = (d: OfferDetailsRow) => [
  d.name,
  d.description,
  d.url,
  d.isDuo,
  d.author,
  d.performer,
  d.stageDirector,
  d.ean,
  d.durationMinutes,
  d.language,
  d.ageAdvice,
];

export async function insertDraftOffer(
  db: SqlClient,
  offer: OfferDetailsRow & { venueId: number; subcategoryId: string },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `insert into offer (name, description, url, is_duo, author, performer, stage_director, ean,
                        duration_minutes, language, age_advice, venue_id, subcategory_id, validation)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'DRAFT') returning id`,
    [...detailValues(offer), offer.venueId, offer.subcategoryId],
  );
  return row!.id;
}

export async function updateOfferDetails(
  tx: SqlClient,
  offerId: number,
  details: OfferDetailsRow,
): Promise<void> {
  await tx.query(
    `update offer set name = $1, description = $2, url = $3, is_duo = $4, author = $5, performer = $6,
            stage_director = $7, ean = $8, duration_minutes = $9, language = $10, age_advice = $11,
            updated_at = now()
      where id = $12`,
    [...detailValues(details), offerId],
  );
}

export async function setOfferActive(
  db: SqlClient,
  offerId: number,
  isActive: boolean,
): Promise<void> {
  await db.query('update offer set is_active = $1, updated_at = now() where id = $2', [
    isActive,
    offerId,
  ]);
}

/** A draft copy of an offer (what and where), without its stocks. */
export async function duplicateOfferAsDraft(db: SqlClient, offerId: number): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `insert into offer (venue_id, subcategory_id, name, description, url, is_duo, is_active, validation,
                        author, performer, stage_director, duration_minutes, language, age_advice)
     select venue_id, subcategory_id, name, description, url, is_duo, true, 'DRAFT',
            author, performer, stage_director, duration_minutes, language, age_advice
       from offer where id = $1
     returning id`,
    [offerId],
  );
  return row!.id;
}

export async function countLiveStocks(db: SqlClient, offerId: number): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    'select count(*)::int as count from stock where offer_id = $1 and not is_soft_deleted',
    [offerId],
  );
  return row!.count;
}

/** One stock per begin date (null: a thing), each with its booking limit. */
export async function insertStocks(
  tx: SqlClient,
  offerId: number,
  stock: { priceCents: number; quantity: number | null },
  dates: { beginsAt: Date | null; bookingLimitAt: Date | null }[],
): Promise<void> {
  await tx.query(
    `insert into stock (offer_id, price_cents, quantity, begins_at, booking_limit_at)
     select $1, $2, $3, d.begins_at, d.limit_at
       from unnest($4::timestamptz[], $5::timestamptz[]) as d(begins_at, limit_at)`,
    [
      offerId,
      stock.priceCents,
      stock.quantity,
      dates.map((d) => d.beginsAt?.toISOString() ?? null),
      dates.map((d) => d.bookingLimitAt?.toISOString() ?? null),
    ],
  );
}

export async function updateStock(
  tx: SqlClient,
  stockId: number,
  change: {
    priceCents: number;
    quantity: number | null;
    beginsAt: Date | null;
    bookingLimitAt: Date | null;
  },
): Promise<void> {
  await tx.query(
    `update stock set price_cents = $1, quantity = $2, begins_at = $3, booking_limit_at = $4 where id = $5`,
    [change.priceCents, change.quantity, change.beginsAt, change.bookingLimitAt, stockId],
  );
}

/** Soft: its bookings keep pointing at it. */
export async function softDeleteStock(tx: SqlClient, stockId: number): Promise<void> {
  await tx.query('update stock set is_soft_deleted = true where id = $1', [stockId]);
}

/** What moderation looks at in an offer as it stands: its texts and live prices. */
export interface OfferUnderReview {
  validation: ValidationStatus;
  name: string;
  description: string | null;
  subcategoryId: string;
  pricesCents: number[];
}

export async function offerUnderReview(
  db: SqlClient,
  offerId: number,
): Promise<OfferUnderReview | null> {
  const [row] = await db.query<OfferUnderReview>(
    `select o.validation, o.name, o.description, o.subcategory_id as "subcategoryId",
            coalesce(array_agg(s.price_cents) filter (where s.id is not null), '{}') as "pricesCents"
       from offer o left join stock s on s.offer_id = o.id and not s.is_soft_deleted
      where o.id = $1
      group by o.id`,
    [offerId],
  );
  return row ?? null;
}

export async function setOfferValidation(
  tx: SqlClient,
  offerId: number,
  validation: ValidationStatus | 'APPROVED' | 'PENDING' | 'REJECTED',
  now: Date | null = null,
): Promise<void> {
  await tx.query(
    'update offer set validation = $1, updated_at = coalesce($2, now()) where id = $3',
    [validation, now, offerId],
  );
}

/** The offer's status, its row locked for the rest of the transaction; null when none. */
export async function lockOfferValidation(tx: SqlClient, offerId: number): Promise<string | null> {
  const [row] = await tx.query<{ validation: string }>(
    'select validation from offer where id = $1 for update',
    [offerId],
  );
  return row?.validation ?? null;
}

/** Locks every stock of an offer (waits for the bookings in flight on them). */
export async function lockStocksOfOffer(tx: SqlClient, offerId: number): Promise<void> {
  await tx.query('select id from stock where offer_id = $1 order by id for update', [offerId]);
}
