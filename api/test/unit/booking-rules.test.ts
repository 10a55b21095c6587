import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/graphql/errors.js';
import {
  beneficiaryMayCancel,
  bookingRefusal,
  cancellationLimitAt,
  isValidQuantity,
  unuseRefusal,
  useRefusal,
  type BookingFacts,
} from '../../src/modules/booking/booking.rules.js';
import {
  defaultBookingLimit,
  remainingQuantity,
  stockRefusal,
} from '../../src/modules/catalog/stock.rules.js';

const now = new Date('2026-11-26T10:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe('cancellationLimitAt', () => {
  it('is 48 h after booking for an event far away', () => {
    expect(cancellationLimitAt(now, hours(24 * 30))).toEqual(hours(48));
  });
  it('is 48 h before the event when that comes first', () => {
    expect(cancellationLimitAt(now, hours(72))).toEqual(hours(24));
  });
  it('never falls before the booking itself', () => {
    expect(cancellationLimitAt(now, hours(10))).toEqual(now);
  });
  it('does not exist for things', () => {
    expect(cancellationLimitAt(now, null)).toBeNull();
  });
  it('lets the beneficiary cancel until the limit included', () => {
    expect(beneficiaryMayCancel(hours(1), now)).toBe(true);
    expect(beneficiaryMayCancel(now, now)).toBe(true);
    expect(beneficiaryMayCancel(hours(-1), now)).toBe(false);
    expect(beneficiaryMayCancel(null, now)).toBe(true);
  });
});

describe('quantity', () => {
  it('is 1, or 1-2 for duo offers', () => {
    expect(isValidQuantity(1, false)).toBe(true);
    expect(isValidQuantity(2, false)).toBe(false);
    expect(isValidQuantity(2, true)).toBe(true);
    expect(isValidQuantity(3, true)).toBe(false);
    expect(isValidQuantity(0, true)).toBe(false);
    expect(isValidQuantity(-1, true)).toBe(false);
    expect(isValidQuantity(1.5, true)).toBe(false);
  });
});

describe('stock rules', () => {
  const stock = {
    isSoftDeleted: false,
    bookingLimitAt: hours(24),
    beginsAt: hours(72),
    quantity: 10,
    bookedQuantity: 9,
  };
  it('counts places left', () => {
    expect(remainingQuantity(stock)).toBe(1);
    expect(remainingQuantity({ quantity: null, bookedQuantity: 40 })).toBeNull();
  });
  it('refuses deleted, closed, started and sold-out stocks', () => {
    expect(stockRefusal(stock, now)).toBeNull();
    expect(stockRefusal(stock, now, 2)).toBe('SOLD_OUT');
    expect(stockRefusal({ ...stock, isSoftDeleted: true }, now)).toBe('DELETED');
    expect(stockRefusal(stock, hours(24))).toBe('BOOKING_CLOSED');
    expect(stockRefusal({ ...stock, bookingLimitAt: null }, hours(72))).toBe('STARTED');
  });
  it('closes event bookings at 23:59 Paris time three days before, never after the start', () => {
    // 20:30 in Paris on 10 December (winter, UTC+1) → 7 December 23:59 in Paris.
    expect(defaultBookingLimit(new Date('2026-12-10T19:30:00Z'))).toEqual(
      new Date('2026-12-07T22:59:00Z'),
    );
    // Summer time (UTC+2).
    expect(defaultBookingLimit(new Date('2027-07-14T20:00:00Z'))).toEqual(
      new Date('2027-07-11T21:59:00Z'),
    );
    // Overseas: Cayenne (UTC−3).
    expect(defaultBookingLimit(new Date('2026-12-10T23:00:00Z'), 'America/Cayenne')).toEqual(
      new Date('2026-12-08T02:59:00Z'),
    );
  });
});

