import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { OFFER_FROM, OFFER_VISIBLE_SQL } from './catalog.rows.js';

/** A person keeps at most this many favorites. */
export const MAX_FAVORITES = 500;

export class FavoriteService {
  constructor(private readonly sql: SqlClient) {}

  /** Adds a visible offer to the user's favorites; adding it twice changes nothing. */
  async add(userId: number, offerId: number): Promise<void> {
    const [visible] = await this.sql.query(
      `select 1 from ${OFFER_FROM} where o.id = $1 and ${OFFER_VISIBLE_SQL}`,
      [offerId],
    );
    if (!visible) throw new AppError(ErrorCode.NOT_FOUND, 'Cette offre est introuvable.');
    const [row] = await this.sql.query<{ count: number }>(
      'select count(*)::int as count from favorite where user_id = $1',
      [userId],
    );
    if (row!.count >= MAX_FAVORITES) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Tu as déjà ${MAX_FAVORITES} favoris : retires-en avant d'en ajouter.`,
      );
    }
    await this.sql.query(
      'insert into favorite (user_id, offer_id) values ($1, $2) on conflict (user_id, offer_id) do nothing',
      [userId, offerId],
    );
  }

  async remove(userId: number, offerId: number): Promise<void> {
    await this.sql.query('delete from favorite where user_id = $1 and offer_id = $2', [
      userId,
      offerId,
    ]);
  }

  /** The user's favorite offers, last added first, still visible or not (the page says so). */
  async offerIdsOf(userId: number): Promise<number[]> {
    const rows = await this.sql.query<{ offer_id: number }>(
      'select offer_id from favorite where user_id = $1 order by created_at desc, id desc',
      [userId],
    );
    return rows.map((r) => r.offer_id);
  }
}
