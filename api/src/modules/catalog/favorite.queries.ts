import type { SqlClient } from '../../db/sql.js';
import { OFFER_FROM } from './catalog.rows.js';
import { offerVisibleSql } from './visibility.js';

export async function isOfferVisibleById(sql: SqlClient, offerId: number): Promise<boolean> {
  const rows = await sql.query(
    `select 1 from ${OFFER_FROM} where o.id = $1 and ${offerVisibleSql()}`,
    [offerId],
  );
  return rows.length > 0;
}

export async function countFavorites(sql: SqlClient, userId: number): Promise<number> {
  const [row] = await sql.query<{ count: number }>(
    'select count(*)::int as count from favorite where user_id = $1',
    [userId],
  );
  return row!.count;
}

export async function insertFavorite(
  sql: SqlClient,
  userId: number,
  offerId: number,
): Promise<void> {
  await sql.query(
    'insert into favorite (user_id, offer_id) values ($1, $2) on conflict (user_id, offer_id) do nothing',
    [userId, offerId],
  );
}

export async function deleteFavorite(
  sql: SqlClient,
  userId: number,
  offerId: number,
): Promise<void> {
  await sql.query('delete from favorite where user_id = $1 and offer_id = $2', [userId, offerId]);
}

/** The user's favorites among visible offers, last added first. */
export async function visibleFavoriteOfferIds(sql: SqlClient, userId: number): Promise<number[]> {
  const rows = await sql.query<{ offer_id: number }>(
    `select fav.offer_id from favorite fav
       join offer o on o.id = fav.offer_id
       join venue v on v.id = o.venue_id
       join offerer f on f.id = v.offerer_id
      where fav.user_id = $1 and ${offerVisibleSql()}
      order by fav.created_at desc, fav.id desc`,
    [userId],
  );
  return rows.map((r) => r.offer_id);
}

/** Which of these offers the user has favorited. */
export async function favoritedAmong(
  sql: SqlClient,
  userId: number,
  offerIds: readonly number[],
): Promise<Set<number>> {
  const rows = await sql.query<{ offer_id: number }>(
    'select offer_id from favorite where user_id = $1 and offer_id = any($2::int[])',
    [userId, [...offerIds]],
  );
  return new Set(rows.map((row) => row.offer_id));
}

/** The person's favourites go with their account. */
export async function deleteFavoritesOf(tx: SqlClient, userId: number): Promise<void> {
  await tx.query('delete from favorite where user_id = $1', [userId]);
}
