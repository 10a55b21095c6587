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
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { toOfferType, toStockType } from '../catalog/catalog.mappers.js';
import { OfferType, StockType } from '../catalog/catalog.types.js';
import { parseId } from '../../graphql/ids.js';
import { BookingStatus } from './booking.entity.js';
import type { BookingRow } from './booking.rows.js';
import { BookingService } from './booking.service.js';
import { BookingType } from './booking.types.js';
import { qrCodePayload } from './token.js';

export function toBookingType(row: BookingRow): BookingType {
  return {
    id: String(row.id),
    token: row.token,
    qrCodePayload: qrCodePayload(row.token),
    status: row.status as BookingStatus,
    quantity: row.quantity,
    amountCents: row.amountCents * row.quantity,
    unitPriceCents: row.amountCents,
    bookedAt: row.bookedAt,
    usedAt: row.usedAt,
    cancelledAt: row.cancelledAt,
    cancellationReason: row.cancellationReason as BookingType['cancellationReason'],
    cancellationLimitAt: row.cancellationLimitAt,
    stockId: row.stockId,
    offerId: row.offerId,
  };
}

/** Loads a booking the service just wrote, for the mutation's answer. */
export async function loadBooking(ctx: Context, id: number): Promise<BookingType> {
  const row = await new BookingService(ctx.db).bookingById(id);
  if (!row) throw new Error(`Booking ${id} vanished`);
  return toBookingType(row);
}

const IDEMPOTENCY_KEY = /^[\w-]{8,100}$/;

@Resolver(() => BookingType)
export class BookingResolver {
  @Authorized()
  @Query(() => [BookingType], { description: "The signed-in user's bookings, newest first" })
  async myBookings(
    @Arg('status', () => BookingStatus, { nullable: true }) status: BookingStatus | null,
    @Ctx() ctx: Context,
  ): Promise<BookingType[]> {
    const viewer = await requireViewer(ctx);
    const rows = await new BookingService(ctx.db).bookingsOf(viewer.userId, status ?? null);
    return rows.map(toBookingType);
  }

  // No @Authorized here: the service authenticates the session inside its transaction.
  @Mutation(() => BookingType, {
    description: 'Books places on a stock; the same idempotencyKey returns the first booking',
  })
  async bookOffer(
    @Arg('stockId', () => ID) stockId: string,
    @Arg('quantity', () => Int, { defaultValue: 1 }) quantity: number,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<BookingType> {
    if (!ctx.sessionToken) throw new AppError(ErrorCode.UNAUTHENTICATED);
    const id = parseId(stockId);
    if (id === null) throw new AppError(ErrorCode.NOT_FOUND, 'Cette offre est introuvable.');
    if (idempotencyKey !== null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        "La clé d'idempotence doit faire de 8 à 100 caractères (lettres, chiffres, - et _).",
      );
    }
    const booking = await new BookingService(ctx.db).bookOffer(ctx.sessionToken, {
      stockId: id,
      quantity,
      idempotencyKey,
    });
    return toBookingType(booking);
  }

  @Authorized()
  @Mutation(() => BookingType, {
    description:
      'Cancels a booking: its beneficiary within the window, a pro of the venue, or an admin',
  })
  async cancelBooking(
    @Arg('bookingId', () => ID) bookingId: string,
    @Ctx() ctx: Context,
  ): Promise<BookingType> {
    const viewer = await requireViewer(ctx);
    const id = parseId(bookingId);
    if (id === null) throw new AppError(ErrorCode.NOT_FOUND, 'Cette réservation est introuvable.');
    return loadBooking(ctx, await new BookingService(ctx.db).cancelBooking(viewer, id));
  }

  @FieldResolver(() => StockType)
  async stock(@Root() booking: BookingType, @Ctx() ctx: Context): Promise<StockType> {
    const row = await ctx.loaders.stock.load(booking.stockId);
    if (!row) throw new Error(`Stock ${booking.stockId} is missing`);
    return toStockType(row);
  }

  @FieldResolver(() => OfferType)
  async offer(@Root() booking: BookingType, @Ctx() ctx: Context): Promise<OfferType> {
    const row = await ctx.loaders.offer.load(booking.offerId);
    if (!row) throw new Error(`Offer ${booking.offerId} is missing`);
    return toOfferType(row);
  }
}
