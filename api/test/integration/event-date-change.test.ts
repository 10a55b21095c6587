import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancellationLimitAt } from '../../src/modules/booking/booking.rules.js';
import { CounterService } from '../../src/modules/counter/counter.service.js';
import { Role } from '../../src/modules/identity/roles.js';
import { MailKind } from '../../src/modules/notification/outbox.entity.js';
import { renderMail } from '../../src/modules/notification/templates.js';
import { ProOfferService } from '../../src/modules/pro/pro-offer.service.js';
import { SlidingWindowLimiter } from '../../src/shared/rate-limiter.js';
import {
  insertBeneficiary,
  insertBooking,
  insertOfferWithStock,
  insertPro,
  insertVenue,
  ledgerViolations,
} from '../support/fixtures.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 18, bug 1: moving an event's date resets each live booking's cancellation limit to
 * min(new start, time of the change + 48 h), and each young person is told by email;
 * deleting a date cancels its bookings (reason OFFERER), credit back, email.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const UPDATE_STOCK = `mutation($id: ID!, $i: StockUpdateInput!) { updateStock(id: $id, input: $i) { id } }`;
const DELETE_STOCK = `mutation($id: ID!, $c: Boolean) { deleteStock(id: $id, confirm: $c) { cancelledBookings } }`;
const BOOK = 'mutation($s: ID!) { bookOffer(stockId: $s) { id cancellationLimitAt } }';
const CANCEL = 'mutation($b: ID!) { cancelBooking(bookingId: $b) { id status } }';
const MY_BOOKINGS = '{ myBookings { id cancellationLimitAt stock { beginsAt } } }';

let api: TestServer;
let venueId: number;
let pro: { userId: number; token: string };
let people = 0;

beforeAll(async () => {
  api = await startTestServer();
  const venue = await insertVenue(api);
  venueId = venue.venueId;
  pro = await insertPro(api, 'dates@exemple.fr', venue.offererId);
});
afterAll(async () => {
  expect(await ledgerViolations(api)).toBe(0);
  await api?.close();
});

async function concertIn(ms: number, priceCents = 1_500) {
  return insertOfferWithStock(api, venueId, {
    subcategoryId: 'CONCERT',
    priceCents,
    quantity: 50,
    beginsAt: new Date(Date.now() + ms),
    name: 'Concert déplacé',
  });
}

async function young() {
  return insertBeneficiary(api, `date-change-${++people}@exemple.fr`);
}

async function limitOf(bookingId: number | string): Promise<Date | null> {
  const [row] = await api.sql<{ cancellation_limit_at: Date | null }>(
    'select cancellation_limit_at from booking where id = $1',
    [Number(bookingId)],
  );
  return row!.cancellation_limit_at;
}

async function dateChangeMessages(bookingIds: readonly (number | string)[]) {
  return api.sql<{ recipient: string; payload: Record<string, unknown> }>(
    `select recipient, payload from outbox_message
      where kind = 'BOOKING_DATE_CHANGED' and (payload->>'bookingId')::int = any($1::int[])
      order by id`,
    [bookingIds.map(Number)],
  );
}

async function moveStock(stockId: number, beginsAt: Date, token = pro.token) {
  return api.gql(
    UPDATE_STOCK,
    {
      id: String(stockId),
      i: { priceCents: 1_500, quantity: 50, beginsAt: beginsAt.toISOString() },
    },
    { token },
  );
}

