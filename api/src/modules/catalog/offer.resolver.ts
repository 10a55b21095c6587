import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { visibleOffersOfVenue } from './catalog.queries.js';
import { isOfferVisible, isVenueVisible } from './visibility.js';
import { toOfferType, toStockType, toSubcategory, toVenueType } from './catalog.mappers.js';
import { OfferConnection, OfferType, StockType, Subcategory, VenueType } from './catalog.types.js';
import { decodeIdCursor, encodeIdCursor } from '../../graphql/cursor.js';
import { parseId } from '../../graphql/ids.js';
import { StaleTolerant } from '../../graphql/read-routing.js';

@Resolver(() => OfferType)
export class OfferResolver {
  @Query(() => OfferType, {
    nullable: true,
    description: 'An offer young people can see; null otherwise',
  })
  @StaleTolerant()
  async offer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OfferType | null> {
    const offerId = parseId(id);
    const row = offerId === null ? null : await ctx.loaders.offer.load(offerId);
    return row && isOfferVisible(row) ? toOfferType(row) : null;
  }

  @FieldResolver(() => Subcategory)
  subcategory(@Root() offer: OfferType): Subcategory {
    return toSubcategory(offer.subcategoryId);
  }

  @FieldResolver(() => VenueType)
  async venue(@Root() offer: OfferType, @Ctx() ctx: Context): Promise<VenueType> {
    const row = await ctx.loaders.venue.load(offer.venueId);
    if (!row) throw new Error(`Venue ${offer.venueId} of offer ${offer.id} is missing`);
    return toVenueType(row);
  }

  @FieldResolver(() => [StockType], { description: 'Bookable stocks, soonest first' })
  async stocks(@Root() offer: OfferType, @Ctx() ctx: Context): Promise<StockType[]> {
    const now = new Date();
    return (await ctx.loaders.bookableStocks.load(Number(offer.id))).map((row) =>
      toStockType(row, now),
    );
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Lowest price among bookable stocks' })
  async minPriceCents(@Root() offer: OfferType, @Ctx() ctx: Context): Promise<number | null> {
    if (offer.knownMinPriceCents !== undefined) return offer.knownMinPriceCents;
    const stocks = await ctx.loaders.bookableStocks.load(Number(offer.id));
    return stocks.length === 0 ? null : Math.min(...stocks.map((s) => s.priceCents));
  }

  @FieldResolver(() => Boolean, { description: 'False when signed out' })
  isFavorite(@Root() offer: OfferType, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.isFavorite.load(Number(offer.id));
  }
}

@Resolver(() => VenueType)
export class VenueResolver {
  @Query(() => VenueType, {
    nullable: true,
    description: 'A venue young people can see; null otherwise',
  })
  @StaleTolerant()
  async venue(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<VenueType | null> {
    const venueId = parseId(id);
    const row = venueId === null ? null : await ctx.loaders.venue.load(venueId);
    return row && isVenueVisible(row) ? toVenueType(row) : null;
  }

  @FieldResolver(() => OfferConnection, {
    description: 'Bookable offers of the venue, newest first',
  })
  async offers(
    @Root() venue: VenueType,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<OfferConnection> {
    if (first < 1 || first > 50) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Le nombre de résultats demandé doit être entre 1 et 50.',
      );
    }
    const afterId = after ? decodeIdCursor(after) : null;
    const now = new Date();
    const rows = await visibleOffersOfVenue(ctx.dbRead, Number(venue.id), afterId, first + 1, now);
    const page = rows.slice(0, first);
    for (const row of page) ctx.loaders.offer.prime(row.id, row);
    return {
      edges: page.map((row) => ({ cursor: encodeIdCursor(row.id), node: toOfferType(row) })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.length ? encodeIdCursor(page[page.length - 1]!.id) : null,
      },
    };
  }
}
