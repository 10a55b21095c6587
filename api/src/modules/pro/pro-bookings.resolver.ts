import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { decodeCursor, encodeCursor } from '../../graphql/cursor.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import type { BookingStatus, CancellationReason } from '../booking/booking.entity.js';
import { Role } from '../identity/roles.js';
import {
  proBookingsPage,
  type ProBookingFilter,
  type ProBookingPosition,
  type ProBookingRow,
} from './pro-bookings.queries.js';
import {
  ProBookingConnection,
  ProBookingFilterInput,
  type ProBookingType,
} from './pro-bookings.types.js';
import { requireProId } from '../catalog/pro-access.js';

function toProBookingType({ bookedAtKey: _key, ...row }: ProBookingRow): ProBookingType {
  return {
    ...row,
    id: String(row.id),
    status: row.status as BookingStatus,
    cancellationReason: row.cancellationReason as CancellationReason | null,
    offerId: String(row.offerId),
    venueId: String(row.venueId),
  };
}

/** A filter argument in service terms; ids that are not ours match nothing. */
export function toProBookingFilter(input: ProBookingFilterInput | null): ProBookingFilter {
  return {
    ...input,
    venueId: input?.venueId ? requireProId(input.venueId, 'venue') : null,
    offerId: input?.offerId ? requireProId(input.offerId, 'offer') : null,
  };
}

/** A timestamptz as PostgreSQL prints it, e.g. 2026-11-26 11:54:00.123456+00. */
const DATABASE_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function decodePosition(cursor: string): ProBookingPosition {
  const value = decodeCursor(cursor) as { t?: unknown; id?: unknown } | null;
  const key = typeof value?.t === 'string' ? value.t : '';
  if (!DATABASE_TIMESTAMP.test(key) || !Number.isSafeInteger(value?.id)) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, "Ce curseur de pagination n'est pas valide.");
  }
  return { bookedAtKey: key, id: value!.id as number };
}

@Resolver()
export class ProBookingsResolver {
  @Authorized(Role.PRO)
  @Query(() => ProBookingConnection, {
    description: "pro: bookings of the pro's venues, newest first, filtered",
  })
  async proBookings(
    @Arg('filter', () => ProBookingFilterInput, { nullable: true })
    filter: ProBookingFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProBookingConnection> {
    const viewer = await requireViewer(ctx);
    if (first < 1 || first > 100) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Demandez entre 1 et 100 réservations à la fois.',
      );
    }
    const rows = await proBookingsPage(ctx.db, viewer.userId, toProBookingFilter(filter), {
      after: after ? decodePosition(after) : null,
      limit: first + 1,
    });
    const page = rows.slice(0, first);
    const cursorOf = (row: ProBookingRow) => encodeCursor({ t: row.bookedAtKey, id: row.id });
    return {
      edges: page.map((row) => ({ cursor: cursorOf(row), node: toProBookingType(row) })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.length ? cursorOf(page[page.length - 1]!) : null,
      },
    };
  }
}
