import DataLoader from 'dataloader';
import { timeZoneOfDepartment } from '../../shared/time-zones.js';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { encodeIdCursor } from '../../graphql/cursor.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { Role } from '../identity/roles.js';
import type { StockRow } from '../catalog/catalog.rows.js';
import { toSubcategory } from '../catalog/catalog.mappers.js';
import { findSubcategory } from '../catalog/categories.js';
import { requireProId as requireId } from '../catalog/pro-access.js';
import { ProOfferService, type ProOfferRow } from './pro-offer.service.js';
import {
  OfferDetailsInput,
  OfferDraftInput,
  ProOfferConnection,
  ProOfferType,
  ProStockType,
  StockDeletion,
  StocksInput,
  StockUpdateInput,
} from './pro-offer.types.js';
import { remainingQuantity } from '../catalog/stock.rules.js';

function service(ctx: Context): ProOfferService {
  return new ProOfferService(ctx.db);
}

/** One stocks loader per request: a page of offers costs one query for all their stocks. */
const stockLoaders = new WeakMap<Context, DataLoader<number, StockRow[]>>();

function stocksLoader(ctx: Context): DataLoader<number, StockRow[]> {
  let loader = stockLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids) => service(ctx).stocksOf(ids));
    stockLoaders.set(ctx, loader);
  }
  return loader;
}

export function toProOfferType(row: ProOfferRow): ProOfferType {
  const subcategory = findSubcategory(row.subcategoryId);
  return {
    id: String(row.id),
    name: row.name,
    description: row.description,
    url: row.url,
    isDuo: row.isDuo,
    isActive: row.isActive,
    validation: row.validation,
    subcategory: toSubcategory(row.subcategoryId),
    isEvent: subcategory?.isEvent ?? false,
    isDigital: subcategory?.isDigital ?? false,
    venueId: String(row.venueId),
    venueName: row.venueName,
    venueTimeZone: timeZoneOfDepartment(row.venueDepartmentCode),
    updatedAt: row.updatedAt,
    author: row.author,
    performer: row.performer,
    stageDirector: row.stageDirector,
    ean: row.ean,
    durationMinutes: row.durationMinutes,
    language: row.language,
    ageAdvice: row.ageAdvice,
  };
}

export function toProStockType(row: StockRow): ProStockType {
  return {
    id: String(row.id),
    priceCents: row.priceCents,
    quantity: row.quantity,
    bookedQuantity: row.bookedQuantity,
    remainingQuantity: remainingQuantity(row),
    beginsAt: row.beginsAt,
    bookingLimitAt: row.bookingLimitAt,
  };
}

async function load(ctx: Context, userId: number, offerId: number): Promise<ProOfferType> {
  return toProOfferType(await service(ctx).offer(userId, offerId));
}

@Resolver(() => ProOfferType)
export class ProOfferResolver {
  @Authorized(Role.PRO)
  @Query(() => ProOfferConnection, {
    description: "pro: the pro's offers (drafts included), newest first, of one venue or all",
  })
  async proOffers(
    @Arg('venueId', () => ID, { nullable: true }) venueId: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProOfferConnection> {
    const viewer = await requireViewer(ctx);
    if (first < 1 || first > 100) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Demandez entre 1 et 100 offres à la fois.');
    }
    const { rows, hasNextPage } = await service(ctx).offers(viewer.userId, {
      venueId: venueId ? requireId(venueId, 'venue') : null,
      first,
      after,
    });
    return {
      edges: rows.map((row) => ({ cursor: encodeIdCursor(row.id), node: toProOfferType(row) })),
      pageInfo: {
        hasNextPage,
        endCursor: rows.length ? encodeIdCursor(rows[rows.length - 1]!.id) : null,
      },
    };
  }

  @Authorized(Role.PRO)
  @Query(() => ProOfferType, { description: "pro: one of the pro's offers, whatever its status" })
  async proOffer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProOfferType> {
    const viewer = await requireViewer(ctx);
    return load(ctx, viewer.userId, requireId(id, 'offer'));
  }

  @FieldResolver(() => [ProStockType], { description: 'Live stocks, soonest first' })
  async stocks(@Root() offer: ProOfferType, @Ctx() ctx: Context): Promise<ProStockType[]> {
    return (await stocksLoader(ctx).load(Number(offer.id))).map(toProStockType);
  }