describe('bookingRefusal', () => {
  const facts: BookingFacts = {
    now,
    quantity: 1,
    isBeneficiary: true,
    deposit: {
      amountCents: 50_000,
      digitalCapCents: 20_000,
      physicalCapCents: 20_000,
      spentCents: 0,
      digitalSpentCents: 0,
      physicalSpentCents: 0,
      expiresAt: hours(24 * 365),
    },
    offer: {
      validation: 'APPROVED',
      isActive: true,
      offererValidated: true,
      isDuo: false,
      capFamily: null,
    },
    stock: {
      priceCents: 3_000,
      isSoftDeleted: false,
      bookingLimitAt: null,
      beginsAt: null,
      quantity: 10,
      bookedQuantity: 0,
    },
    alreadyBooked: false,
  };
  const withDeposit = (d: Partial<NonNullable<BookingFacts['deposit']>>) => ({
    ...facts,
    deposit: { ...facts.deposit!, ...d },
  });

  it('accepts a valid booking', () => {
    expect(bookingRefusal(facts)).toBeNull();
  });
  it('needs a live deposit for paid offers only', () => {
    expect(bookingRefusal({ ...facts, deposit: null })).toBe(ErrorCode.NO_ACTIVE_DEPOSIT);
    expect(bookingRefusal({ ...facts, isBeneficiary: false })).toBe(ErrorCode.NO_ACTIVE_DEPOSIT);
    expect(bookingRefusal(withDeposit({ expiresAt: now }))).toBe(ErrorCode.NO_ACTIVE_DEPOSIT);
    expect(
      bookingRefusal({
        ...facts,
        deposit: null,
        isBeneficiary: false,
        stock: { ...facts.stock, priceCents: 0 },
      }),
    ).toBeNull();
  });
  it('refuses offers not approved, inactive or of a non-validated offerer', () => {
    expect(bookingRefusal({ ...facts, offer: { ...facts.offer, validation: 'PENDING' } })).toBe(
      ErrorCode.OFFER_NOT_BOOKABLE,
    );
    expect(bookingRefusal({ ...facts, offer: { ...facts.offer, isActive: false } })).toBe(
      ErrorCode.OFFER_NOT_BOOKABLE,
    );
    expect(bookingRefusal({ ...facts, offer: { ...facts.offer, offererValidated: false } })).toBe(
      ErrorCode.OFFER_NOT_BOOKABLE,
    );
  });
  it('refuses stocks deleted, closed or started', () => {
    expect(bookingRefusal({ ...facts, stock: { ...facts.stock, isSoftDeleted: true } })).toBe(
      ErrorCode.STOCK_NOT_BOOKABLE,
    );
    expect(bookingRefusal({ ...facts, stock: { ...facts.stock, bookingLimitAt: hours(-1) } })).toBe(
      ErrorCode.STOCK_NOT_BOOKABLE,
    );
    expect(bookingRefusal({ ...facts, stock: { ...facts.stock, beginsAt: hours(-1) } })).toBe(
      ErrorCode.STOCK_NOT_BOOKABLE,
    );
  });
  it('checks quantity, then places left', () => {
    expect(bookingRefusal({ ...facts, quantity: 2 })).toBe(ErrorCode.INVALID_QUANTITY);
    const duo = { ...facts, quantity: 2, offer: { ...facts.offer, isDuo: true } };
    expect(bookingRefusal(duo)).toBeNull();
    expect(bookingRefusal({ ...duo, stock: { ...duo.stock, bookedQuantity: 9 } })).toBe(
      ErrorCode.SOLD_OUT,
    );
    expect(bookingRefusal({ ...facts, stock: { ...facts.stock, bookedQuantity: 10 } })).toBe(
      ErrorCode.SOLD_OUT,
    );
  });
  it('refuses a second booking of the same offer', () => {
    expect(bookingRefusal({ ...facts, alreadyBooked: true })).toBe(ErrorCode.ALREADY_BOOKED);
  });
  it('checks the total, then the cap of the offer family', () => {
    expect(bookingRefusal(withDeposit({ spentCents: 47_001 }))).toBe(ErrorCode.INSUFFICIENT_CREDIT);
    expect(bookingRefusal(withDeposit({ spentCents: 47_000 }))).toBeNull();
    const digital = {
      ...withDeposit({ digitalSpentCents: 17_001, spentCents: 17_001 }),
      offer: { ...facts.offer, capFamily: 'DIGITAL' as const },
    };
    expect(bookingRefusal(digital)).toBe(ErrorCode.DIGITAL_CAP_REACHED);
    const physical = {
      ...withDeposit({ physicalSpentCents: 17_001, spentCents: 17_001 }),
      offer: { ...facts.offer, capFamily: 'PHYSICAL' as const },
    };
    expect(bookingRefusal(physical)).toBe(ErrorCode.PHYSICAL_CAP_REACHED);
    expect(
      bookingRefusal({ ...physical, deposit: { ...physical.deposit, physicalCapCents: null } }),
    ).toBeNull();
    // Events count against the total only.
    expect(
      bookingRefusal(
        withDeposit({ digitalSpentCents: 20_000, physicalSpentCents: 20_000, spentCents: 40_000 }),
      ),
    ).toBeNull();
  });
  it('counts duo places in the cost', () => {
    const duo = {
      ...withDeposit({ spentCents: 45_000 }),
      quantity: 2,
      offer: { ...facts.offer, isDuo: true },
    };
    expect(bookingRefusal(duo)).toBe(ErrorCode.INSUFFICIENT_CREDIT);
  });
});

describe('counter rules', () => {
  it('uses confirmed bookings, events only after their cancellation limit', () => {
    expect(useRefusal('CONFIRMED', null, false, now)).toBeNull();
    expect(useRefusal('CONFIRMED', hours(1), true, now)).toBe(ErrorCode.TOO_EARLY);
    expect(useRefusal('CONFIRMED', hours(-1), true, now)).toBeNull();
    expect(useRefusal('USED', null, false, now)).toBe(ErrorCode.BOOKING_ALREADY_USED);
    expect(useRefusal('CANCELLED', null, false, now)).toBe(ErrorCode.BOOKING_CANCELLED);
    expect(useRefusal('REIMBURSED', null, false, now)).toBe(ErrorCode.BOOKING_REIMBURSED);
  });
  it('sets back used bookings only', () => {
    expect(unuseRefusal('USED')).toBeNull();
    expect(unuseRefusal('CONFIRMED')).toBe(ErrorCode.BOOKING_NOT_USED);
    expect(unuseRefusal('REIMBURSED')).toBe(ErrorCode.BOOKING_REIMBURSED);
    expect(unuseRefusal('CANCELLED')).toBe(ErrorCode.BOOKING_CANCELLED);
  });
});
