import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertOfferWithStock,
  insertPro,
  insertUser,
  insertVenue,
  ledgerViolations,
  logInAs,
  type OfferFixture,
} from '../support/fixtures.js';

const BOOK = /* GraphQL */ `
  mutation Book($stockId: ID!, $quantity: Int, $key: String) {
    bookOffer(stockId: $stockId, quantity: $quantity, idempotencyKey: $key) {
      id
      token
      qrCodePayload
      status
      quantity
      amountCents
      unitPriceCents
      bookedAt
      cancellationLimitAt
      stock {
        id
        remainingQuantity
      }
      offer {
        id
        name
        venue {
          id
          city
        }
      }
    }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($id: ID!) {
    cancelBooking(bookingId: $id) {
      id
      status
      cancelledAt
      cancellationReason
    }
  }
`;
const WALLET =
  'query { me { wallet { remainingCents digitalRemainingCents physicalRemainingCents } } }';

type Booked = {
  bookOffer: {
    id: string;
    token: string;
    qrCodePayload: string;
    status: string;
    quantity: number;
    amountCents: number;
    unitPriceCents: number;
    cancellationLimitAt: string | null;
    stock: { id: string; remainingQuantity: number | null };
    offer: { id: string; venue: { city: string } };
  };
};

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

let api: TestServer;
let venueId: number;
let offererId: number;
let userCounter = 0;

beforeAll(async () => {
  api = await startTestServer();
  ({ venueId, offererId } = await insertVenue(api));
});
afterAll(async () => {
  expect(await ledgerViolations(api)).toBe(0);
  await api?.close();
});

const newBeneficiary = (deposit?: Parameters<typeof insertBeneficiary>[2]) =>
  insertBeneficiary(api, `jeune${++userCounter}@exemple.fr`, deposit);
const offer = (fields: Partial<OfferFixture> = {}) =>
  insertOfferWithStock(api, venueId, {
    subcategoryId: 'LIVRE_PAPIER',
    priceCents: 1_500,
    ...fields,
  });
const book = (
  token: string,
  stockId: number,
  variables: { quantity?: number; key?: string } = {},
) => api.gql<Booked>(BOOK, { stockId: String(stockId), ...variables }, { token });

