import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertOfferWithStock,
  insertPro,
  insertVenue,
  ledgerViolations,
} from '../support/fixtures.js';

const LOOKUP =
  'query($t: String!) { bookingByToken(token: $t) { id token status quantity offer { name } } }';
const USE = 'mutation($t: String!) { useBooking(token: $t) { id status usedAt } }';
const UNUSE = 'mutation($t: String!) { unuseBooking(token: $t) { id status usedAt } }';
const BOOK = 'mutation($s: ID!) { bookOffer(stockId: $s) { id token } }';

const DAY = 86_400_000;

let api: TestServer;
let venueId: number;
let proToken: string;
let otherProToken: string;
let beneficiaries = 0;

beforeAll(async () => {
  api = await startTestServer();
  const venue = await insertVenue(api);
  venueId = venue.venueId;
  proToken = (await insertPro(api, 'guichet@exemple.fr', venue.offererId)).token;
  const other = await insertVenue(api);
  otherProToken = (await insertPro(api, 'guichet-autre@exemple.fr', other.offererId)).token;
});
afterAll(async () => {
  expect(await ledgerViolations(api)).toBe(0);
  await api?.close();
});

/** A fresh booking of a thing (or of an event in `eventInDays`) at the pro's venue. */
async function booking(eventInDays?: number): Promise<{ id: string; token: string }> {
  const who = await insertBeneficiary(api, `client${++beneficiaries}@exemple.fr`);
  const { stockId } = await insertOfferWithStock(api, venueId, {
    subcategoryId: eventInDays === undefined ? 'LIVRE_PAPIER' : 'CONCERT',
    priceCents: 1_000,
    beginsAt: eventInDays === undefined ? null : new Date(Date.now() + eventInDays * DAY),
    name: 'Roman du guichet',
  });
  const res = await api.gql<{ bookOffer: { id: string; token: string } }>(
    BOOK,
    { s: String(stockId) },
    { token: who.token },
  );
  return res.data!.bookOffer;
}

describe('counter', () => {
  it('finds a booking of its own offerer by token, whatever the case, or by QR payload', async () => {
    const { token } = await booking();
    const lower = await api.gql<{ bookingByToken: { token: string; offer: { name: string } } }>(
      LOOKUP,
      { t: ` ${token.toLowerCase()} ` },
      { token: proToken },
    );
    expect(lower.data?.bookingByToken).toMatchObject({
      token,
      offer: { name: 'Roman du guichet' },
    });
    const scanned = await api.gql(
      LOOKUP,
      { t: `PASSCULTURE:v3;TOKEN:${token}` },
      { token: proToken },
    );
    expect(scanned.errors).toBeUndefined();
  });

  it("answers NOT_FOUND for another offerer's booking, so tokens cannot be probed", async () => {
    const { token } = await booking();
    expect(errorCode(await api.gql(LOOKUP, { t: token }, { token: otherProToken }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await api.gql(USE, { t: token }, { token: otherProToken }))).toBe('NOT_FOUND');
  });

  it('is for pros only', async () => {
    const { token } = await booking();
    const who = await insertBeneficiary(api, `curieux@exemple.fr`);
    expect(errorCode(await api.gql(LOOKUP, { t: token }, { token: who.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(LOOKUP, { t: token }))).toBe('UNAUTHENTICATED');
  });

  it('uses a booking once, sets it back, and uses it again', async () => {
    const { token } = await booking();
    const used = await api.gql<{ useBooking: { status: string; usedAt: string } }>(
      USE,
      { t: token },
      { token: proToken },
    );
    expect(used.data?.useBooking.status).toBe('USED');
    expect(used.data?.useBooking.usedAt).not.toBeNull();
    expect(errorCode(await api.gql(USE, { t: token }, { token: proToken }))).toBe(
      'BOOKING_ALREADY_USED',
    );
    const unused = await api.gql<{ unuseBooking: { status: string; usedAt: null } }>(
      UNUSE,
      { t: token },
      { token: proToken },
    );
    expect(unused.data?.unuseBooking).toEqual({
      id: expect.any(String),
      status: 'CONFIRMED',
      usedAt: null,
    });
    expect(errorCode(await api.gql(UNUSE, { t: token }, { token: proToken }))).toBe(
      'BOOKING_NOT_USED',
    );
    expect((await api.gql(USE, { t: token }, { token: proToken })).errors).toBeUndefined();
  });

  it('refuses cancelled and reimbursed bookings', async () => {
    const cancelled = await booking();
    await api.sql(
      "update booking set status = 'CANCELLED', cancelled_at = now(), cancellation_reason = 'OFFERER' where token = $1",
      [cancelled.token],
    );
    expect(errorCode(await api.gql(USE, { t: cancelled.token }, { token: proToken }))).toBe(
      'BOOKING_CANCELLED',
    );
    const reimbursed = await booking();
    await api.sql(
      "update booking set status = 'REIMBURSED', used_at = now(), reimbursed_at = now() where token = $1",
      [reimbursed.token],
    );
    expect(errorCode(await api.gql(USE, { t: reimbursed.token }, { token: proToken }))).toBe(
      'BOOKING_REIMBURSED',
    );
    expect(errorCode(await api.gql(UNUSE, { t: reimbursed.token }, { token: proToken }))).toBe(
      'BOOKING_REIMBURSED',
    );
  });

  it('refuses an event booking before its cancellation limit (TOO_EARLY)', async () => {
    const { token } = await booking(10);
    const res = await api.gql(USE, { t: token }, { token: proToken });
    expect(errorCode(res)).toBe('TOO_EARLY');
    expect(res.errors?.[0]?.message).toMatch(/pourra être validée à partir du/);
  });

  it('rate-limits failed look-ups: 10 a minute per user and per IP, then RATE_LIMITED even for a good token', async () => {
    // A server of its own: the limiter counts per process, and the tests above failed look-ups too.
    const fresh = await startTestServer();
    try {
      const venue = await insertVenue(fresh);
      const guesser = (await insertPro(fresh, 'devineur@exemple.fr', venue.offererId)).token;
      const colleague = (await insertPro(fresh, 'collegue@exemple.fr', venue.offererId)).token;
      for (let i = 0; i < 10; i++) {
        expect(errorCode(await fresh.gql(LOOKUP, { t: 'ZZZZZZ' }, { token: guesser }))).toBe(
          'NOT_FOUND',
        );
      }
      const limited = await fresh.gql(LOOKUP, { t: 'ZZZZZZ' }, { token: guesser });
      expect(errorCode(limited)).toBe('RATE_LIMITED');
      expect(limited.errors?.[0]?.message).toMatch(/réessayez dans une minute/);
      // Same IP (loopback): the colleague is held back too.
      expect(errorCode(await fresh.gql(USE, { t: 'ZZZZZZ' }, { token: colleague }))).toBe(
        'RATE_LIMITED',
      );
    } finally {
      await fresh.close();
    }
  });
});
