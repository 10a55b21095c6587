import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { Role } from '../identity/roles.js';
import { loadBooking, toBookingType } from '../booking/booking.resolver.js';
import { BookingType } from '../booking/booking.types.js';
import { CounterService } from './counter.service.js';

async function counter(ctx: Context) {
  const viewer = await requireViewer(ctx);
  return {
    service: new CounterService(ctx.db, ctx.shared.failedCounterLookups),
    caller: { viewer, ip: ctx.ip },
  };
}

@Resolver()
export class CounterResolver {
  @Authorized(Role.PRO)
  @Query(() => BookingType, {
    description: "pro: a booking of one of the pro's offerers, by its token",
  })
  async bookingByToken(
    @Arg('token', () => String) token: string,
    @Ctx() ctx: Context,
  ): Promise<BookingType> {
    const { service, caller } = await counter(ctx);
    return toBookingType(await service.bookingByToken(caller, token));
  }

  @Authorized(Role.PRO)
  @Mutation(() => BookingType, { description: 'pro, at the counter: marks the booking used' })
  async useBooking(
    @Arg('token', () => String) token: string,
    @Ctx() ctx: Context,
  ): Promise<BookingType> {
    const { service, caller } = await counter(ctx);
    return loadBooking(ctx, await service.useBooking(caller, token));
  }

  @Authorized(Role.PRO)
  @Mutation(() => BookingType, {
    description: 'pro, at the counter: sets a used booking back to unused',
  })
  async unuseBooking(
    @Arg('token', () => String) token: string,
    @Ctx() ctx: Context,
  ): Promise<BookingType> {
    const { service, caller } = await counter(ctx);
    return loadBooking(ctx, await service.unuseBooking(caller, token));
  }
}
