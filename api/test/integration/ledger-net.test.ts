import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  insertBooking,
  insertDeposit,
  insertOfferWithStock,
  insertUser,
  insertVenue,
  ledgerViolations,
} from '../support/fixtures.js';

/**
 * The database's own net under the booking ledger (issue 14, item 12): raw SQL, as any
 * code could send it, must never leave a stock's booked quantity or a deposit's sums
 * disagreeing with the live bookings, nor charge no deposit or another one.
 */

let api: TestServer;
let venueId: number;
let people = 0;

beforeAll(async () => {
  api = await startTestServer();
  ({ venueId } = await insertVenue(api));
});
afterAll(async () => {
  await api?.close();
});

/** The write is refused by the named constraint or trigger (a check violation). */
async function refusedBy(write: Promise<unknown>, constraint: string): Promise<void> {
  await expect(write).rejects.toMatchObject({ code: '23514', constraint });
}

const DAY = 86_400_000;

/** A beneficiary with a live deposit (no session: raw SQL only here). */
async function beneficiary(deposit: Parameters<typeof insertDeposit>[2] = {}) {
  const userId = await insertUser(api, {
    email: `filet${++people}@exemple.fr`,
    roles: ['BENEFICIARY'],
    departmentCode: '93',
    activationStatus: 'ACTIVATED',
  });
  return { userId, depositId: await insertDeposit(api, userId, deposit) };
}

const offer = (subcategoryId = 'CONCERT', priceCents = 1_000) =>
  insertOfferWithStock(api, venueId, { subcategoryId, priceCents, quantity: 10 });

async function stockOf(id: number) {
  const [row] = await api.sql<{ booked_quantity: number }>(
    'select booked_quantity from stock where id = $1',
    [id],
  );
  return row!.booked_quantity;
}

async function depositOf(id: number) {
  const [row] = await api.sql<{ spent: number; digital: number; physical: number }>(
    `select spent_cents as spent, digital_spent_cents as digital, physical_spent_cents as physical
       from deposit where id = $1`,
    [id],
  );
  return row!;
}

