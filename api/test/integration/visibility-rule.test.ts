import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  OFFER_VISIBILITY,
  STOCK_BOOKABILITY,
  isOfferVisible,
  offerHiddenReason,
  offerVisibleSql,
  stockBookableSql,
  stockRefusal,
  type OfferVisibilityFacts,
  type StockBookabilityFacts,
} from '../../src/modules/catalog/visibility.js';

/**
 * The visibility and bookability rules exist once, as named conditions from which both
 * the SQL and the TypeScript are built: on generated rows, PostgreSQL and TypeScript must
 * agree on every condition and on the whole rule. Rows are evaluated as records in SQL
 * (aliased `o`, `f`, `s` like the real tables), so no table or trigger stands in the way.
 */

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

const NOW = new Date('2026-12-03T10:00:00.000Z');
const MINUTE = 60_000;

/** Instants around now, now itself included (the rule is strict: "after now"). */
const instant = fc.oneof(
  fc.constant(null),
  fc.constant(NOW),
  fc
    .integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 })
    .map((m) => new Date(NOW.getTime() + m * MINUTE)),
  fc.integer({ min: -5, max: 5 }).map((ms) => new Date(NOW.getTime() + ms)),
);

const offerFacts = fc.record({
  validation: fc.constantFrom('DRAFT', 'PENDING', 'APPROVED', 'REJECTED'),
  isActive: fc.boolean(),
  offererStatus: fc.constantFrom('NEW', 'VALIDATED', 'REJECTED'),
});

const stockFacts = fc
  .record({
    isSoftDeleted: fc.boolean(),
    bookingLimitAt: instant,
    beginsAt: instant,
    quantity: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    booked: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ booked, ...s }) => ({
    ...s,
    bookedQuantity: s.quantity === null ? booked : Math.min(booked, s.quantity),
  }));

describe('one definition of visibility and bookability', () => {
  it('SQL and TypeScript agree on offer visibility, condition by condition', async () => {
    const conditions = OFFER_VISIBILITY.map((c) => `(${c.sql('')})`).join(', ');
    await fc.assert(
      fc.asyncProperty(fc.array(offerFacts, { minLength: 1, maxLength: 30 }), async (offers) => {
        const rows = await api.sql<{ i: number; visible: boolean; each: boolean[] }>(
          `select o.i, (${offerVisibleSql()}) as visible, array[${conditions}] as each
             from jsonb_to_recordset($1::jsonb) as o(i int, validation text, is_active boolean, offerer_status text)
             cross join lateral (select o.offerer_status as status) f
            order by o.i`,
          [
            JSON.stringify(
              offers.map((o, i) => ({
                i,
                validation: o.validation,
                is_active: o.isActive,
                offerer_status: o.offererStatus,
              })),
            ),
          ],
        );
        for (const row of rows) {
          const o = offers[row.i]!;
          const facts: OfferVisibilityFacts = {
            validation: o.validation,
            isActive: o.isActive,
            offererValidated: o.offererStatus === 'VALIDATED',
          };
          expect(row.visible, JSON.stringify(o)).toBe(isOfferVisible(facts));
          expect(row.each).toEqual(OFFER_VISIBILITY.map((c) => c.holds(facts, NOW)));
          expect(offerHiddenReason(facts)).toBe(
            OFFER_VISIBILITY.find((c) => !c.holds(facts, NOW))?.reason ?? null,
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('SQL and TypeScript agree on stock bookability, condition by condition', async () => {
    const conditions = STOCK_BOOKABILITY.map((c) => `(${c.sql('$2')})`).join(', ');
    await fc.assert(
      fc.asyncProperty(fc.array(stockFacts, { minLength: 1, maxLength: 30 }), async (stocks) => {
        const rows = await api.sql<{ i: number; bookable: boolean; each: boolean[] }>(
          `select s.i, (${stockBookableSql('$2')}) as bookable, array[${conditions}] as each
             from jsonb_to_recordset($1::jsonb) as s(i int, is_soft_deleted boolean,
               booking_limit_at timestamptz, begins_at timestamptz, quantity int, booked_quantity int)
            order by s.i`,
          [
            JSON.stringify(
              stocks.map((s, i) => ({
                i,
                is_soft_deleted: s.isSoftDeleted,
                booking_limit_at: s.bookingLimitAt?.toISOString() ?? null,
                begins_at: s.beginsAt?.toISOString() ?? null,
                quantity: s.quantity,
                booked_quantity: s.bookedQuantity,
              })),
            ),
            NOW,
          ],
        );
        expect(rows).toHaveLength(stocks.length);
        for (const row of rows) {
          const s: StockBookabilityFacts = stocks[row.i]!;
          expect(row.bookable, JSON.stringify(s)).toBe(stockRefusal(s, NOW) === null);
          expect(row.each, JSON.stringify(s)).toEqual(
            STOCK_BOOKABILITY.map((c) => c.holds(s, NOW)),
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('names the reason a stock fails, in the order of the rule, and counts places asked', () => {
    const open = {
      isSoftDeleted: false,
      bookingLimitAt: null,
      beginsAt: null,
      quantity: 2,
      bookedQuantity: 1,
    };
    expect(stockRefusal(open, NOW)).toBeNull();
    expect(stockRefusal(open, NOW, 2)).toBe('SOLD_OUT');
    expect(stockRefusal({ ...open, isSoftDeleted: true, beginsAt: NOW }, NOW)).toBe('DELETED');
    expect(stockRefusal({ ...open, bookingLimitAt: NOW }, NOW)).toBe('BOOKING_CLOSED');
    expect(stockRefusal({ ...open, beginsAt: NOW }, NOW)).toBe('STARTED');
    expect(stockRefusal({ ...open, bookedQuantity: 2 }, NOW)).toBe('SOLD_OUT');
  });
});
