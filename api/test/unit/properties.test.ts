import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, decodeIdCursor, encodeIdCursor } from '../../src/graphql/cursor.js';
import { AppError, ErrorCode } from '../../src/graphql/errors.js';
import { cancellationLimitAt, isValidQuantity } from '../../src/modules/booking/booking.rules.js';
import {
  generateToken,
  normalizeToken,
  qrCodePayload,
  TOKEN_ALPHABET,
  TOKEN_LENGTH,
} from '../../src/modules/booking/token.js';
import {
  defaultBookingLimit,
  remainingQuantity,
  stockRefusal,
} from '../../src/modules/catalog/stock.rules.js';
import {
  MAX_PAGE_SIZE,
  MAX_RADIUS_KM,
  parseSearchCursor,
  searchCursor,
  searchCriteria,
} from '../../src/modules/search/search.criteria.js';
import {
  departmentFromPostalCode,
  departmentName,
} from '../../src/modules/territory/departments.js';
import { computeWallet } from '../../src/modules/wallet/wallet.rules.js';
import { localDateOf } from '../../src/shared/time.js';
import {
  reimbursementLines,
  reimbursementRateBps,
} from '../../src/modules/finance/reimbursement.rules.js';
import { isLuhnValid, isValidSiren, isValidSiret } from '../../src/modules/pro/company-ids.js';
import { expandRecurrence } from '../../src/modules/catalog/recurrence.js';
import { withLuhnKey } from '../support/fixtures.js';

/** Property-based checks of the pure rules: invariants over generated input, hostile included. */

const HOUR = 3_600_000;
const cents = fc.integer({ min: 0, max: 100_000_000 });
const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
/** Numbers a client may send as JSON floats, with the values JSON cannot carry too. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE),
  fc.integer(),
);

/** A rule refusing hostile input must do it with a French BAD_USER_INPUT, nothing else. */
function expectBadInputOr<T>(run: () => T, check: (value: T) => void): void {
  let value: T;
  try {
    value = run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.BAD_USER_INPUT);
    return;
  }
  check(value);
}

describe('wallet arithmetic', () => {
  it('never shows more than the deposit, nor a negative amount, nor a cap above the total left', () => {
    fc.assert(
      fc.property(
        cents,
        fc.option(cents),
        fc.option(cents),
        cents,
        cents,
        cents,
        instant,
        instant,
        (amount, digitalCap, physicalCap, total, digital, physical, expiresAt, now) => {
          const wallet = computeWallet(
            {
              policyCode: 'GRANT_2019',
              amountCents: amount,
              digitalCapCents: digitalCap,
              physicalCapCents: physicalCap,
              expiresAt,
            },
            { totalCents: total, digitalCents: digital, physicalCents: physical },
            now,
          );
          expect(wallet.remainingCents).toBeGreaterThanOrEqual(0);
          expect(wallet.remainingCents).toBeLessThanOrEqual(amount);
          if (expiresAt <= now) expect(wallet.remainingCents).toBe(0);
          for (const capLeft of [wallet.digitalRemainingCents, wallet.physicalRemainingCents]) {
            if (capLeft === null) continue;
            expect(capLeft).toBeGreaterThanOrEqual(0);
            expect(capLeft).toBeLessThanOrEqual(wallet.remainingCents);
          }
          expect(wallet.digitalRemainingCents === null).toBe(digitalCap === null);
        },
      ),
    );
  });

  it('never gives back credit for spending more', () => {
    fc.assert(
      fc.property(cents, cents, cents, (amount, spent, more) => {
        const deposit = {
          policyCode: 'GRANT_2019',
          amountCents: amount,
          digitalCapCents: null,
          physicalCapCents: null,
          expiresAt: new Date('2100-01-01'),
        };
        const now = new Date('2030-01-01');
        const before = computeWallet(
          deposit,
          { totalCents: spent, digitalCents: 0, physicalCents: 0 },
          now,
        );
        const after = computeWallet(
          deposit,
          { totalCents: spent + more, digitalCents: 0, physicalCents: 0 },
          now,
        );
        expect(after.remainingCents).toBeLessThanOrEqual(before.remainingCents);
      }),
    );
  });
});