describe('counters are written by the ledger only', () => {
  it("refuses a stock's booked quantity that is not its live bookings' count", async () => {
    const who = await beneficiary();
    const { offerId, stockId } = await offer();
    await insertBooking(api, { ...who, offerId, stockId, amountCents: 1_000, quantity: 1 });
    const setBooked = (value: number) =>
      api.sql('update stock set booked_quantity = $1 where id = $2', [value, stockId]);
    await refusedBy(setBooked(0), 'stock_booked_quantity_matches_bookings');
    await refusedBy(setBooked(2), 'stock_booked_quantity_matches_bookings');
    await refusedBy(
      api.sql('update stock set booked_quantity = booked_quantity + 1 where offer_id = $1', [
        offerId,
      ]),
      'stock_booked_quantity_matches_bookings',
    );
    // Over the quantity, the oversold check speaks first, as before.
    await refusedBy(setBooked(11), 'stock_booked_within_quantity');
    await refusedBy(
      api.sql(
        'insert into stock (offer_id, price_cents, quantity, booked_quantity) values ($1, 0, 10, 3)',
        [offerId],
      ),
      'stock_booked_quantity_matches_bookings',
    );
    expect(await stockOf(stockId)).toBe(1);
    // A write that agrees with the bookings passes, and other columns stay free.
    await api.sql('update stock set booked_quantity = 1, quantity = 5 where id = $1', [stockId]);
    expect(await ledgerViolations(api)).toBe(0);
  });

  it("refuses deposit sums that are not its live bookings' sums", async () => {
    const who = await beneficiary();
    const digital = await offer('VOD', 500);
    const physical = await offer('LIVRE_PAPIER', 1_500);
    const event = await offer('CONCERT', 2_000);
    await insertBooking(api, { ...who, ...digital, amountCents: 500, capFamily: 'DIGITAL' });
    await insertBooking(api, { ...who, ...physical, amountCents: 1_500, capFamily: 'PHYSICAL' });
    await insertBooking(api, { ...who, ...event, amountCents: 2_000 });
    expect(await depositOf(who.depositId)).toEqual({ spent: 4_000, digital: 500, physical: 1_500 });
    for (const column of ['spent_cents', 'digital_spent_cents', 'physical_spent_cents']) {
      await refusedBy(
        api.sql(`update deposit set ${column} = 0 where id = $1`, [who.depositId]),
        'deposit_spent_matches_bookings',
      );
    }
    await refusedBy(
      api.sql('update deposit set spent_cents = spent_cents + 100 where user_id = $1', [
        who.userId,
      ]),
      'deposit_spent_matches_bookings',
    );
    // Moving spending between the families keeps the total but not the caps' sums.
    await refusedBy(
      api.sql(
        `update deposit set digital_spent_cents = physical_spent_cents, physical_spent_cents = digital_spent_cents
          where id = $1`,
        [who.depositId],
      ),
      'deposit_spent_matches_bookings',
    );
    const other = await insertUser(api, { email: `filet${++people}@exemple.fr` });
    await refusedBy(
      api.sql(
        `insert into deposit (user_id, policy_code, amount_cents, expires_at, spent_cents)
         values ($1, 'GRANT_2019', 50000, now() + interval '1 year', 1000)`,
        [other],
      ),
      'deposit_spent_matches_bookings',
    );
    expect(await depositOf(who.depositId)).toEqual({ spent: 4_000, digital: 500, physical: 1_500 });
    expect(await ledgerViolations(api)).toBe(0);
  });

  it("refuses a deposit handed to another person while it holds someone's bookings", async () => {
    const who = await beneficiary();
    const { offerId, stockId } = await offer();
    await insertBooking(api, { ...who, offerId, stockId, amountCents: 1_000 });
    const other = await insertUser(api, { email: `filet${++people}@exemple.fr` });
    await refusedBy(
      api.sql('update deposit set user_id = $1 where id = $2', [other, who.depositId]),
      'booking_deposit_of_its_user',
    );
  });

  it('keeps the counters exact through multi-row statements, and refuses a bad write after them', async () => {
    const { offerId, stockId } = await offer('LIVRE_PAPIER', 700);
    const buyers = [];
    for (let i = 0; i < 4; i++) buyers.push(await beneficiary());
    for (const who of buyers) {
      await insertBooking(api, {
        ...who,
        offerId,
        stockId,
        amountCents: 700,
        capFamily: 'PHYSICAL',
      });
    }
    expect(await stockOf(stockId)).toBe(4);
    // One statement, four rows: each row's ledger step moves the counters by its own delta.
    await api.sql(
      `update booking set status = 'CANCELLED', cancelled_at = now(), cancellation_reason = 'OFFERER'
        where stock_id = $1 and user_id <> $2`,
      [stockId, buyers[0]!.userId],
    );
    expect(await stockOf(stockId)).toBe(1);
    expect(await ledgerViolations(api)).toBe(0);

    // In one transaction, the ledger's own writes do not open the door to the next statement.
    const who = buyers[1]!;
    await refusedBy(
      api.sql(`do $$ begin
        update booking set status = 'CONFIRMED', cancelled_at = null, cancellation_reason = null
         where stock_id = ${stockId} and user_id = ${who.userId};
        update stock set booked_quantity = 0 where id = ${stockId};
      end $$`),
      'stock_booked_quantity_matches_bookings',
    );
    await refusedBy(
      api.sql(`do $$ begin
        update booking set status = 'CONFIRMED', cancelled_at = null, cancellation_reason = null
         where stock_id = ${stockId} and user_id = ${who.userId};
        update deposit set spent_cents = 0, physical_spent_cents = 0 where id = ${who.depositId};
      end $$`),
      'deposit_spent_matches_bookings',
    );
    expect(await stockOf(stockId)).toBe(1);
    expect(await ledgerViolations(api)).toBe(0);
  });
});

