import { ErrorCode } from '../../graphql/errors.js';
import type { CapFamily } from '../catalog/categories.js';
import { offerHiddenReason, stockRefusal } from '../catalog/visibility.js';
import type { StockRow } from '../catalog/catalog.rows.js';

const HOUR = 3_600_000;

/**
 * Until when the beneficiary may cancel an event booking:
 * max(bookedAt, min(beginsAt − 48 h, bookedAt + 48 h)). Things: no limit (null).
 */
export function cancellationLimitAt(bookedAt: Date, beginsAt: Date | null): Date | null {
  if (!beginsAt) return null;
  const limit = Math.min(beginsAt.getTime() - 48 * HOUR, bookedAt.getTime() + 48 * HOUR);
  return new Date(Math.max(bookedAt.getTime(), limit));
}

/**
 * An event's date moved: each live booking may now be cancelled until
 * min(new start, time of the change + 48 h) — never after the event, and always a window
 * for the young person whose date moved (even when their first window had closed).
 */
export function cancellationLimitAfterDateChange(newBeginsAt: Date, changedAt: Date): Date {
  return new Date(Math.min(newBeginsAt.getTime(), changedAt.getTime() + 48 * HOUR));
}

/** Places one booking may take: 1, or 1-2 when the offer allows duo. */
export function isValidQuantity(quantity: number, isDuo: boolean): boolean {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= (isDuo ? 2 : 1);
}

export interface DepositState {
  amountCents: number;
  digitalCapCents: number | null;
  physicalCapCents: number | null;
  spentCents: number;
  digitalSpentCents: number;
  physicalSpentCents: number;
  expiresAt: Date;
}

export interface BookingFacts {
  now: Date;
  quantity: number;
  isBeneficiary: boolean;
  /** The user's latest deposit, if any. */
  deposit: DepositState | null;
  offer: {
    validation: string;
    isActive: boolean;
    offererValidated: boolean;
    isDuo: boolean;
    capFamily: CapFamily | null;
  };
  stock: Pick<
    StockRow,
    'priceCents' | 'isSoftDeleted' | 'bookingLimitAt' | 'beginsAt' | 'quantity' | 'bookedQuantity'
  >;
  alreadyBooked: boolean;
}

export function hasLiveDeposit(
  facts: Pick<BookingFacts, 'isBeneficiary' | 'deposit' | 'now'>,
): boolean {
  return (
    facts.isBeneficiary &&
    facts.deposit !== null &&
    facts.deposit.expiresAt.getTime() > facts.now.getTime()
  );
}

/** The first reason to refuse a booking, in the order of DOMAIN.md; null when it may be made. */
export function bookingRefusal(facts: BookingFacts): ErrorCode | null {
  const { stock, offer, deposit, now, quantity } = facts;
  const cost = stock.priceCents * quantity;
  if (stock.priceCents > 0 && !hasLiveDeposit(facts)) return ErrorCode.NO_ACTIVE_DEPOSIT;
  if (offerHiddenReason(offer) !== null) return ErrorCode.OFFER_NOT_BOOKABLE;
  const refusal = stockRefusal(stock, now);
  if (refusal === 'DELETED' || refusal === 'BOOKING_CLOSED' || refusal === 'STARTED') {
    return ErrorCode.STOCK_NOT_BOOKABLE;
  }
  if (!isValidQuantity(quantity, offer.isDuo)) return ErrorCode.INVALID_QUANTITY;
  if (stockRefusal(stock, now, quantity) === 'SOLD_OUT') return ErrorCode.SOLD_OUT;
  if (facts.alreadyBooked) return ErrorCode.ALREADY_BOOKED;
  if (cost > 0 && deposit) {
    if (deposit.amountCents - deposit.spentCents < cost) return ErrorCode.INSUFFICIENT_CREDIT;
    if (
      offer.capFamily === 'DIGITAL' &&
      deposit.digitalCapCents !== null &&
      deposit.digitalCapCents - deposit.digitalSpentCents < cost
    ) {
      return ErrorCode.DIGITAL_CAP_REACHED;
    }
    if (
      offer.capFamily === 'PHYSICAL' &&
      deposit.physicalCapCents !== null &&
      deposit.physicalCapCents - deposit.physicalSpentCents < cost
    ) {
      return ErrorCode.PHYSICAL_CAP_REACHED;
    }
  }
  return null;
}

export type BookingStatusName = 'CONFIRMED' | 'USED' | 'CANCELLED' | 'REIMBURSED';

/** Why a booking in this status cannot be cancelled or used; null when it can. */
export function finalStatusRefusal(status: BookingStatusName): ErrorCode | null {
  switch (status) {
    case 'CANCELLED':
      return ErrorCode.BOOKING_CANCELLED;
    case 'USED':
      return ErrorCode.BOOKING_ALREADY_USED;
    case 'REIMBURSED':
      return ErrorCode.BOOKING_REIMBURSED;
    default:
      return null;
  }
}

/** Whether the beneficiary may still cancel: events until their limit, things until used. */
export function beneficiaryMayCancel(limitAt: Date | null, now: Date): boolean {
  return limitAt === null || now.getTime() <= limitAt.getTime();
}

/** Why the counter may not mark this booking used now; null when it may. */
export function useRefusal(
  status: BookingStatusName,
  limitAt: Date | null,
  isEvent: boolean,
  now: Date,
): ErrorCode | null {
  const final = finalStatusRefusal(status);
  if (final) return final;
  if (isEvent && limitAt && now.getTime() < limitAt.getTime()) return ErrorCode.TOO_EARLY;
  return null;
}

/** Why a used booking cannot be set back to unused; null when it can. */
export function unuseRefusal(status: BookingStatusName): ErrorCode | null {
  if (status === 'USED') return null;
  if (status === 'REIMBURSED') return ErrorCode.BOOKING_REIMBURSED;
  if (status === 'CANCELLED') return ErrorCode.BOOKING_CANCELLED;
  return ErrorCode.BOOKING_NOT_USED;
}
