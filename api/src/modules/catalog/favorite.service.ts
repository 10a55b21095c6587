import type { SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import {
  countFavorites,
  deleteFavorite,
  insertFavorite,
  isOfferVisibleById,
  visibleFavoriteOfferIds,
} from './favorite.queries.js';

/** A person keeps at most this many favorites. */
export const MAX_FAVORITES = 500;

export class FavoriteService {
  constructor(private readonly sql: SqlClient) {}

  /** Adds a visible offer to the user's favorites; adding it twice changes nothing. */
  async add(userId: number, offerId: number): Promise<void> {
    if (!(await isOfferVisibleById(this.sql, offerId))) {
      throw new AppError(ErrorCode.NOT_FOUND, 'Cette offre est introuvable.');
    }
    if ((await countFavorites(this.sql, userId)) >= MAX_FAVORITES) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `Tu as déjà ${MAX_FAVORITES} favoris : retires-en avant d'en ajouter.`,
      );
    }
    await insertFavorite(this.sql, userId, offerId);
  }

  /** Removes the favorite, whether its offer is still visible or not. */
  async remove(userId: number, offerId: number): Promise<void> {
    await deleteFavorite(this.sql, userId, offerId);
  }

  /** The user's favorite offers that young people may still see, last added first. */
  offerIdsOf(userId: number): Promise<number[]> {
    return visibleFavoriteOfferIds(this.sql, userId);
  }
}
