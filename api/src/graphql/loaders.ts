import DataLoader from 'dataloader';
import type { SqlClient } from '../db/sql.js';
import { withDates } from '../shared/sql.js';
import {
  STOCK_DATES,
  OFFER_COLUMNS,
  OFFER_FROM,
  STOCK_BOOKABLE_SQL,
  STOCK_COLUMNS,
  VENUE_COLUMNS,
  type OfferRow,
  type StockRow,
  type VenueRow,
} from '../modules/catalog/catalog.rows.js';

/**
 * One set of loaders per request: each field that needs related rows asks its
 * loader, and a page of N parents costs one query per relation, not N.
 */
export interface Loaders {
  offer: DataLoader<number, OfferRow | null>;
  venue: DataLoader<number, VenueRow | null>;
  stock: DataLoader<number, StockRow | null>;
  /** Bookable stocks of an offer, soonest first. */
  bookableStocks: DataLoader<number, StockRow[]>;
  /** Whether the signed-in user has favorited the offer. */
  isFavorite: DataLoader<number, boolean>;
}

function byId<T extends { id: number }>(ids: readonly number[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(ids: readonly number[], rows: T[], key: (row: T) => number): T[][] {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return ids.map((id) => map.get(id) ?? []);
}

export function createLoaders(
  db: SqlClient,
  userId: () => Promise<number | null>,
  now = () => new Date(),
): Loaders {
  const sql = <T>(query: string, params: unknown[]) => db.query<T>(query, params);
  return {
    offer: new DataLoader(async (ids) =>
      byId(
        ids,
        await sql<OfferRow>(
          `select ${OFFER_COLUMNS} from ${OFFER_FROM} where o.id = any($1::int[])`,
          [[...ids]],
        ),
      ),
    ),
    venue: new DataLoader(async (ids) =>
      byId(
        ids,
        await sql<VenueRow>(`select ${VENUE_COLUMNS} from venue v where v.id = any($1::int[])`, [
          [...ids],
        ]),
      ),
    ),
    stock: new DataLoader(async (ids) =>
      byId(
        ids,
        (
          await sql<StockRow>(`select ${STOCK_COLUMNS} from stock s where s.id = any($1::int[])`, [
            [...ids],
          ])
        ).map((row) => withDates(row, STOCK_DATES)),
      ),
    ),
    bookableStocks: new DataLoader(async (offerIds) => {
      const at = now();
      const rows = await sql<StockRow>(
        `select ${STOCK_COLUMNS} from stock s
          where s.offer_id = any($1::int[]) and ${STOCK_BOOKABLE_SQL.replaceAll('?', '$2')}
          order by s.begins_at asc nulls first, s.price_cents asc, s.id asc`,
        [[...offerIds], at],
      );
      return groupBy(
        offerIds,
        rows.map((row) => withDates(row, STOCK_DATES)),
        (row) => row.offerId,
      );
    }),
    isFavorite: new DataLoader(async (offerIds) => {
      const viewerId = await userId();
      if (viewerId === null) return offerIds.map(() => false);
      const rows = await sql<{ offer_id: number }>(
        'select offer_id from favorite where user_id = $1 and offer_id = any($2::int[])',
        [viewerId, [...offerIds]],
      );
      const favorites = new Set(rows.map((row) => row.offer_id));
      return offerIds.map((id) => favorites.has(id));
    }),
  };
}