describe('booking rules', () => {
  it('cancellation limit: never before booking, at most 48 h after it, never later than 48 h before the event when that is still ahead', () => {
    fc.assert(
      fc.property(instant, instant, (bookedAt, beginsAt) => {
        const limit = cancellationLimitAt(bookedAt, beginsAt)!;
        expect(limit.getTime()).toBeGreaterThanOrEqual(bookedAt.getTime());
        expect(limit.getTime()).toBeLessThanOrEqual(bookedAt.getTime() + 48 * HOUR);
        if (beginsAt.getTime() - 48 * HOUR >= bookedAt.getTime()) {
          expect(limit.getTime()).toBeLessThanOrEqual(beginsAt.getTime() - 48 * HOUR);
        }
        expect(cancellationLimitAt(bookedAt, null)).toBeNull();
      }),
    );
  });

  it('quantity: 1, or 2 for duo offers; nothing else, whatever number comes in', () => {
    fc.assert(
      fc.property(anyNumber, fc.boolean(), (quantity, isDuo) => {
        expect(isValidQuantity(quantity, isDuo)).toBe(quantity === 1 || (isDuo && quantity === 2));
      }),
    );
  });

  it('a stock said bookable has the places asked for', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 10_000 })),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 2 }),
        (quantity, booked, places) => {
          const stock = {
            isSoftDeleted: false,
            bookingLimitAt: null,
            beginsAt: null,
            quantity,
            bookedQuantity: quantity === null ? booked : Math.min(booked, quantity),
          };
          const left = remainingQuantity(stock);
          if (stockRefusal(stock, new Date(), places) === null) {
            expect(left === null || left >= places).toBe(true);
          } else {
            expect(left).not.toBeNull();
            expect(left!).toBeLessThan(places);
          }
        },
      ),
    );
  });

  it('default booking limit: never after the event, at 23:59 Paris time three days before otherwise', () => {
    fc.assert(
      fc.property(instant, (beginsAt) => {
        const limit = defaultBookingLimit(beginsAt);
        expect(limit.getTime()).toBeLessThanOrEqual(beginsAt.getTime());
        expect(beginsAt.getTime() - limit.getTime()).toBeLessThan(4 * 24 * HOUR);
        if (limit.getTime() !== beginsAt.getTime()) {
          const wall = new Intl.DateTimeFormat('fr-FR', {
            timeZone: 'Europe/Paris',
            hour: '2-digit',
            minute: '2-digit',
          }).format(limit);
          expect(wall).toBe('23:59');
          const eventDay = localDateOf(beginsAt, 'Europe/Paris');
          const limitDay = localDateOf(limit, 'Europe/Paris');
          const days =
            (Date.UTC(eventDay.year, eventDay.month - 1, eventDay.day) -
              Date.UTC(limitDay.year, limitDay.month - 1, limitDay.day)) /
            (24 * HOUR);
          expect(days).toBe(3);
        }
      }),
    );
  });
});

describe('counter tokens', () => {
  const draws = fc.array(fc.nat(), { minLength: TOKEN_LENGTH, maxLength: TOKEN_LENGTH });

  it('every generated token reads back, typed in any case or scanned', () => {
    fc.assert(
      fc.property(draws, (values) => {
        let i = 0;
        const token = generateToken((max) => values[i++]! % max);
        expect(token).toHaveLength(TOKEN_LENGTH);
        expect([...token].every((c) => TOKEN_ALPHABET.includes(c))).toBe(true);
        expect(normalizeToken(token)).toBe(token);
        expect(normalizeToken(` ${token.toLowerCase()} `)).toBe(token);
        expect(normalizeToken(qrCodePayload(token))).toBe(token);
      }),
    );
  });

  it('any other text is a token of the alphabet or null, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (input) => {
          const token = normalizeToken(input);
          if (token !== null) {
            expect(token).toMatch(new RegExp(`^[${TOKEN_ALPHABET}]{${TOKEN_LENGTH}}$`));
          }
        },
      ),
    );
  });
});