  @Authorized(Role.PRO)
  @Mutation(() => ProOfferType, { description: 'pro, step 1: a draft offer (what and where)' })
  async createOfferDraft(
    @Arg('input', () => OfferDraftInput) input: OfferDraftInput,
    @Ctx() ctx: Context,
  ): Promise<ProOfferType> {
    const viewer = await requireViewer(ctx);
    const id = await service(ctx).createDraft(viewer, {
      ...input,
      venueId: requireId(input.venueId, 'venue'),
    });
    return load(ctx, viewer.userId, id);
  }

  @Authorized(Role.PRO)
  @Mutation(() => ProOfferType, {
    description: 'pro: edits an offer; a published one goes back through moderation',
  })
  async updateOffer(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OfferDetailsInput) input: OfferDetailsInput,
    @Ctx() ctx: Context,
  ): Promise<ProOfferType> {
    const viewer = await requireViewer(ctx);
    const offerId = await service(ctx).updateDetails(viewer, requireId(id, 'offer'), input);
    return load(ctx, viewer.userId, offerId);
  }

  @Authorized(Role.PRO)
  @Mutation(() => ProOfferType, { description: 'pro, last step: submits a draft that has stocks' })
  async publishOffer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ProOfferType> {
    const viewer = await requireViewer(ctx);
    return load(ctx, viewer.userId, await service(ctx).publish(viewer, requireId(id, 'offer')));
  }

  @Authorized(Role.PRO)
  @Mutation(() => ProOfferType, { description: 'pro: deactivates or reactivates an offer' })
  async setOfferActive(
    @Arg('id', () => ID) id: string,
    @Arg('isActive', () => Boolean) isActive: boolean,
    @Ctx() ctx: Context,
  ): Promise<ProOfferType> {
    const viewer = await requireViewer(ctx);
    const offerId = await service(ctx).setActive(viewer, requireId(id, 'offer'), isActive);
    return load(ctx, viewer.userId, offerId);
  }

  @Authorized(Role.PRO)
  @Mutation(() => ProOfferType, { description: 'pro: a draft copy of an offer, without stocks' })
  async duplicateOffer(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<ProOfferType> {
    const viewer = await requireViewer(ctx);
    return load(ctx, viewer.userId, await service(ctx).duplicate(viewer, requireId(id, 'offer')));
  }

  @Authorized(Role.PRO)
  @Mutation(() => ProOfferType, {
    description: 'pro, step 2: a stock for a thing, or one per date for an event (at most 2,500)',
  })
  async addStocks(
    @Arg('offerId', () => ID) offerId: string,
    @Arg('input', () => StocksInput) input: StocksInput,
    @Ctx() ctx: Context,
  ): Promise<ProOfferType> {
    const viewer = await requireViewer(ctx);
    const id = requireId(offerId, 'offer');
    await service(ctx).addStocks(viewer, id, input);
    return load(ctx, viewer.userId, id);
  }

  @Authorized(Role.PRO)
  @Mutation(() => ProOfferType, {
    description: 'pro: price, places (never below booked: QUANTITY_BELOW_BOOKED) or date',
  })
  async updateStock(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => StockUpdateInput) input: StockUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<ProOfferType> {
    const viewer = await requireViewer(ctx);
    const offerId = await service(ctx).updateStock(viewer, requireId(id, 'stock'), input);
    return load(ctx, viewer.userId, offerId);
  }

  @Authorized(Role.PRO)
  @Mutation(() => StockDeletion, {
    description:
      'pro: deletes a stock; with live bookings, STOCK_HAS_BOOKINGS unless confirm, ' +
      'then they are cancelled (reason OFFERER) and the credit returned',
  })
  async deleteStock(
    @Arg('id', () => ID) id: string,
    @Arg('confirm', () => Boolean, { defaultValue: false }) confirm: boolean,
    @Ctx() ctx: Context,
  ): Promise<StockDeletion> {
    const viewer = await requireViewer(ctx);
    const { offerId, cancelledBookings } = await service(ctx).deleteStock(
      viewer,
      requireId(id, 'stock'),
      confirm,
    );
    return { cancelledBookings, offer: await load(ctx, viewer.userId, offerId) };
  }
}
