import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithRowLocks } from '../support/database.js';
import { runBookingJobs } from '../../src/modules/booking/booking.jobs.js';
import { findSubcategory } from '../../src/modules/catalog/categories.js';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertBooking,
  insertOfferWithStock,
  insertVenue,
  ledgerViolations,
} from '../support/fixtures.js';

const DAY = 86_400_000;
let api: TestServer;
let venueId: number;
let users = 0;

beforeAll(async () => {
  api = await startTestServer();
  ({ venueId } = await insertVenue(api));
});
afterAll(async () => {
  await api?.close();
});

async function bookedDaysAgo(subcategoryId: string, days: number, beginsAt: Date | null = null) {
  const who = await insertBeneficiary(api, `job${++users}@exemple.fr`);
  const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
    subcategoryId,
    priceCents: 2_000,
    beginsAt,
  });
  const capFamily = findSubcategory(subcategoryId)!.capFamily;
  const id = await insertBooking(api, {
    userId: who.userId,
    depositId: who.depositId,
    offerId,
    stockId,
    amountCents: 2_000,
    capFamily,
  });
  await api.sql('update booking set booked_at = $1 where id = $2', [
    new Date(Date.now() - days * DAY),
    id,
  ]);
  return { id, stockId, depositId: who.depositId };
}

async function statusOf(id: number) {
  const [row] = await api.sql<{
    status: string;
    cancellation_reason: string | null;
    used_at: string | null;
  }>('select status, cancellation_reason, used_at from booking where id = $1', [id]);
  return row!;
}

describe('booking jobs', () => {
  it('expire paper books after 10 days and other expirable things after 30, returning place and credit', async () => {
    const book11 = await bookedDaysAgo('LIVRE_PAPIER', 11);
    const book9 = await bookedDaysAgo('LIVRE_PAPIER', 9);
    const instrument31 = await bookedDaysAgo('ACHAT_INSTRUMENT', 31);
    const instrument29 = await bookedDaysAgo('ACHAT_INSTRUMENT', 29);
    const digital = await bookedDaysAgo('VOD', 90);
    const concert = await bookedDaysAgo('CONCERT', 3, new Date(Date.now() - 49 * 3_600_000));
    const concertSoon = await bookedDaysAgo('CONCERT', 3, new Date(Date.now() - 47 * 3_600_000));

    const result = await runBookingJobs(api.server.db);
    expect(result).toEqual({ expired: 2, markedUsed: 1 });

    expect(await statusOf(book11.id)).toMatchObject({
      status: 'CANCELLED',
      cancellation_reason: 'EXPIRED',
    });
    expect(await statusOf(instrument31.id)).toMatchObject({
      status: 'CANCELLED',
      cancellation_reason: 'EXPIRED',
    });
    for (const kept of [book9, instrument29, digital, concertSoon])
      expect((await statusOf(kept.id)).status).toBe('CONFIRMED');
    expect(await statusOf(concert.id)).toMatchObject({
      status: 'USED',
      used_at: expect.any(Date),
    });

    const [stock] = await api.sql<{ booked_quantity: number }>(
      'select booked_quantity from stock where id = $1',
      [book11.stockId],
    );
    expect(stock!.booked_quantity).toBe(0);
    const [deposit] = await api.sql<{ spent_cents: number }>(
      'select spent_cents from deposit where id = $1',
      [book11.depositId],
    );
    expect(deposit!.spent_cents).toBe(0);
    expect(await ledgerViolations(api)).toBe(0);

    expect(await runBookingJobs(api.server.db)).toEqual({ expired: 0, markedUsed: 0 });
  });

  it('expire subscriptions, cards and instrument rentals after 30 days unused, like other things', async () => {
    const museumCard60 = await bookedDaysAgo('CARTE_MUSEE', 60);
    const concertPass31 = await bookedDaysAgo('ABO_CONCERT', 31);
    const showPass31 = await bookedDaysAgo('ABO_SPECTACLE', 31);
    const cinemaCard31 = await bookedDaysAgo('CARTE_CINE_MULTISEANCES', 31);
    const rental31 = await bookedDaysAgo('LOCATION_INSTRUMENT', 31);
    const museumCard29 = await bookedDaysAgo('CARTE_MUSEE', 29);
    const rental29 = await bookedDaysAgo('LOCATION_INSTRUMENT', 29);

    expect(await runBookingJobs(api.server.db)).toEqual({ expired: 5, markedUsed: 0 });
    for (const expired of [museumCard60, concertPass31, showPass31, cinemaCard31, rental31]) {
      expect(await statusOf(expired.id)).toMatchObject({
        status: 'CANCELLED',
        cancellation_reason: 'EXPIRED',
      });
    }
    for (const kept of [museumCard29, rental29])
      expect((await statusOf(kept.id)).status).toBe('CONFIRMED');
    expect(await ledgerViolations(api)).toBe(0);
  });

  // The embedded database runs one transaction at a time: a second runner would wait, not skip.
  itWithRowLocks('lets one runner at a time hold the jobs lock', async () => {
    // Another instance holds the lock, on a connection of its own.
    const other = new pg.Client({ connectionString: api.server.database.url });
    await other.connect();
    try {
      await other.query('begin');
      await other.query(`select pg_advisory_xact_lock(hashtext('passculture:booking-jobs'))`);
      expect(await runBookingJobs(api.server.db)).toBeNull();
      await other.query('commit');
    } finally {
      await other.end();
    }
    expect(await runBookingJobs(api.server.db)).toEqual({ expired: 0, markedUsed: 0 });
  });
});
