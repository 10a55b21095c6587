import type { SqlClient } from '../../db/sql.js';
import { withDates } from '../../shared/sql.js';
import {
  OFFER_COLUMNS,
  OFFER_FROM,
  PUBLIC_VENUE_COLUMNS,
  STOCK_COLUMNS,
  STOCK_DATES,
  type OfferRow,
  type PublicVenueRow,
  type StockRow,
} from './catalog.rows.js';
import { offerVisibleSql, stockBookableSql } from './visibility.js';

/** Offers by id, visible or not (callers apply the visibility rule or own the offer). */
export function offersByIds(sql: SqlClient, ids: readonly number[]): Promise<OfferRow[]> {
  return sql.query<OfferRow>(
    `select ${OFFER_COLUMNS} from ${OFFER_FROM} where o.id = any($1::int[])`,
    [[...ids]],
  );
}

/** Venues by id with their offerer's status (callers apply the visibility rule). */
export function venuesByIds(sql: SqlClient, ids: readonly number[]): Promise<PublicVenueRow[]> {
  return sql.query<PublicVenueRow>(
    `select ${PUBLIC_VENUE_COLUMNS} from venue v join offerer f on f.id = v.offerer_id
      where v.id = any($1::int[])`,
    [[...ids]],
  );
}

export async function stocksByIds(sql: SqlClient, ids: readonly number[]): Promise<StockRow[]> {
  const rows = await sql.query<StockRow>(
    `select ${STOCK_COLUMNS} from stock s where s.id = any($1::int[])`,
    [[...ids]],
  );
  return rows.map((row) => withDates(row, STOCK_DATES));
}

/** Bookable stocks of these offers, soonest first. */
export async function bookableStocksOf(
  sql: SqlClient,
  offerIds: readonly number[],
  now: Date,
): Promise<StockRow[]> {
  const rows = await sql.query<StockRow>(
    `select ${STOCK_COLUMNS} from stock s
      where s.offer_id = any($1::int[]) and ${stockBookableSql('$2')}
      order by s.begins_at asc nulls first, s.price_cents asc, s.id asc`,
    [[...offerIds], now],
  );
  return rows.map((row) => withDates(row, STOCK_DATES));
}

/** Visible offers of a venue with a bookable stock, newest first, before `beforeId`. */
export function visibleOffersOfVenue(
  sql: SqlClient,
  venueId: number,
  beforeId: number | null,
  limit: number,
  now: Date,
): Promise<OfferRow[]> {
  return sql.query<OfferRow>(
    `select ${OFFER_COLUMNS} from ${OFFER_FROM}
      where o.venue_id = $1 and ${offerVisibleSql()} and ($2::int is null or o.id < $2)
        and exists (select 1 from stock s where s.offer_id = o.id and ${stockBookableSql('$3')})
      order by o.id desc
      limit $4`,
    [venueId, beforeId, now, limit],
  );
}