describe('a booking charges its user’s current live deposit', () => {
  it('refuses a paid booking without a deposit, or with another person’s', async () => {
    const who = await beneficiary();
    const stranger = await beneficiary();
    const { offerId, stockId } = await offer();
    await refusedBy(
      insertBooking(api, { ...who, depositId: null, offerId, stockId, amountCents: 1_000 }),
      'booking_paid_from_own_deposit',
    );
    await refusedBy(
      insertBooking(api, {
        userId: who.userId,
        depositId: stranger.depositId,
        offerId,
        stockId,
        amountCents: 1_000,
      }),
      'booking_paid_from_own_deposit',
    );
    // Even free: a booking never names someone else's deposit.
    await refusedBy(
      insertBooking(api, {
        userId: who.userId,
        depositId: stranger.depositId,
        offerId,
        stockId,
        amountCents: 0,
      }),
      'booking_deposit_of_its_user',
    );
    expect(await stockOf(stockId)).toBe(0);
    expect(await depositOf(stranger.depositId)).toEqual({ spent: 0, digital: 0, physical: 0 });
  });

  it('refuses a paid booking on an expired deposit, or on an older one than the latest', async () => {
    const expired = await beneficiary({ expiresAt: new Date(Date.now() - DAY) });
    const { offerId, stockId } = await offer();
    await refusedBy(
      insertBooking(api, { ...expired, offerId, stockId, amountCents: 1_000 }),
      'booking_paid_from_own_deposit',
    );
    // Free offers stay bookable, without a deposit.
    await insertBooking(api, { ...expired, depositId: null, offerId, stockId, amountCents: 0 });

    const twice = await beneficiary();
    const [newer] = await api.sql<{ id: number }>(
      `insert into deposit (user_id, policy_code, amount_cents, digital_cap_cents, physical_cap_cents, created_at, expires_at)
       values ($1, 'GRANT_2019', 50000, 20000, 20000, now() + interval '1 second', now() + interval '1 year')
       returning id`,
      [twice.userId],
    );
    await refusedBy(
      insertBooking(api, { ...twice, offerId, stockId, amountCents: 1_000 }),
      'booking_paid_from_own_deposit',
    );
    await insertBooking(api, {
      ...twice,
      depositId: newer!.id,
      offerId,
      stockId,
      amountCents: 1_000,
    });
    expect(await depositOf(newer!.id)).toMatchObject({ spent: 1_000 });
    expect(await ledgerViolations(api)).toBe(0);
  });

  it('refuses an update that charges more without a live deposit to draw on', async () => {
    const { offerId, stockId } = await offer('CONCERT', 0);
    // A free booking of someone without a deposit, then made paid.
    const nobody = await insertUser(api, { email: `filet${++people}@exemple.fr` });
    const free = await insertBooking(api, {
      userId: nobody,
      depositId: null,
      offerId,
      stockId,
      amountCents: 0,
    });
    await refusedBy(
      api.sql('update booking set amount_cents = 500 where id = $1', [free]),
      'booking_paid_from_own_deposit',
    );

    // A paid booking whose deposit has expired since: no more charge, less is fine.
    const who = await beneficiary();
    const paid = await insertBooking(api, {
      ...who,
      ...(await offer('CONCERT', 1_000)),
      amountCents: 1_000,
    });
    await api.sql('update booking set amount_cents = 1200 where id = $1', [paid]);
    expect(await depositOf(who.depositId)).toMatchObject({ spent: 1_200 });
    await api.sql(`update deposit set expires_at = now() - interval '1 day' where id = $1`, [
      who.depositId,
    ]);
    await refusedBy(
      api.sql('update booking set amount_cents = 1500 where id = $1', [paid]),
      'booking_paid_from_own_deposit',
    );
    await refusedBy(
      api.sql('update booking set quantity = 2 where id = $1', [paid]),
      'booking_paid_from_own_deposit',
    );
    await api.sql('update booking set amount_cents = 800 where id = $1', [paid]);
    expect(await depositOf(who.depositId)).toMatchObject({ spent: 800 });
    await api.sql(
      `update booking set status = 'CANCELLED', cancelled_at = now(), cancellation_reason = 'EXPIRED' where id = $1`,
      [paid],
    );
    await refusedBy(
      api.sql(
        `update booking set status = 'CONFIRMED', cancelled_at = null, cancellation_reason = null where id = $1`,
        [paid],
      ),
      'booking_paid_from_own_deposit',
    );
    expect(await depositOf(who.depositId)).toMatchObject({ spent: 0 });
    expect(await ledgerViolations(api)).toBe(0);
  });

  it('refuses moving a booking to another stock, deposit, person or cap family', async () => {
    const who = await beneficiary();
    const stranger = await beneficiary();
    const { offerId, stockId } = await offer('VOD', 500);
    const other = await offer('VOD', 500);
    const id = await insertBooking(api, {
      ...who,
      offerId,
      stockId,
      amountCents: 500,
      capFamily: 'DIGITAL',
    });
    const moves: [string, unknown][] = [
      ['stock_id = $1', other.stockId],
      ['deposit_id = $1', stranger.depositId],
      ['deposit_id = $1', null],
      ['user_id = $1', stranger.userId],
      ['cap_family = $1', 'PHYSICAL'],
      ['cap_family = $1', null],
    ];
    for (const [set, value] of moves) {
      await refusedBy(
        api.sql(`update booking set ${set} where id = $2`, [value, id]),
        'booking_ledger_immutable',
      );
    }
    // Deleting the deposit would null the booking's (on delete set null): refused the same way.
    await refusedBy(
      api.sql('delete from deposit where id = $1', [who.depositId]),
      'booking_ledger_immutable',
    );
    expect(await depositOf(who.depositId)).toEqual({ spent: 500, digital: 500, physical: 0 });
    expect(await ledgerViolations(api)).toBe(0);
  });
});