describe('bookOffer', () => {
  it('books a place: token, QR payload, amount, stock and wallet move together', async () => {
    const who = await newBeneficiary();
    const { stockId } = await offer({ quantity: 5 });
    const res = await book(who.token, stockId);
    expect(res.errors).toBeUndefined();
    const booking = res.data!.bookOffer;
    expect(booking.token).toMatch(/^[A-HJ-NP-Z2-7]{6}$/);
    expect(booking.qrCodePayload).toBe(`PASSCULTURE:v3;TOKEN:${booking.token}`);
    expect(booking).toMatchObject({
      status: 'CONFIRMED',
      quantity: 1,
      amountCents: 1_500,
      cancellationLimitAt: null,
    });
    expect(booking.stock.remainingQuantity).toBe(4);
    expect(booking.offer.venue.city).toBe('Saint-Denis');
    const wallet = await api.gql<{
      me: { wallet: { remainingCents: number; physicalRemainingCents: number } };
    }>(WALLET, {}, { token: who.token });
    expect(wallet.data?.me.wallet).toMatchObject({
      remainingCents: 48_500,
      physicalRemainingCents: 18_500,
    });
  });

  it('books a duo for two places and charges both', async () => {
    const who = await newBeneficiary();
    const { stockId } = await offer({
      subcategoryId: 'CONCERT',
      isDuo: true,
      priceCents: 2_000,
      beginsAt: inDays(20),
      quantity: 10,
    });
    const res = await book(who.token, stockId, { quantity: 2 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.bookOffer).toMatchObject({
      quantity: 2,
      amountCents: 4_000,
      unitPriceCents: 2_000,
    });
    expect(res.data?.bookOffer.stock.remainingQuantity).toBe(8);
    expect(res.data?.bookOffer.cancellationLimitAt).not.toBeNull();
  });

  it('asks anonymous callers to log in', async () => {
    const { stockId } = await offer();
    expect(errorCode(await api.gql(BOOK, { stockId: String(stockId) }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a paid offer without an active deposit, but books a free one', async () => {
    await insertUser(api, {
      email: 'preinscrit@exemple.fr',
      departmentCode: '75',
      activationStatus: 'PRE_REGISTERED',
    });
    const token = await logInAs(api, 'preinscrit@exemple.fr');
    const paid = await offer();
    expect(errorCode(await book(token, paid.stockId))).toBe('NO_ACTIVE_DEPOSIT');
    const free = await offer({ priceCents: 0, subcategoryId: 'VISITE', beginsAt: inDays(10) });
    const res = await book(token, free.stockId);
    expect(res.errors).toBeUndefined();
    expect(res.data?.bookOffer.amountCents).toBe(0);
  });

  it('refuses when the deposit has expired', async () => {
    const who = await newBeneficiary({ expiresAt: new Date(Date.now() - 1_000) });
    const { stockId } = await offer();
    expect(errorCode(await book(who.token, stockId))).toBe('NO_ACTIVE_DEPOSIT');
  });

  it.each([
    ['not approved', { validation: 'PENDING' as const }],
    ['inactive', { isActive: false }],
  ])('refuses an offer %s with OFFER_NOT_BOOKABLE', async (_label, fields) => {
    const who = await newBeneficiary();
    const { stockId } = await offer(fields);
    expect(errorCode(await book(who.token, stockId))).toBe('OFFER_NOT_BOOKABLE');
  });

  it('refuses an offer of an offerer not validated', async () => {
    const who = await newBeneficiary();
    const unvalidated = await insertVenue(api, 'NEW');
    const { stockId } = await insertOfferWithStock(api, unvalidated.venueId, {
      subcategoryId: 'LIVRE_PAPIER',
      priceCents: 100,
    });
    expect(errorCode(await book(who.token, stockId))).toBe('OFFER_NOT_BOOKABLE');
  });

  it.each([
    ['soft-deleted', { isSoftDeleted: true }],
    [
      'past its booking limit',
      { subcategoryId: 'CONCERT', beginsAt: inDays(2), bookingLimitAt: inDays(-1) },
    ],
    ['already started', { subcategoryId: 'CONCERT', beginsAt: inDays(-0.01) }],
  ])('refuses a stock %s with STOCK_NOT_BOOKABLE', async (_label, fields) => {
    const who = await newBeneficiary();
    const { stockId } = await offer(fields);
    expect(errorCode(await book(who.token, stockId))).toBe('STOCK_NOT_BOOKABLE');
  });

  it.each([0, 2, 3, -1])(
    'refuses quantity %i on a solo offer with INVALID_QUANTITY',
    async (quantity) => {
      const who = await newBeneficiary();
      const { stockId } = await offer();
      expect(errorCode(await book(who.token, stockId, { quantity }))).toBe('INVALID_QUANTITY');
    },
  );

  it('refuses 3 places on a duo offer', async () => {
    const who = await newBeneficiary();
    const { stockId } = await offer({
      subcategoryId: 'CONCERT',
      isDuo: true,
      beginsAt: inDays(20),
    });
    expect(errorCode(await book(who.token, stockId, { quantity: 3 }))).toBe('INVALID_QUANTITY');
  });

  it('refuses a sold-out stock, and a duo on the last place', async () => {
    const { stockId } = await offer({
      subcategoryId: 'CONCERT',
      isDuo: true,
      beginsAt: inDays(20),
      quantity: 1,
    });
    const first = await newBeneficiary();
    expect(errorCode(await book(first.token, stockId, { quantity: 2 }))).toBe('SOLD_OUT');
    expect((await book(first.token, stockId)).errors).toBeUndefined();
    const second = await newBeneficiary();
    const res = await book(second.token, stockId);
    expect(errorCode(res)).toBe('SOLD_OUT');
    expect(res.errors?.[0]?.message).toMatch(/plus assez de places/);
  });

  it('refuses a second booking of the same offer, even on another stock', async () => {
    const who = await newBeneficiary();
    const { stockId } = await offer();
    expect((await book(who.token, stockId)).errors).toBeUndefined();
    expect(errorCode(await book(who.token, stockId))).toBe('ALREADY_BOOKED');
  });

  it('refuses what the credit cannot pay, then the digital and physical caps', async () => {
    const poor = await newBeneficiary({ amountCents: 1_000 });
    expect(errorCode(await book(poor.token, (await offer({ priceCents: 1_001 })).stockId))).toBe(
      'INSUFFICIENT_CREDIT',
    );

    const digital = await newBeneficiary({ digitalCapCents: 1_000 });
    const vod = await offer({ subcategoryId: 'VOD', priceCents: 1_200, quantity: null });
    expect(errorCode(await book(digital.token, vod.stockId))).toBe('DIGITAL_CAP_REACHED');

    const physical = await newBeneficiary({ physicalCapCents: 1_000 });
    const instrument = await offer({ subcategoryId: 'ACHAT_INSTRUMENT', priceCents: 1_200 });
    expect(errorCode(await book(physical.token, instrument.stockId))).toBe('PHYSICAL_CAP_REACHED');

    // An event counts against the total only.
    const event = await offer({
      subcategoryId: 'SPECTACLE_REPRESENTATION',
      priceCents: 1_200,
      beginsAt: inDays(30),
    });
    expect((await book(physical.token, event.stockId)).errors).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown or malformed stock id', async () => {
    const who = await newBeneficiary();
    expect(errorCode(await api.gql(BOOK, { stockId: '999999' }, { token: who.token }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await api.gql(BOOK, { stockId: 'abc' }, { token: who.token }))).toBe(
      'NOT_FOUND',
    );
  });

  it('returns the first booking when called again with the same idempotency key', async () => {
    const who = await newBeneficiary();
    const { stockId } = await offer({
      subcategoryId: 'CONCERT',
      isDuo: true,
      beginsAt: inDays(20),
      quantity: 10,
    });
    const first = await book(who.token, stockId, { key: 'cle-unique-123' });
    const again = await book(who.token, stockId, { key: 'cle-unique-123' });
    expect(again.errors).toBeUndefined();
    expect(again.data?.bookOffer.id).toBe(first.data?.bookOffer.id);
    expect(again.data?.bookOffer.stock.remainingQuantity).toBe(9);
    const other = await book(who.token, stockId, { key: 'cle-unique-123', quantity: 2 });
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
    expect(errorCode(await book(who.token, stockId, { key: 'court' }))).toBe('BAD_USER_INPUT');
  });
});

describe('cancelBooking', () => {
  it('lets the beneficiary cancel a thing, returning place and credit, once', async () => {
    const who = await newBeneficiary();
    const { stockId } = await offer({ quantity: 3 });
    const booked = await book(who.token, stockId);
    const res = await api.gql<{ cancelBooking: { status: string; cancellationReason: string } }>(
      CANCEL,
      { id: booked.data!.bookOffer.id },
      { token: who.token },
    );
    expect(res.data?.cancelBooking).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'BENEFICIARY',
    });
    const [stock] = await api.sql<{ booked_quantity: number }>(
      'select booked_quantity from stock where id = $1',
      [stockId],
    );
    expect(stock!.booked_quantity).toBe(0);
    const wallet = await api.gql<{ me: { wallet: { remainingCents: number } } }>(
      WALLET,
      {},
      { token: who.token },
    );
    expect(wallet.data?.me.wallet.remainingCents).toBe(50_000);
    const again = await api.gql(CANCEL, { id: booked.data!.bookOffer.id }, { token: who.token });
    expect(errorCode(again)).toBe('BOOKING_CANCELLED');
    expect(
      (
        await api.gql<{ me: { wallet: { remainingCents: number } } }>(
          WALLET,
          {},
          { token: who.token },
        )
      ).data?.me.wallet.remainingCents,
    ).toBe(50_000);
    // Cancelled, the offer can be booked again.
    expect((await book(who.token, stockId)).errors).toBeUndefined();
  });

  it('closes the window of an event 48 hours after booking (or before the event)', async () => {
    const who = await newBeneficiary();
    const { stockId } = await offer({ subcategoryId: 'CONCERT', beginsAt: inDays(30) });
    const booked = await book(who.token, stockId);
    await api.sql(
      "update booking set cancellation_limit_at = now() - interval '1 minute' where id = $1",
      [Number(booked.data!.bookOffer.id)],
    );
    expect(
      errorCode(await api.gql(CANCEL, { id: booked.data!.bookOffer.id }, { token: who.token })),
    ).toBe('CANCELLATION_WINDOW_CLOSED');
  });

  it('lets a pro of the venue cancel (OFFERER), hides it from other pros and beneficiaries', async () => {
    const who = await newBeneficiary();
    const { stockId } = await offer();
    const bookingId = (await book(who.token, stockId)).data!.bookOffer.id;
    const stranger = await newBeneficiary();
    expect(errorCode(await api.gql(CANCEL, { id: bookingId }, { token: stranger.token }))).toBe(
      'NOT_FOUND',
    );
    const other = await insertVenue(api);
    const otherPro = await insertPro(api, `pro-autre-${userCounter}@exemple.fr`, other.offererId);
    expect(errorCode(await api.gql(CANCEL, { id: bookingId }, { token: otherPro.token }))).toBe(
      'NOT_FOUND',
    );
    const pro = await insertPro(api, `pro-${userCounter}@exemple.fr`, offererId);
    const res = await api.gql<{ cancelBooking: { cancellationReason: string } }>(
      CANCEL,
      { id: bookingId },
      { token: pro.token },
    );
    expect(res.data?.cancelBooking.cancellationReason).toBe('OFFERER');
  });

  it('lets an admin cancel any booking (BACKOFFICE)', async () => {
    const who = await newBeneficiary();
    const { stockId } = await offer();
    const bookingId = (await book(who.token, stockId)).data!.bookOffer.id;
    await insertUser(api, { email: 'admin-annule@exemple.fr', roles: ['ADMIN'] });
    const admin = await logInAs(api, 'admin-annule@exemple.fr');
    const res = await api.gql<{ cancelBooking: { cancellationReason: string } }>(
      CANCEL,
      { id: bookingId },
      { token: admin },
    );
    expect(res.data?.cancelBooking.cancellationReason).toBe('BACKOFFICE');
  });

  it('refuses to cancel a used booking', async () => {
    const who = await newBeneficiary();
    const { stockId } = await offer();
    const bookingId = (await book(who.token, stockId)).data!.bookOffer.id;
    await api.sql("update booking set status = 'USED', used_at = now() where id = $1", [
      Number(bookingId),
    ]);
    expect(errorCode(await api.gql(CANCEL, { id: bookingId }, { token: who.token }))).toBe(
      'BOOKING_ALREADY_USED',
    );
  });
});

describe('myBookings', () => {
  const MY_BOOKINGS = /* GraphQL */ `
    query My($status: BookingStatus) {
      myBookings(status: $status) {
        id
        status
        token
        amountCents
        stock {
          id
          beginsAt
          priceCents
        }
        offer {
          id
          name
          isFavorite
          subcategory {
            id
            label
          }
          venue {
            id
            name
            city
            location {
              latitude
              longitude
            }
          }
        }
      }
    }
  `;

  it('lists the bookings with offer, venue and stock in a constant number of statements', async () => {
    const who = await newBeneficiary();
    const counts: number[] = [];
    for (const size of [2, 8]) {
      while (
        ((await api.gql<{ myBookings: unknown[] }>(MY_BOOKINGS, {}, { token: who.token })).data
          ?.myBookings.length ?? 0) < size
      ) {
        const other = await insertVenue(api);
        const { stockId } = await insertOfferWithStock(api, other.venueId, {
          subcategoryId: 'CONCERT',
          priceCents: 100,
          beginsAt: inDays(40),
        });
        await book(who.token, stockId);
      }
      const before = api.queryCount();
      const res = await api.gql<{ myBookings: { offer: { venue: { city: string } } }[] }>(
        MY_BOOKINGS,
        {},
        { token: who.token },
      );
      counts.push(api.queryCount() - before);
      expect(res.data?.myBookings).toHaveLength(size);
      expect(res.data?.myBookings.every((b) => b.offer.venue.city === 'Saint-Denis')).toBe(true);
    }
    expect(counts[0]).toBe(counts[1]);
    // session, bookings, stocks, offers, venues, favorites
    expect(counts[0]).toBe(6);
  });

  it('filters by status', async () => {
    const who = await newBeneficiary();
    const a = await offer();
    const b = await offer();
    await book(who.token, a.stockId);
    const second = await book(who.token, b.stockId);
    await api.gql(CANCEL, { id: second.data!.bookOffer.id }, { token: who.token });
    const cancelled = await api.gql<{ myBookings: { id: string }[] }>(
      MY_BOOKINGS,
      { status: 'CANCELLED' },
      { token: who.token },
    );
    expect(cancelled.data?.myBookings.map((x) => x.id)).toEqual([second.data!.bookOffer.id]);
    const confirmed = await api.gql<{ myBookings: { id: string }[] }>(
      MY_BOOKINGS,
      { status: 'CONFIRMED' },
      { token: who.token },
    );
    expect(confirmed.data?.myBookings).toHaveLength(1);
  });
});
