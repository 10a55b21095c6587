import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { findSubcategory } from '../catalog/categories.js';
import type { StockRow } from '../catalog/catalog.rows.js';
import type { Viewer } from '../identity/identity.service.js';
import { hashSessionToken } from '../identity/session-token.js';
import type { SqlClient, Database } from '../../db/sql.js';
import { Role } from '../identity/roles.js';
import { BOOKING_COLUMNS, BOOKING_DATES, type BookingRow } from './booking.rows.js';
import { toDate, withDates } from '../../shared/sql.js';
import {
  beneficiaryMayCancel,
  bookingRefusal,
  cancellationLimitAt,
  finalStatusRefusal,
  hasLiveDeposit,
  type DepositState,
} from './booking.rules.js';
import { generateToken } from './token.js';
import { enqueueBookingConfirmed, enqueueBookingsCancelled } from '../notification/outbox.js';

export interface BookOfferRequest {
  stockId: number;
  quantity: number;
  idempotencyKey: string | null;
}

/** The stock row locked for a booking, with what the rules need of its offer. */
interface LockedStock extends Omit<StockRow, 'id'> {
  alreadyBooked: boolean;
  /** The booking this person already made with the request's idempotency key, if any. */
  previousId: number | null;
  validation: string;
  isActive: boolean;
  isDuo: boolean;
  subcategoryId: string;
  offererValidated: boolean;
}

