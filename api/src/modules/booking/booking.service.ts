import { AppError, ErrorCode } from '../../graphql/errors.js';
import { findSubcategory } from '../catalog/categories.js';
import type { Viewer } from '../identity/identity.service.js';
import { hashSessionToken } from '../identity/session-token.js';
import type { SqlClient, Database } from '../../db/sql.js';
import { Role } from '../identity/roles.js';
import type { BookingRow } from './booking.rows.js';
import { toDate } from '../../shared/sql.js';
import {
  beneficiaryMayCancel,
  bookingRefusal,
  cancellationLimitAt,
  finalStatusRefusal,
  hasLiveDeposit,
} from './booking.rules.js';
import {
  bookingById,
  bookingsOfUser,
  idempotentBookingId,
  insertBooking,
  lockBookingToCancel,
  lockSessionUser,
  lockStockForBooking,
  markBookingCancelled,
} from './booking.queries.js';
import { generateToken } from './token.js';
import {
  enqueueBookingConfirmed,
  enqueueBookingsCancelled,
} from '../notification/outbox.queries.js';

export interface BookOfferRequest {
  stockId: number;
  quantity: number;
  idempotencyKey: string | null;
}

/** Constraint names the database may raise, and what they mean to the person booking. */
const CONSTRAINT_ERRORS: Record<string, ErrorCode> = {
  stock_booked_within_quantity: ErrorCode.SOLD_OUT,
  deposit_not_overspent: ErrorCode.INSUFFICIENT_CREDIT,
  deposit_digital_cap_respected: ErrorCode.DIGITAL_CAP_REACHED,
  deposit_physical_cap_respected: ErrorCode.PHYSICAL_CAP_REACHED,
  booking_one_active_per_user_offer: ErrorCode.ALREADY_BOOKED,
  booking_paid_from_own_deposit: ErrorCode.NO_ACTIVE_DEPOSIT,
};

const TOKEN_ATTEMPTS = 8;

export class BookingService {
  constructor(private readonly db: Database) {}

  /**
   * Books places on a stock in one transaction that locks the user (their wallet)
   * then the stock, checks every rule, and inserts the booking; the database's
   * ledger trigger moves the booked quantity and the deposit's sums.
   * Five statements between BEGIN and COMMIT (the last writes its emails to the outbox):
   * the hot path of the whole product.
   */
  async bookOffer(
    sessionToken: string,
    request: BookOfferRequest,
    now = new Date(),
  ): Promise<BookingRow> {
    try {
      return await this.db.transaction((tx) =>
        this.bookInTransaction(tx, sessionToken, request, now),
      );
    } catch (error) {
      const constraint = constraintOf(error);
      if (constraint === 'booking_user_id_idempotency_key_unique' && request.idempotencyKey) {
        // A concurrent call with the same key won: answer with its booking.
        const id = await idempotentBookingId(
          this.db,
          hashSessionToken(sessionToken),
          request.idempotencyKey,
        );
        if (id !== null) return this.replay(this.db, id, request);
      }
      const code = constraint ? CONSTRAINT_ERRORS[constraint] : undefined;
      if (code) throw new AppError(code);
      throw error;
    }
  }

  private async bookInTransaction(
    tx: SqlClient,
    sessionToken: string,
    request: BookOfferRequest,
    now: Date,
  ): Promise<BookingRow> {
    const user = await lockSessionUser(
      tx,
      hashSessionToken(sessionToken),
      now,
      request.idempotencyKey,
    );
    if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED);
    if (!user.emailConfirmed) throw new AppError(ErrorCode.EMAIL_NOT_CONFIRMED);
    if (user.previousId !== null) return this.replay(tx, user.previousId, request);

    const stock = await lockStockForBooking(
      tx,
      user.userId,
      request.stockId,
      request.idempotencyKey,
    );
    if (!stock) throw new AppError(ErrorCode.NOT_FOUND, 'Cette offre est introuvable.');
    // The first statement's snapshot predates its wait on the user row: a request with the
    // same key that held the row meanwhile is seen only now, and answers this one too.
    if (stock.previousId !== null) return this.replay(tx, stock.previousId, request);

