import DataLoader from 'dataloader';
import type { SqlClient } from '../db/sql.js';
import type { OfferRow, PublicVenueRow, StockRow } from '../modules/catalog/catalog.rows.js';
import {
  bookableStocksOf,
  offersByIds,
  stocksByIds,
  venuesByIds,
} from '../modules/catalog/catalog.queries.js';
import { favoritedAmong } from '../modules/catalog/favorite.queries.js';
import { imagesOfOffers, imagesOfVenues, type ImageRow } from '../modules/media/image.queries.js';

/**
 * One set of loaders per request: each field that needs related rows asks its
 * loader, and a page of N parents costs one query per relation, not N.
 * The offer and venue loaders return rows visible or not: every field serving
 * them to young people applies the rule of catalog/visibility.ts.
 */
export interface Loaders {
  offer: DataLoader<number, OfferRow | null>;
  venue: DataLoader<number, PublicVenueRow | null>;
  stock: DataLoader<number, StockRow | null>;
  /** Bookable stocks of an offer, soonest first. */
  bookableStocks: DataLoader<number, StockRow[]>;
  /** Whether the signed-in user has favorited the offer. */
  isFavorite: DataLoader<number, boolean>;
  /** The image of an offer, of a venue (null when it has none). */
  offerImage: DataLoader<number, ImageRow | null>;
  venueImage: DataLoader<number, ImageRow | null>;
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
  return {
    offer: new DataLoader(async (ids) => byId(ids, await offersByIds(db, ids))),
    venue: new DataLoader(async (ids) => byId(ids, await venuesByIds(db, ids))),
    stock: new DataLoader(async (ids) => byId(ids, await stocksByIds(db, ids))),
    bookableStocks: new DataLoader(async (offerIds) =>
      groupBy(offerIds, await bookableStocksOf(db, offerIds, now()), (row) => row.offerId),
    ),
    isFavorite: new DataLoader(async (offerIds) => {
      const viewerId = await userId();
      if (viewerId === null) return offerIds.map(() => false);
      const favorites = await favoritedAmong(db, viewerId, offerIds);
      return offerIds.map((id) => favorites.has(id));
    }),
    offerImage: new DataLoader(async (offerIds) => {
      const rows = new Map((await imagesOfOffers(db, offerIds)).map((r) => [r.offerId, r]));
      return offerIds.map((id) => rows.get(id) ?? null);
    }),
    venueImage: new DataLoader(async (venueIds) => {
      const rows = new Map((await imagesOfVenues(db, venueIds)).map((r) => [r.venueId, r]));
      return venueIds.map((id) => rows.get(id) ?? null);
    }),
  };
}