type LockedUser = {
  userId: number;
  roles: Role[];
  depositId: number | null;
  previousId: number | null;
} & {
  [K in keyof DepositState]: K extends 'expiresAt' ? Date | string | null : DepositState[K];
};

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
  constructor(
    private readonly em: EntityManager,
    /** The booking transaction runs on plain pg: it is the product's hot path. */
    private readonly sql?: Database,
  ) {}

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
    if (!this.sql) throw new Error('BookingService.bookOffer needs the SQL pool');
    const sql = this.sql;
    try {
      return await sql.transaction((tx) => this.bookInTransaction(tx, sessionToken, request, now));
    } catch (error) {
      const constraint = constraintOf(error);
      if (constraint === 'booking_user_id_idempotency_key_unique' && request.idempotencyKey) {
        // A concurrent call with the same key won: answer with its booking.
        const replayed = await this.findIdempotent(sql, sessionToken, request);
        if (replayed) return replayed;
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
    // Authenticates the session and locks its user in one statement: the user row is the
    // wallet's lock (one booking at a time per person), and one round trip less per booking.
    const [user] = await tx.query<LockedUser>(
      `select u.id as "userId", u.roles, d.id as "depositId", d.amount_cents as "amountCents",
              d.digital_cap_cents as "digitalCapCents", d.physical_cap_cents as "physicalCapCents",
              d.spent_cents as "spentCents", d.digital_spent_cents as "digitalSpentCents",
              d.physical_spent_cents as "physicalSpentCents", d.expires_at as "expiresAt",
              (select b.id from booking b where b.user_id = u.id and b.idempotency_key = $3) as "previousId"
         from session s
         join app_user u on u.id = s.user_id
         left join lateral (
           select * from deposit where user_id = u.id order by created_at desc, id desc limit 1
         ) d on true
        where s.token_hash = $1 and s.revoked_at is null and s.expires_at > $2
          and u.suspended_at is null
          for update of u`,
      [hashSessionToken(sessionToken), now, request.idempotencyKey],
    );
    if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED);
    if (user.previousId !== null) return this.replay(tx, user.previousId, request);

    const [stock] = await tx.query<LockedStock>(
      `select s.price_cents as "priceCents", s.quantity, s.booked_quantity as "bookedQuantity",
              s.begins_at as "beginsAt", s.booking_limit_at as "bookingLimitAt", s.is_soft_deleted as "isSoftDeleted",
              o.id as "offerId", o.validation, o.is_active as "isActive", o.is_duo as "isDuo",
              o.subcategory_id as "subcategoryId", (f.status = 'VALIDATED') as "offererValidated",
              exists (select 1 from booking b where b.user_id = $1 and b.offer_id = o.id and b.status <> 'CANCELLED')
                as "alreadyBooked",
              (select b.id from booking b where b.user_id = $1 and b.idempotency_key = $3) as "previousId"
         from stock s
         join offer o on o.id = s.offer_id
         join venue v on v.id = o.venue_id
         join offerer f on f.id = v.offerer_id
        where s.id = $2
          for update of s`,
      [user.userId, request.stockId, request.idempotencyKey],
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

    const depositId = hasLiveDeposit(facts) ? user.depositId : null;
    const limitAt = cancellationLimitAt(now, facts.stock.beginsAt);
    for (let attempt = 0; attempt < TOKEN_ATTEMPTS; attempt++) {
      const [inserted] = await tx.query<BookingRow>(
        `insert into booking as b (user_id, deposit_id, stock_id, offer_id, token, quantity, amount_cents,
                                   cap_family, status, booked_at, cancellation_limit_at, idempotency_key)
         values ($1, $2, $3, $4, $5, $6, $7, $8, 'CONFIRMED', $9, $10, $11)
         on conflict (token) do nothing
         returning ${BOOKING_COLUMNS}`,
        [
          user.userId,
          depositId,
          request.stockId,
          stock.offerId,
          generateToken(),
          request.quantity,
          stock.priceCents,
          subcategory?.capFamily ?? null,
          now,
          limitAt,
          request.idempotencyKey,
        ],
      );
      if (inserted) {
        await enqueueBookingConfirmed(tx, inserted.id);
        return withDates(inserted, BOOKING_DATES);
      }
    }
    throw new Error(`No free booking token after ${TOKEN_ATTEMPTS} attempts`);
  }

  /** The booking made earlier with the same key: returned if the same request, an error otherwise. */
  private async replay(
    tx: SqlClient,
    previousId: number,
    request: BookOfferRequest,
  ): Promise<BookingRow> {
    const [row] = await tx.query<BookingRow>(
      `select ${BOOKING_COLUMNS} from booking b where b.id = $1`,
      [previousId],
    );
    const previous = row ? withDates(row, BOOKING_DATES) : null;
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

  private async findIdempotent(
    sql: SqlClient,
    sessionToken: string,
    request: BookOfferRequest,
  ): Promise<BookingRow | null> {
    const [row] = await sql.query<{ id: number }>(
      `select b.id from booking b join session s on s.user_id = b.user_id
        where s.token_hash = $1 and b.idempotency_key = $2`,
      [hashSessionToken(sessionToken), request.idempotencyKey],
    );
    return row ? this.replay(sql, row.id, request) : null;
  }

  /**
   * Cancels a booking: its beneficiary within the window, a pro of the venue's
   * offerer, or an admin. The ledger trigger gives the place and the credit back.
   */
  async cancelBooking(viewer: Viewer, bookingId: number, now = new Date()): Promise<number> {
    return this.em.transactional(async (em) => {
      const [booking] = await em.execute<
        {
          id: number;
          userId: number;
          status: BookingRow['status'];
          cancellationLimitAt: Date | null;
          offererId: number;
        }[]
      >(
        `select b.id, b.user_id as "userId", b.status, b.cancellation_limit_at as "cancellationLimitAt",
                v.offerer_id as "offererId"
           from booking b join offer o on o.id = b.offer_id join venue v on v.id = o.venue_id
          where b.id = ?
            for update of b`,
        [bookingId],
      );
      if (!booking) throw notFound();
      const reason = await this.cancellationReasonFor(em, viewer, booking);
      if (!reason) throw notFound();
      const refusal = finalStatusRefusal(booking.status);
      if (refusal) throw new AppError(refusal);
      const limitAt = toDate(booking.cancellationLimitAt);
      if (reason === 'BENEFICIARY' && !beneficiaryMayCancel(limitAt, now)) {
        throw new AppError(ErrorCode.CANCELLATION_WINDOW_CLOSED);
      }
      await em.execute(
        `update booking set status = 'CANCELLED', cancelled_at = ?, cancellation_reason = ? where id = ?`,
        [now, reason, booking.id],
      );
      // The young person is told when someone else cancelled; they know when they did.
      if (reason !== 'BENEFICIARY') await enqueueBookingsCancelled(em, [booking.id]);
      return booking.id;
    });
  }

  /** How this viewer may cancel this booking, or null when they may not see it. */
  private async cancellationReasonFor(
    em: EntityManager,
    viewer: Viewer,
    booking: { userId: number; offererId: number },
  ): Promise<'BENEFICIARY' | 'OFFERER' | 'BACKOFFICE' | null> {
    if (booking.userId === viewer.userId) return 'BENEFICIARY';
    if (viewer.roles.includes(Role.ADMIN)) return 'BACKOFFICE';
    if (
      viewer.roles.includes(Role.PRO) &&
      (await isValidatedMember(em, viewer.userId, booking.offererId))
    ) {
      return 'OFFERER';
    }
    return null;
  }

  async bookingsOf(userId: number, status: BookingRow['status'] | null): Promise<BookingRow[]> {
    const rows = await this.em.execute<BookingRow[]>(
      `select ${BOOKING_COLUMNS} from booking b
        where b.user_id = ? and (?::text is null or b.status = ?)
        order by b.booked_at desc, b.id desc`,
      [userId, status, status],
    );
    return rows.map((row) => withDates(row, BOOKING_DATES));
  }

  async bookingById(id: number): Promise<BookingRow | null> {
    const [row] = await this.em.execute<BookingRow[]>(
      `select ${BOOKING_COLUMNS} from booking b where b.id = ?`,
      [id],
    );
    return row ? withDates(row, BOOKING_DATES) : null;
  }
}

export async function isValidatedMember(
  em: EntityManager,
  userId: number,
  offererId: number,
): Promise<boolean> {
  const rows = await em.execute(
    `select 1 from offerer_membership where user_id = ? and offerer_id = ? and status = 'VALIDATED'`,
    [userId, offererId],
  );
  return rows.length > 0;
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