describe('cursors', () => {
  it('a search cursor reads back exactly what it was made of, in 41 characters at most', () => {
    const id = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
    const cursor = fc.oneof(
      fc.record({
        phase: fc.constant('near' as const),
        distance: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
        venueId: id,
        offerId: id,
      }),
      fc.record({
        phase: fc.constant('ranked' as const),
        score: fc.double({ noNaN: true, noDefaultInfinity: true }),
        offerId: id,
      }),
      fc.record({ phase: fc.constantFrom('digital' as const, 'all' as const), offerId: id }),
    );
    fc.assert(
      fc.property(cursor, (value) => {
        const text = searchCursor(value);
        expect(text).toMatch(/^[\w-]{2,41}$/);
        expect(parseSearchCursor(text)).toEqual(value);
      }),
    );
  });

  it('a search cursor of the former shape (base64url of JSON) is still read', () => {
    const former = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const near = { phase: 'near', distance: 799.5491561809926, venueId: 288, offerId: 2314 };
    expect(parseSearchCursor(former(near))).toEqual(near);
    expect(parseSearchCursor(former({ phase: 'ranked', score: 0.61, offerId: 7 }))).toEqual({
      phase: 'ranked',
      score: 0.61,
      offerId: 7,
    });
    expect(() =>
      parseSearchCursor(former({ phase: 'near', distance: -1, venueId: 1, offerId: 1 })),
    ).toThrow(AppError);
  });

  it('an id cursor reads back its id', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (id) => {
        expect(decodeIdCursor(encodeIdCursor(id))).toBe(id);
      }),
    );
  });

  it('a malformed cursor is a BAD_USER_INPUT, whatever it holds', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 2_000 }),
      fc.base64String(),
      fc.json().map((json) => Buffer.from(json).toString('base64url')),
    );
    fc.assert(
      fc.property(hostile, (cursor) => {
        expectBadInputOr(
          () => decodeIdCursor(cursor),
          (id) => expect(Number.isSafeInteger(id) && id > 0).toBe(true),
        );
        expectBadInputOr(
          () => parseSearchCursor(cursor),
          (parsed) => expect(['near', 'ranked', 'digital', 'all']).toContain(parsed.phase),
        );
        expectBadInputOr(
          () => decodeCursor(cursor),
          () => undefined,
        );
      }),
    );
  });
});

describe('search input', () => {
  it('hostile numbers are refused in French or give bounded criteria', () => {
    fc.assert(
      fc.property(
        anyNumber,
        anyNumber,
        anyNumber,
        anyNumber,
        fc.option(anyNumber),
        (latitude, longitude, radiusKm, first, maxPriceCents) => {
          expectBadInputOr(
            () =>
              searchCriteria({ around: { latitude, longitude }, radiusKm, first, maxPriceCents }),
            (criteria) => {
              expect(criteria.first).toBeGreaterThanOrEqual(1);
              expect(criteria.first).toBeLessThanOrEqual(MAX_PAGE_SIZE);
              expect(Number.isFinite(criteria.around!.latitude)).toBe(true);
              expect(Math.abs(criteria.around!.latitude)).toBeLessThanOrEqual(90);
              expect(Math.abs(criteria.around!.longitude)).toBeLessThanOrEqual(180);
              expect(criteria.around!.radiusMeters).toBeGreaterThan(0);
              expect(criteria.around!.radiusMeters).toBeLessThanOrEqual(MAX_RADIUS_KM * 1000);
              if (criteria.maxPriceCents !== null)
                expect(criteria.maxPriceCents).toBeGreaterThanOrEqual(0);
            },
          );
        },
      ),
    );
  });

  it('any text is refused in French or kept trimmed and bounded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        expectBadInputOr(
          () => searchCriteria({ text }),
          (criteria) => {
            if (criteria.text !== null) {
              expect(criteria.text).toBe(criteria.text.trim());
              expect(criteria.text.length).toBeLessThanOrEqual(200);
            }
          },
        );
      }),
    );
  });
});

describe('departments', () => {
  it('any postal code maps to a known department or to none', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{5}$/), fc.string()), (postalCode) => {
        const code = departmentFromPostalCode(postalCode);
        if (code !== null) expect(departmentName(code)).toBeDefined();
      }),
    );
  });
});

