import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelLiveBookings } from '../../src/modules/booking/bulk-cancel.js';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertBooking,
  insertOfferWithStock,
  insertVenue,
  ledgerViolations,
} from '../support/fixtures.js';

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

async function bookedOffer(status: 'CONFIRMED' | 'USED' = 'CONFIRMED') {
  const who = await insertBeneficiary(api, `bulk${++users}@exemple.fr`);
  const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
    subcategoryId: 'CARTE_MUSEE',
    priceCents: 1_500,
  });
  const id = await insertBooking(api, {
    userId: who.userId,
    depositId: who.depositId,
    offerId,
    stockId,
    amountCents: 1_500,
  });
  if (status === 'USED')
    await api.sql(`update booking set status = 'USED', used_at = now() where id = $1`, [id]);
  return { id, offerId, stockId, userId: who.userId, depositId: who.depositId };
}

async function row(id: number) {
  const [booking] = await api.sql<{ status: string; cancellation_reason: string | null }>(
    'select status, cancellation_reason from booking where id = $1',
    [id],
  );
  return booking!;
}

describe('cancelLiveBookings', () => {
  it('cancels the confirmed bookings of the selected stocks with the reason, returning place and credit', async () => {
    const first = await bookedOffer();
    const used = await bookedOffer('USED');
    const untouched = await bookedOffer();

    const ids = await api.server.db.transaction((tx) =>
      cancelLiveBookings(tx, { stockIds: [first.stockId, used.stockId] }, 'OFFERER'),
    );

    expect(ids).toEqual([first.id]);
    expect(await row(first.id)).toEqual({ status: 'CANCELLED', cancellation_reason: 'OFFERER' });
    expect((await row(used.id)).status).toBe('USED');
    expect((await row(untouched.id)).status).toBe('CONFIRMED');
    const [deposit] = await api.sql<{ spent_cents: number }>(
      'select spent_cents from deposit where id = $1',
      [first.depositId],
    );
    expect(deposit!.spent_cents).toBe(0);
    expect(await ledgerViolations(api)).toBe(0);
  });

  it('selects by offer and by user', async () => {
    const byOffer = await bookedOffer();
    const byUser = await bookedOffer();
    expect(
      await cancelLiveBookings(api.server.db, { offerIds: [byOffer.offerId] }, 'FRAUD'),
    ).toEqual([byOffer.id]);
    expect(
      await cancelLiveBookings(api.server.db, { userId: byUser.userId }, 'BACKOFFICE'),
    ).toEqual([byUser.id]);
    expect(await row(byOffer.id)).toEqual({ status: 'CANCELLED', cancellation_reason: 'FRAUD' });
    expect(await row(byUser.id)).toEqual({
      status: 'CANCELLED',
      cancellation_reason: 'BACKOFFICE',
    });
    expect(
      await cancelLiveBookings(api.server.db, { userId: byUser.userId }, 'BACKOFFICE'),
    ).toEqual([]);
  });
});