describe('moving an event date', () => {
  it('moved earlier: each live booking may be cancelled until the new start at the latest, and the counter takes it from then', async () => {
    const { stockId } = await concertIn(30 * DAY);
    const [a, b, c] = [await young(), await young(), await young()];
    const booked = [];
    for (const person of [a, b, c]) {
      const res = await api.gql<{ bookOffer: { id: string; cancellationLimitAt: string } }>(
        BOOK,
        { s: String(stockId) },
        { token: person.token },
      );
      expect(res.errors).toBeUndefined();
      booked.push(res.data!.bookOffer);
    }
    // c cancels: a cancelled booking keeps its dates and gets no email.
    expect(
      (await api.gql(CANCEL, { b: booked[2]!.id }, { token: c.token })).errors,
    ).toBeUndefined();
    const cancelledLimit = await limitOf(booked[2]!.id);

    const newStart = new Date(Date.now() + 5 * HOUR);
    newStart.setUTCMilliseconds(0);
    const before = Date.now();
    const moved = await moveStock(stockId, newStart);
    expect(moved.errors).toBeUndefined();

    // min(new start, change + 48 h) = the new start: never after the event.
    for (const live of booked.slice(0, 2)) {
      expect((await limitOf(live.id))!.toISOString()).toBe(newStart.toISOString());
    }
    expect(await limitOf(booked[2]!.id)).toEqual(cancelledLimit);
    const seen = await api.gql<{
      myBookings: { cancellationLimitAt: string; stock: { beginsAt: string } }[];
    }>(MY_BOOKINGS, {}, { token: a.token });
    expect(seen.data!.myBookings[0]).toMatchObject({
      cancellationLimitAt: newStart.toISOString(),
      stock: { beginsAt: newStart.toISOString() },
    });

    // One email to each young person whose booking is live, none to the one who cancelled.
    const messages = await dateChangeMessages(booked.map((x) => x.id));
    expect(messages.map((m) => m.recipient).sort()).toEqual(
      [`date-change-${people - 2}@exemple.fr`, `date-change-${people - 1}@exemple.fr`].sort(),
    );
    const mail = renderMail(MailKind.BOOKING_DATE_CHANGED, messages[0]!.payload);
    expect(mail.subject).toContain('Concert déplacé');
    expect(new Date(messages[0]!.payload.previousBeginsAt as string).getTime()).toBeGreaterThan(
      before + 29 * DAY,
    );
    expect(new Date(messages[0]!.payload.beginsAt as string).toISOString()).toBe(
      newStart.toISOString(),
    );
    expect(mail.text).toMatch(/Ancienne date : .+ à \d\d:\d\d/);
    expect(mail.text).toMatch(/Nouvelle date : .+ à \d\d:\d\d/);
    expect(mail.text).toMatch(/Annulation possible jusqu'au : .+ à \d\d:\d\d/);

    // At the counter, the booking is taken from the new start (before: TOO_EARLY until 48 h
    // after booking, hours after the concert took place).
    const counter = new CounterService(api.server.db, new SlidingWindowLimiter(100, 60_000));
    const [{ token } = { token: '' }] = await api.sql<{ token: string }>(
      'select token from booking where id = $1',
      [Number(booked[0]!.id)],
    );
    const caller = {
      viewer: { userId: pro.userId, sessionId: 0, roles: [Role.PRO] },
      ip: '127.0.0.1',
    };
    await expect(
      counter.useBooking(caller, token, new Date(newStart.getTime() - 1_000)),
    ).rejects.toMatchObject({
      code: 'TOO_EARLY',
    });
    await expect(
      counter.useBooking(caller, token, new Date(newStart.getTime() + 1_000)),
    ).resolves.toBe(Number(booked[0]!.id));
  });

  it('moved later: a young person whose window had closed gets 48 h from the change to cancel', async () => {
    const { offerId, stockId } = await concertIn(30 * DAY);
    const person = await young();
    const bookingId = await insertBooking(api, {
      userId: person.userId,
      depositId: person.depositId,
      stockId,
      offerId,
      amountCents: 1_500,
    });
    const bookedAt = new Date(Date.now() - 10 * DAY);
    await api.sql('update booking set booked_at = $1, cancellation_limit_at = $2 where id = $3', [
      bookedAt,
      cancellationLimitAt(bookedAt, new Date(Date.now() + 30 * DAY)),
      bookingId,
    ]);
    const closed = await api.gql(CANCEL, { b: String(bookingId) }, { token: person.token });
    expect(errorCode(closed)).toBe('CANCELLATION_WINDOW_CLOSED');

    const before = Date.now();
    expect((await moveStock(stockId, new Date(Date.now() + 60 * DAY))).errors).toBeUndefined();
    const after = Date.now();
    const limit = (await limitOf(bookingId))!.getTime();
    expect(limit).toBeGreaterThanOrEqual(before + 48 * HOUR);
    expect(limit).toBeLessThanOrEqual(after + 48 * HOUR);
    expect(await dateChangeMessages([bookingId])).toHaveLength(1);

    const cancelled = await api.gql<{ cancelBooking: { status: string } }>(
      CANCEL,
      { b: String(bookingId) },
      { token: person.token },
    );
    expect(cancelled.data?.cancelBooking.status).toBe('CANCELLED');
  });

  it('a price or quantity change, or the same date sent again, leaves the limits and writes nothing', async () => {
    const { stockId } = await concertIn(30 * DAY);
    const person = await young();
    const res = await api.gql<{ bookOffer: { id: string } }>(
      BOOK,
      { s: String(stockId) },
      { token: person.token },
    );
    const id = res.data!.bookOffer.id;
    const limit = await limitOf(id);
    const [stock] = await api.sql<{ begins_at: Date }>(
      'select begins_at from stock where id = $1',
      [stockId],
    );
    expect((await moveStock(stockId, stock!.begins_at)).errors).toBeUndefined();
    const priceOnly = await api.gql(
      UPDATE_STOCK,
      { id: String(stockId), i: { priceCents: 1_800, quantity: 60 } },
      { token: pro.token },
    );
    expect(priceOnly.errors).toBeUndefined();
    expect(await limitOf(id)).toEqual(limit);
    expect(await dateChangeMessages([id])).toEqual([]);
  });

  it('a pro of another offerer cannot move the date (NOT_FOUND), and nothing changes', async () => {
    const { stockId } = await concertIn(30 * DAY);
    const person = await young();
    const res = await api.gql<{ bookOffer: { id: string } }>(
      BOOK,
      { s: String(stockId) },
      { token: person.token },
    );
    const id = res.data!.bookOffer.id;
    const limit = await limitOf(id);
    const other = await insertPro(
      api,
      'dates-autre@exemple.fr',
      (await insertVenue(api)).offererId,
    );
    const refused = await moveStock(stockId, new Date(Date.now() + 3 * HOUR), other.token);
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect(await limitOf(id)).toEqual(limit);
    expect(await dateChangeMessages([id])).toEqual([]);
  });
});

describe('deleting an event date', () => {
  it('cancels its bookings (OFFERER), gives the credit back and writes to each young person', async () => {
    const { stockId } = await concertIn(20 * DAY, 2_000);
    const person = await young();
    const res = await api.gql<{ bookOffer: { id: string } }>(
      BOOK,
      { s: String(stockId) },
      { token: person.token },
    );
    const id = Number(res.data!.bookOffer.id);
    const done = await api.gql(
      DELETE_STOCK,
      { id: String(stockId), c: true },
      { token: pro.token },
    );
    expect(done.errors).toBeUndefined();
    const [booking] = await api.sql<{ status: string; cancellation_reason: string }>(
      'select status, cancellation_reason from booking where id = $1',
      [id],
    );
    expect(booking).toMatchObject({ status: 'CANCELLED', cancellation_reason: 'OFFERER' });
    const [deposit] = await api.sql<{ spent_cents: number }>(
      'select spent_cents from deposit where id = $1',
      [person.depositId],
    );
    expect(deposit!.spent_cents).toBe(0);
    const [message] = await api.sql<{ kind: string; payload: Record<string, unknown> }>(
      `select kind, payload from outbox_message where (payload->>'bookingId')::int = $1 and kind = 'BOOKING_CANCELLED'`,
      [id],
    );
    expect(renderMail(MailKind.BOOKING_CANCELLED, message!.payload).text).toContain(
      'Le lieu qui propose cette offre a annulé ta réservation.',
    );
  });
});

describe('the limit formula, for any date change (property, real database)', () => {
  it('sets every live booking to min(new start, change + 48 h) and leaves the others', async () => {
    const service = new ProOfferService(api.server.db);
    const viewer = { userId: pro.userId, sessionId: 0, roles: [Role.PRO] };
    const people = await Promise.all([young(), young(), young()]);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 120 * 24 }), // first start, hours from the change
        fc.integer({ min: 1, max: 120 * 24 * 60 }), // new start, minutes from the change
        fc.array(
          fc.record({
            bookedHoursAgo: fc.integer({ min: 0, max: 24 * 20 }),
            status: fc.constantFrom('CONFIRMED', 'CONFIRMED', 'USED', 'CANCELLED'),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        async (firstHours, newMinutes, bookings) => {
          const changedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
          const firstStart = new Date(changedAt.getTime() + firstHours * HOUR);
          const newStart = new Date(changedAt.getTime() + newMinutes * 60_000);
          const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
            subcategoryId: 'CONCERT',
            priceCents: 0,
            quantity: null,
            beginsAt: firstStart,
          });
          const before = new Map<number, { status: string; limit: Date | null }>();
          for (const [i, b] of bookings.entries()) {
            const bookedAt = new Date(changedAt.getTime() - b.bookedHoursAgo * HOUR);
            const id = await insertBooking(api, {
              userId: people[i]!.userId,
              depositId: people[i]!.depositId,
              stockId,
              offerId,
              amountCents: 0,
              status: b.status as 'CONFIRMED' | 'USED' | 'CANCELLED',
            });
            const limit = cancellationLimitAt(bookedAt, firstStart);
            await api.sql(
              'update booking set booked_at = $1, cancellation_limit_at = $2 where id = $3',
              [bookedAt, limit, id],
            );
            before.set(id, { status: b.status, limit });
          }
          await service.updateStock(
            viewer,
            stockId,
            { priceCents: 0, beginsAt: newStart },
            changedAt,
          );
          const expected = Math.min(newStart.getTime(), changedAt.getTime() + 48 * HOUR);
          for (const [id, { status, limit }] of before) {
            const now = (await limitOf(id))?.getTime() ?? null;
            if (status === 'CONFIRMED') {
              expect(now).toBe(expected);
              expect(now).toBeLessThanOrEqual(newStart.getTime());
              expect(now).toBeGreaterThan(changedAt.getTime());
            } else {
              expect(now).toBe(limit?.getTime() ?? null);
            }
          }
          const live = [...before].filter(([, b]) => b.status === 'CONFIRMED').map(([id]) => id);
          expect(await dateChangeMessages([...before.keys()])).toHaveLength(live.length);
        },
      ),
      { numRuns: 25 },
    );
  });
});