    const subcategory = findSubcategory(stock.subcategoryId);
    const facts = {
      now,
      quantity: request.quantity,
      isBeneficiary: user.roles.includes(Role.BENEFICIARY),
      deposit: user.depositId === null ? null : { ...user, expiresAt: toDate(user.expiresAt!) },
      offer: { ...stock, capFamily: subcategory?.capFamily ?? null },
      stock: {
        ...stock,
        beginsAt: toDate(stock.beginsAt),
        bookingLimitAt: toDate(stock.bookingLimitAt),
      },
      alreadyBooked: stock.alreadyBooked,
    };
    const refusal = bookingRefusal(facts);
    if (refusal) throw new AppError(refusal);

    const booking = {
      userId: user.userId,
      depositId: hasLiveDeposit(facts) ? user.depositId : null,
      stockId: request.stockId,
      offerId: stock.offerId,
      quantity: request.quantity,
      amountCents: stock.priceCents,
      capFamily: subcategory?.capFamily ?? null,
      bookedAt: now,
      cancellationLimitAt: cancellationLimitAt(now, facts.stock.beginsAt),
      idempotencyKey: request.idempotencyKey,
    };
    for (let attempt = 0; attempt < TOKEN_ATTEMPTS; attempt++) {
      const inserted = await insertBooking(tx, { ...booking, token: generateToken() });
      if (inserted) {
        await enqueueBookingConfirmed(tx, inserted.id);
        return inserted;
      }
    }
    throw new Error(`No free booking token after ${TOKEN_ATTEMPTS} attempts`);
  }

  /** The booking made earlier with the same key: returned if the same request, an error otherwise. */
  private async replay(
    db: SqlClient,
    previousId: number,
    request: BookOfferRequest,
  ): Promise<BookingRow> {
    const previous = await bookingById(db, previousId);
    if (
      !previous ||
      previous.stockId !== request.stockId ||
      previous.quantity !== request.quantity
    ) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        "Cette clé d'idempotence a déjà servi pour une autre réservation.",
      );
    }
    return previous;
  }

  /**
   * Cancels a booking: its beneficiary within the window, a pro of the venue's
   * offerer, or an admin. The ledger trigger gives the place and the credit back.
   */
  async cancelBooking(viewer: Viewer, bookingId: number, now = new Date()): Promise<number> {
    return this.db.transaction(async (tx) => {
      const booking = await lockBookingToCancel(tx, bookingId, viewer.userId);
      if (!booking) throw notFound();
      const reason = cancellationReasonFor(viewer, booking);
      if (!reason) throw notFound();
      const refusal = finalStatusRefusal(booking.status);
      if (refusal) throw new AppError(refusal);
      const limitAt = toDate(booking.cancellationLimitAt);
      if (reason === 'BENEFICIARY' && !beneficiaryMayCancel(limitAt, now)) {
        throw new AppError(ErrorCode.CANCELLATION_WINDOW_CLOSED);
      }
      await markBookingCancelled(tx, booking.id, reason, now);
      // The young person is told when someone else cancelled; they know when they did.
      if (reason !== 'BENEFICIARY') await enqueueBookingsCancelled(tx, [booking.id]);
      return booking.id;
    });
  }

  bookingsOf(userId: number, status: BookingRow['status'] | null): Promise<BookingRow[]> {
    return bookingsOfUser(this.db, userId, status);
  }

  bookingById(id: number): Promise<BookingRow | null> {
    return bookingById(this.db, id);
  }
}

/** How this viewer may cancel this booking, or null when they may not see it. */
export function cancellationReasonFor(
  viewer: Pick<Viewer, 'userId' | 'roles'>,
  booking: { userId: number; viewerIsMember: boolean },
): 'BENEFICIARY' | 'OFFERER' | 'BACKOFFICE' | null {
  if (booking.userId === viewer.userId) return 'BENEFICIARY';
  if (viewer.roles.includes(Role.ADMIN)) return 'BACKOFFICE';
  if (viewer.roles.includes(Role.PRO) && booking.viewerIsMember) return 'OFFERER';
  return null;
}

function notFound(): AppError {
  return new AppError(ErrorCode.NOT_FOUND, 'Cette réservation est introuvable.');
}

/** The constraint a database error names (pg's error, or MikroORM's wrapping it), if any. */
export function constraintOf(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const constraint = (error as Error & { constraint?: string }).constraint;
  if (constraint) return constraint;
  return /constraint "([^"]+)"/.exec(error.message)?.[1];
}