describe('legitimate writes', () => {
  it('status changes (used, reimbursed, cancelled) and deletes move the counters exactly', async () => {
    const who = await beneficiary();
    const { offerId, stockId } = await offer('LIVRE_PAPIER', 900);
    const id = await insertBooking(api, {
      ...who,
      offerId,
      stockId,
      amountCents: 900,
      capFamily: 'PHYSICAL',
    });
    await api.sql(`update booking set status = 'USED', used_at = now() where id = $1`, [id]);
    await api.sql(`update booking set status = 'REIMBURSED', reimbursed_at = now() where id = $1`, [
      id,
    ]);
    expect(await depositOf(who.depositId)).toEqual({ spent: 900, digital: 0, physical: 900 });
    // The deposit expiring changes nothing booked.
    await api.sql(`update deposit set expires_at = now() - interval '1 day' where id = $1`, [
      who.depositId,
    ]);
    await api.sql('delete from booking where id = $1', [id]);
    expect(await stockOf(stockId)).toBe(0);
    expect(await depositOf(who.depositId)).toEqual({ spent: 0, digital: 0, physical: 0 });
    expect(await ledgerViolations(api)).toBe(0);
  });

  it('TRUNCATE of the bookings zeroes what they held', async () => {
    const who = await beneficiary();
    const { offerId, stockId } = await offer('VOD', 300);
    await insertBooking(api, { ...who, offerId, stockId, amountCents: 300, capFamily: 'DIGITAL' });
    await api.sql('truncate table booking cascade');
    expect(await stockOf(stockId)).toBe(0);
    expect(await depositOf(who.depositId)).toEqual({ spent: 0, digital: 0, physical: 0 });
    const [left] = await api.sql<{ n: string }>(
      'select count(*) as n from stock where booked_quantity <> 0',
    );
    expect(left!.n).toBe('0');
    expect(await ledgerViolations(api)).toBe(0);
  });
});
