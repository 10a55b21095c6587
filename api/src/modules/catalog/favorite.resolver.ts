import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { toOfferType } from './catalog.mappers.js';
import { OfferType } from './catalog.types.js';
import { FavoriteService } from './favorite.service.js';
import { parseId } from '../../graphql/ids.js';
import { isOfferVisible } from './visibility.js';

/** The offer if young people may see it; NOT_FOUND (and no offer data) otherwise. */
async function visibleOfferOrNotFound(ctx: Context, offerId: number): Promise<OfferType> {
  const row = await ctx.loaders.offer.load(offerId);
  if (!row || !isOfferVisible(row)) {
    throw new AppError(ErrorCode.NOT_FOUND, 'Cette offre est introuvable.');
  }
  return toOfferType(row);
}

function offerId(id: string): number {
  const parsed = parseId(id);
  if (parsed === null) throw new AppError(ErrorCode.NOT_FOUND, 'Cette offre est introuvable.');
  return parsed;
}

@Resolver()
export class FavoriteResolver {
  @Authorized()
  @Query(() => [OfferType], { description: 'Favorite offers, last added first' })
  async myFavorites(@Ctx() ctx: Context): Promise<OfferType[]> {
    const viewer = await requireViewer(ctx);
    const ids = await new FavoriteService(ctx.db).offerIdsOf(viewer.userId);
    const rows = await ctx.loaders.offer.loadMany(ids);
    // The query kept visible offers only; the rule is applied again on the rows served.
    return rows.flatMap((row) =>
      row && !(row instanceof Error) && isOfferVisible(row) ? [toOfferType(row)] : [],
    );
  }

  @Authorized()
  @Mutation(() => OfferType)
  async addFavorite(@Arg('offerId', () => ID) id: string, @Ctx() ctx: Context): Promise<OfferType> {
    const viewer = await requireViewer(ctx);
    const offer = offerId(id);
    await new FavoriteService(ctx.db).add(viewer.userId, offer);
    ctx.loaders.isFavorite.clear(offer).prime(offer, true);
    return visibleOfferOrNotFound(ctx, offer);
  }

  @Authorized()
  @Mutation(() => OfferType, {
    description:
      'Removes the favorite; NOT_FOUND (once removed) when the offer is no longer visible',
  })
  async removeFavorite(
    @Arg('offerId', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<OfferType> {
    const viewer = await requireViewer(ctx);
    const offer = offerId(id);
    await new FavoriteService(ctx.db).remove(viewer.userId, offer);
    ctx.loaders.isFavorite.clear(offer).prime(offer, false);
    return visibleOfferOrNotFound(ctx, offer);
  }
}
