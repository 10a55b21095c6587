import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithRowLocks } from '../support/database.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertBooking,
  insertOfferWithStock,
  insertPro,
  insertVenue,
  ledgerViolations,
} from '../support/fixtures.js';

const BOOK = 'mutation($s: ID!, $q: Int) { bookOffer(stockId: $s, quantity: $q) { id token } }';
const CANCEL = 'mutation($id: ID!) { cancelBooking(bookingId: $id) { id status } }';
const USE = 'mutation($t: String!) { useBooking(token: $t) { id status } }';

let api: TestServer;
let venueId: number;
let offererId: number;
let users = 0;

beforeAll(async () => {
  // Enough connections for real contention.
  api = await startTestServer({ DB_POOL_MAX: '40' });
  ({ venueId, offererId } = await insertVenue(api));
});
afterAll(async () => {
  await api?.close();
});

const beneficiary = () => insertBeneficiary(api, `foule${++users}@exemple.fr`);
const codes = (responses: { errors?: { extensions?: { code?: string } }[] }[]) =>
  responses.reduce<Record<string, number>>((acc, r) => {
    const code = r.errors?.[0]?.extensions?.code ?? 'OK';
    acc[code] = (acc[code] ?? 0) + 1;
    return acc;
  }, {});

/** Waits until `count` statements wait on a row lock (at most 10 s), watched from outside the pool. */
async function waitForLockWaiters(count: number): Promise<void> {
  const watcher = new pg.Client({ connectionString: api.server.database.url });
  await watcher.connect();
  try {
    for (let i = 0; i < 200; i++) {
      const { rows } = await watcher.query<{ waiting: string }>(
        `select count(*) as waiting from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if (Number(rows[0]!.waiting) >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`Fewer than ${count} statements waited on the lock`);
  } finally {
    await watcher.end();
  }
}

/** Locking is real only on PostgreSQL; the embedded database runs one transaction at a time. */
describeWithRowLocks('concurrent bookings on real PostgreSQL', () => {
  it('200 parallel attempts on a stock of 10 give exactly 10 bookings', async () => {
    const { stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 1_000,
      quantity: 10,
      beginsAt: new Date(Date.now() + 30 * 86_400_000),
    });
    const people = [];
    for (let i = 0; i < 200; i++) people.push(await beneficiary());
    const responses = await Promise.all(
      people.map((p) => api.gql(BOOK, { s: String(stockId) }, { token: p.token })),
    );
    expect(codes(responses)).toEqual({ OK: 10, SOLD_OUT: 190 });
    const [stock] = await api.sql<{ booked_quantity: number }>(
      'select booked_quantity from stock where id = $1',
      [stockId],
    );
    expect(stock!.booked_quantity).toBe(10);
    expect(await ledgerViolations(api)).toBe(0);
  });

  it('one beneficiary firing 50 parallel 30 € bookings never exceeds the credit nor the caps', async () => {
    const who = await beneficiary();
    const stocks = [];
    for (let i = 0; i < 25; i++) {
      stocks.push(
        (
          await insertOfferWithStock(api, venueId, {
            subcategoryId: 'LIVRE_PAPIER',
            priceCents: 3_000,
          })
        ).stockId,
      );
      stocks.push(
        (
          await insertOfferWithStock(api, venueId, {
            subcategoryId: 'SPECTACLE_REPRESENTATION',
            priceCents: 3_000,
            beginsAt: new Date(Date.now() + 20 * 86_400_000),
          })
        ).stockId,
      );
    }
    const responses = await Promise.all(
      stocks.map((s) => api.gql(BOOK, { s: String(s) }, { token: who.token })),
    );
    const outcome = codes(responses);
    // 500 € buys 16 bookings of 30 €; books are physical goods, capped at 200 € (6 of them).
    expect(outcome.OK).toBe(16);
    expect((outcome.INSUFFICIENT_CREDIT ?? 0) + (outcome.PHYSICAL_CAP_REACHED ?? 0)).toBe(34);
    const [deposit] = await api.sql<{ spent_cents: number; physical_spent_cents: number }>(
      'select spent_cents, physical_spent_cents from deposit where id = $1',
      [who.depositId],
    );
    expect(deposit!.spent_cents).toBe(48_000);
    expect(deposit!.physical_spent_cents).toBeLessThanOrEqual(20_000);
    expect(await ledgerViolations(api)).toBe(0);
  });

  it('a duo on the last place is refused while a solo takes it', async () => {
    const { stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      isDuo: true,
      priceCents: 500,
      quantity: 1,
      beginsAt: new Date(Date.now() + 30 * 86_400_000),
    });
    const [a, b] = [await beneficiary(), await beneficiary()];
    const [duo, solo] = await Promise.all([
      api.gql(BOOK, { s: String(stockId), q: 2 }, { token: a.token }),
      api.gql(BOOK, { s: String(stockId), q: 1 }, { token: b.token }),
    ]);
    expect(errorCode(duo)).toBe('SOLD_OUT');
    expect(solo.errors).toBeUndefined();
  });

  it('concurrent cancel and use of one booking leave one consistent outcome', async () => {
    const pro = await insertPro(api, `guichet-course${users}@exemple.fr`, offererId);
    for (let round = 0; round < 10; round++) {
      const who = await beneficiary();
      const { stockId } = await insertOfferWithStock(api, venueId, {
        subcategoryId: 'LIVRE_PAPIER',
        priceCents: 1_000,
        quantity: 3,
      });
      const booked = await api.gql<{ bookOffer: { id: string; token: string } }>(
        BOOK,
        { s: String(stockId) },
        { token: who.token },
      );
      const { id, token } = booked.data!.bookOffer;
      const [cancel, use] = await Promise.all([
        api.gql(CANCEL, { id }, { token: who.token }),
        api.gql(USE, { t: token }, { token: pro.token }),
      ]);
      const [row] = await api.sql<{ status: string }>('select status from booking where id = $1', [
        Number(id),
      ]);
      if (row!.status === 'CANCELLED') {
        expect(cancel.errors).toBeUndefined();
        expect(errorCode(use)).toBe('BOOKING_CANCELLED');
      } else {
        expect(row!.status).toBe('USED');
        expect(use.errors).toBeUndefined();
        expect(errorCode(cancel)).toBe('BOOKING_ALREADY_USED');
      }
    }
    expect(await ledgerViolations(api)).toBe(0);
  });

  it('50 parallel retries with one idempotency key all answer with the same booking', async () => {
    const KEYED = `mutation($s: ID!, $q: Int, $k: String) {
      bookOffer(stockId: $s, quantity: $q, idempotencyKey: $k) { id token quantity } }`;
    const who = await beneficiary();
    const { stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      isDuo: true,
      priceCents: 1_500,
      quantity: 100,
      beginsAt: new Date(Date.now() + 30 * 86_400_000),
    });
    const key = 'reessai-parallele-0001';
    // Hold the person's row so that all 50 arrive before any commits: each then reads the
    // database before the first booking exists, and waits for it (the race, made certain).
    const locker = new pg.Client({ connectionString: api.server.database.url });
    await locker.connect();
    let responses;
    try {
      await locker.query('begin');
      await locker.query('select id from app_user where id = $1 for update', [who.userId]);
      const pending = Promise.all(
        Array.from({ length: 50 }, () =>
          api.gql<{ bookOffer: { id: string; token: string; quantity: number } }>(
            KEYED,
            { s: String(stockId), q: 1, k: key },
            { token: who.token },
          ),
        ),
      );
      await waitForLockWaiters(30);
      await locker.query('commit');
      responses = await pending;
    } finally {
      await locker.end();
    }
    expect(codes(responses)).toEqual({ OK: 50 });
    const ids = new Set(responses.map((r) => r.data?.bookOffer.id));
    expect(ids.size).toBe(1);
    expect(new Set(responses.map((r) => r.data?.bookOffer.token)).size).toBe(1);
    const rows = await api.sql<{ id: number }>(
      'select id from booking where user_id = $1 and stock_id = $2',
      [who.userId, stockId],
    );
    expect(rows.map((r) => String(r.id))).toEqual([...ids]);

    // A different request under the same key, sent in parallel, is still refused.
    const [same, other] = await Promise.all([
      api.gql(KEYED, { s: String(stockId), q: 1, k: key }, { token: who.token }),
      api.gql(KEYED, { s: String(stockId), q: 2, k: key }, { token: who.token }),
    ]);
    expect(same.errors).toBeUndefined();
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
    expect(await ledgerViolations(api)).toBe(0);
  });
});

describe('the database refuses what the code might miss', () => {
  it('refuses an oversold stock written around the service', async () => {
    const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'LIVRE_PAPIER',
      priceCents: 0,
      quantity: 1,
    });
    const [a, b] = [await beneficiary(), await beneficiary()];
    await insertBooking(api, {
      userId: a.userId,
      depositId: a.depositId,
      offerId,
      stockId,
      amountCents: 0,
    });
    await expect(
      insertBooking(api, {
        userId: b.userId,
        depositId: b.depositId,
        offerId,
        stockId,
        amountCents: 0,
      }),
    ).rejects.toThrow(/stock_booked_within_quantity/);
  });

  it('refuses an overspent deposit, total and caps, written around the service', async () => {
    const who = await beneficiary();
    const offerFor = (subcategoryId: string) =>
      insertOfferWithStock(api, venueId, { subcategoryId, priceCents: 0, quantity: null });
    const vod = await offerFor('VOD');
    await expect(
      insertBooking(api, {
        userId: who.userId,
        depositId: who.depositId,
        ...vod,
        amountCents: 20_001,
        capFamily: 'DIGITAL',
      }),
    ).rejects.toThrow(/deposit_digital_cap_respected/);
    const book = await offerFor('LIVRE_PAPIER');
    await expect(
      insertBooking(api, {
        userId: who.userId,
        depositId: who.depositId,
        ...book,
        amountCents: 20_001,
        capFamily: 'PHYSICAL',
      }),
    ).rejects.toThrow(/deposit_physical_cap_respected/);
    const show = await offerFor('SPECTACLE_REPRESENTATION');
    await expect(
      insertBooking(api, {
        userId: who.userId,
        depositId: who.depositId,
        ...show,
        amountCents: 25_001,
        quantity: 2,
      }),
    ).rejects.toThrow(/deposit_not_overspent/);
    // Exactly the credit is fine.
    await insertBooking(api, {
      userId: who.userId,
      depositId: who.depositId,
      ...show,
      amountCents: 25_000,
      quantity: 2,
    });
  });

  it("refuses a paid booking drawn on no deposit or on someone else's", async () => {
    const [a, b] = [await beneficiary(), await beneficiary()];
    const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 1_000,
    });
    await expect(
      insertBooking(api, {
        userId: a.userId,
        depositId: null,
        offerId,
        stockId,
        amountCents: 1_000,
      }),
    ).rejects.toThrow(/paid booking needs a live deposit/);
    await expect(
      insertBooking(api, {
        userId: a.userId,
        depositId: b.depositId,
        offerId,
        stockId,
        amountCents: 1_000,
      }),
    ).rejects.toThrow(/paid booking needs a live deposit/);
  });

  it('keeps the ledger exact through updates and deletes', async () => {
    const who = await beneficiary();
    const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'VOD',
      priceCents: 0,
      quantity: 5,
    });
    const id = await insertBooking(api, {
      userId: who.userId,
      depositId: who.depositId,
      offerId,
      stockId,
      amountCents: 500,
      capFamily: 'DIGITAL',
    });
    await api.sql("update booking set status = 'USED', used_at = now() where id = $1", [id]);
    await api.sql(
      "update booking set status = 'CANCELLED', cancelled_at = now(), cancellation_reason = 'FRAUD' where id = $1",
      [id],
    );
    await api.sql(
      "update booking set status = 'CONFIRMED', cancelled_at = null, cancellation_reason = null where id = $1",
      [id],
    );
    await api.sql('delete from booking where id = $1', [id]);
    expect(await ledgerViolations(api)).toBe(0);
    const [deposit] = await api.sql<{ spent_cents: number }>(
      'select spent_cents from deposit where id = $1',
      [who.depositId],
    );
    expect(deposit!.spent_cents).toBe(0);
  });
});