describe('reimbursements', () => {
  const booking = fc.record({
    id: fc.integer({ min: 1, max: 1_000_000 }),
    amountCents: fc.integer({ min: 0, max: 5_000_000 }),
    usedAt: instant,
    rule: fc.constantFrom('STANDARD' as const, 'BOOK' as const, 'NOT_REIMBURSED' as const),
  });
  const yearOf = (date: Date) => date.getUTCFullYear();

  it('never pays more than a booking cost, nor anything for a non-reimbursed one', () => {
    fc.assert(
      fc.property(fc.array(booking, { maxLength: 60 }), (bookings) => {
        for (const line of reimbursementLines(bookings, yearOf)) {
          expect(line.reimbursedCents).toBeGreaterThanOrEqual(0);
          expect(line.reimbursedCents).toBeLessThanOrEqual(line.booking.amountCents);
          if (line.booking.rule === 'NOT_REIMBURSED') expect(line.reimbursedCents).toBe(0);
        }
      }),
    );
  });

  it('a rate never grows as the year revenue grows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('STANDARD_2019' as const, 'STANDARD_2021' as const, 'BOOK' as const),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        (scale, low, more) => {
          expect(reimbursementRateBps(scale, low + more)).toBeLessThanOrEqual(
            reimbursementRateBps(scale, low),
          );
        },
      ),
    );
  });

  it('revenue accumulates per year in order of use, whatever order the bookings come in', () => {
    fc.assert(
      fc.property(fc.array(booking, { maxLength: 40 }), (bookings) => {
        const lines = reimbursementLines(bookings, yearOf);
        const shuffled = reimbursementLines([...bookings].reverse(), yearOf);
        expect(shuffled.map((l) => l.reimbursedCents)).toEqual(lines.map((l) => l.reimbursedCents));
        const totals = new Map<number, number>();
        for (const b of bookings)
          totals.set(yearOf(b.usedAt), (totals.get(yearOf(b.usedAt)) ?? 0) + b.amountCents);
        for (const [year, total] of totals) {
          const last = lines.filter((l) => yearOf(l.booking.usedAt) === year).at(-1)!;
          expect(last.cumulativeCents).toBe(total);
        }
      }),
    );
  });
});

describe('company identifiers', () => {
  it('a Luhn key makes a SIREN valid, and changing any one digit breaks it', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{7}$/),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (payload, position, shift) => {
          const siren = withLuhnKey(payload);
          expect(isValidSiren(siren)).toBe(true);
          expect(isValidSiret(withLuhnKey(`${siren}0001`))).toBe(true);
          const digits = [...siren];
          digits[position] = String((Number(digits[position]) + shift) % 10);
          expect(isLuhnValid(digits.join(''))).toBe(false);
        },
      ),
    );
  });
});

describe('recurrence', () => {
  it('every date falls on an asked weekday and time in Paris, between the two days, soonest first', () => {
    const day = fc
      .date({
        min: new Date('2026-01-01T00:00:00Z'),
        max: new Date('2028-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 120 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.uniqueArray(
          fc
            .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
            .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
          { minLength: 1, maxLength: 3 },
        ),
        (from, days, weekdays, times) => {
          const until = new Date(Date.parse(`${from}T12:00:00Z`) + days * 24 * HOUR)
            .toISOString()
            .slice(0, 10);
          const dates = expandRecurrence({ from, until, weekdays, times }, 2_500);
          const paris = new Intl.DateTimeFormat('en-GB', {
            timeZone: 'Europe/Paris',
            weekday: 'short',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          });
          const iso = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
          for (let i = 0; i < dates.length; i++) {
            if (i > 0) expect(dates[i]!.getTime()).toBeGreaterThan(dates[i - 1]!.getTime());
            const parts = Object.fromEntries(
              paris.formatToParts(dates[i]!).map((p) => [p.type, p.value]),
            );
            expect(weekdays).toContain(iso.indexOf(parts.weekday!) + 1);
            // An asked time, or one the clock skipped (02:xx as summer time starts) an hour on.
            const wallClock = `${parts.hour}:${parts.minute}`;
            const skipped = parts.hour === '03' && times.includes(`02:${parts.minute}`);
            expect(times.includes(wallClock) || skipped).toBe(true);
            const localDay = `${parts.year}-${parts.month}-${parts.day}`;
            expect(localDay >= from && localDay <= until).toBe(true);
          }
          expect(dates.length).toBeLessThanOrEqual(2_501);
        },
      ),
      { numRuns: 60 },
    );
  });
});
