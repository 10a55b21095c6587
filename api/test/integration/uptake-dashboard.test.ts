import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithRowLocks } from '../support/database.js';
import { refreshUptakeOnce } from '../../src/modules/insights/uptake-dashboard.service.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertBooking,
  insertOfferWithStock,
  insertUser,
  insertVenue,
  logInAs,
} from '../support/fixtures.js';

const DASHBOARD = /* GraphQL */ `
  query ($filter: UptakeFilter!) {
    uptakeDashboard(filter: $filter) {
      asOf
      totals {
        preRegistered
        beneficiaries
        grantedCents
        bookings
        spentCents
      }
      departments {
        code
        name
        isOpen
        preRegistered
        beneficiaries
        grantedCents
        bookings
        spentCents
      }
      categories {
        categoryId
        bookings
        spentCents
      }
      weeks {
        week
        beneficiaries
        grantedCents
        bookings
        spentCents
      }
    }
  }
`;
type Figures = {
  preRegistered?: number;
  beneficiaries: number;
  grantedCents: number;
  bookings: number;
  spentCents: number;
};
type Dashboard = {
  asOf: string;
  totals: Figures;
  departments: (Figures & { code: string; name: string; isOpen: boolean })[];
  categories: { categoryId: string; bookings: number; spentCents: number }[];
  weeks: (Figures & { week: string })[];
};

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

let api: TestServer;
let admin: string;
let young93: Awaited<ReturnType<typeof insertBeneficiary>>;
let venue93: number;

async function dashboard(filter: Record<string, unknown> = {}): Promise<Dashboard> {
  const res = await api.gql<{ uptakeDashboard: Dashboard }>(
    DASHBOARD,
    { filter },
    { token: admin },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.uptakeDashboard;
}
const refresh = () => api.gql('mutation { refreshUptake }', {}, { token: admin });
const department = (d: Dashboard, code: string) => d.departments.find((row) => row.code === code)!;
const category = (d: Dashboard, id: string) => d.categories.find((row) => row.categoryId === id)!;

/**
 * Hand-made fixture:
 * - a and b live in 93 (credit granted now, 500 € each); c lives in 35, credit granted
 *   400 days ago and expired 10 days ago;
 * - a books a cinema seat at a venue of 35 (2 × 10 €, confirmed);
 * - b books a book at a venue of 93 (25 €, used) and cancels a cinema seat (not counted);
 * - c booked a concert at the venue of 93, 40 days ago (15 €), before the credit expired;
 * - two people of 75 wait for their credit.
 */
beforeAll(async () => {
  api = await startTestServer();
  await insertUser(api, { email: 'admin@exemple.fr', roles: ['ADMIN'] });
  admin = await logInAs(api, 'admin@exemple.fr');
  venue93 = (await insertVenue(api)).venueId;
  const venue35 = (await insertVenue(api)).venueId;
  await api.sql(`update venue set department_code = '35', postal_code = '35000' where id = $1`, [
    venue35,
  ]);
  young93 = await insertBeneficiary(api, 'a@exemple.fr');
  const b = await insertBeneficiary(api, 'b@exemple.fr');
  const c = await insertBeneficiary(api, 'c@exemple.fr');
  await api.sql(`update app_user set department_code = '35' where id = $1`, [c.userId]);
  await api.sql(`update deposit set created_at = $1 where id = $2`, [daysAgo(400), c.depositId]);

  const cinema35 = await insertOfferWithStock(api, venue35, {
    subcategoryId: 'SEANCE_CINE',
    priceCents: 1_000,
    isDuo: true,
  });
  const book93 = await insertOfferWithStock(api, venue93, {
    subcategoryId: 'LIVRE_PAPIER',
    priceCents: 2_500,
  });
  const concert93 = await insertOfferWithStock(api, venue93, {
    subcategoryId: 'CONCERT',
    priceCents: 1_500,
  });
  await insertBooking(api, {
    userId: young93.userId,
    depositId: young93.depositId,
    ...cinema35,
    amountCents: 1_000,
    quantity: 2,
  });
  await insertBooking(api, {
    userId: b.userId,
    depositId: b.depositId,
    ...book93,
    amountCents: 2_500,
    status: 'USED',
    capFamily: 'PHYSICAL',
  });
  await insertBooking(api, {
    userId: b.userId,
    depositId: b.depositId,
    ...cinema35,
    amountCents: 1_000,
    status: 'CANCELLED',
  });
  const old = await insertBooking(api, {
    userId: c.userId,
    depositId: c.depositId,
    ...concert93,
    amountCents: 1_500,
  });
  await api.sql(`update booking set booked_at = $1 where id = $2`, [daysAgo(40), old]);
  await api.sql(`update deposit set expires_at = $1 where id = $2`, [daysAgo(10), c.depositId]);
  await insertUser(api, {
    email: 'p1@exemple.fr',
    departmentCode: '75',
    activationStatus: 'PRE_REGISTERED',
  });
  await insertUser(api, {
    email: 'p2@exemple.fr',
    departmentCode: '75',
    activationStatus: 'REQUESTED',
  });
  expect((await refresh()).errors).toBeUndefined();
});
afterAll(async () => {
  await api?.close();
});

describe('uptakeDashboard', () => {
  it("counts by the beneficiary's department, cancellations out, expired credit still granted", async () => {
    const d = await dashboard();
    expect(d.totals).toEqual({
      preRegistered: 2,
      beneficiaries: 3,
      grantedCents: 150_000,
      bookings: 3,
      spentCents: 6_000,
    });
    expect(d.departments).toHaveLength(106); // 101 departments and 5 overseas collectivities
    expect(department(d, '93')).toEqual({
      code: '93',
      name: 'Seine-Saint-Denis',
      isOpen: true,
      preRegistered: 0,
      beneficiaries: 2,
      grantedCents: 100_000,
      bookings: 2,
      spentCents: 2_000 + 2_500,
    });
    expect(department(d, '35')).toMatchObject({
      beneficiaries: 1,
      grantedCents: 50_000,
      bookings: 1,
      spentCents: 1_500,
    });
    expect(department(d, '75')).toMatchObject({
      preRegistered: 2,
      isOpen: false,
      beneficiaries: 0,
      bookings: 0,
    });
    expect(category(d, 'CINEMA')).toEqual({ categoryId: 'CINEMA', bookings: 1, spentCents: 2_000 });
    expect(category(d, 'LIVRE')).toEqual({ categoryId: 'LIVRE', bookings: 1, spentCents: 2_500 });
    expect(category(d, 'MUSIQUE_LIVE')).toEqual({
      categoryId: 'MUSIQUE_LIVE',
      bookings: 1,
      spentCents: 1_500,
    });
    expect(d.categories).toHaveLength(14);
  });

  it("counts by the venue's department when asked (people stay where they live)", async () => {
    const d = await dashboard({ side: 'VENUE' });
    expect(department(d, '35')).toMatchObject({ bookings: 1, spentCents: 2_000, beneficiaries: 1 });
    expect(department(d, '93')).toMatchObject({ bookings: 2, spentCents: 4_000, beneficiaries: 2 });
  });

  it('gives a weekly series: the expired credit, the old booking, and this week', async () => {
    const d = await dashboard();
    expect(d.weeks).toHaveLength(3);
    const [grant, old, now] = d.weeks;
    expect(grant).toMatchObject({ beneficiaries: 1, grantedCents: 50_000, bookings: 0 });
    expect(old).toMatchObject({ beneficiaries: 0, bookings: 1, spentCents: 1_500 });
    expect(now).toMatchObject({
      beneficiaries: 2,
      grantedCents: 100_000,
      bookings: 2,
      spentCents: 4_500,
    });
    expect(new Date(`${grant!.week}T12:00:00Z`).getUTCDay()).toBe(1);
  });

  it('keeps to the period (whole weeks)', async () => {
    const d = await dashboard({ from: isoDay(daysAgo(20)) });
    expect(d.totals).toMatchObject({ beneficiaries: 2, bookings: 2, spentCents: 4_500 });
    expect(department(d, '35')).toMatchObject({ beneficiaries: 0, bookings: 0 });
    const past = await dashboard({ from: isoDay(daysAgo(45)), to: isoDay(daysAgo(35)) });
    expect(past.totals).toMatchObject({
      beneficiaries: 0,
      bookings: 1,
      spentCents: 1_500,
      preRegistered: 2,
    });
    expect(past.weeks).toHaveLength(1);
  });

  it('filters on a category and on a department', async () => {
    const cinema = await dashboard({ categoryId: 'CINEMA' });
    expect(cinema.totals).toMatchObject({ bookings: 1, spentCents: 2_000 });
    expect(department(cinema, '93')).toMatchObject({ bookings: 1, spentCents: 2_000 });
    expect(cinema.categories).toEqual([{ categoryId: 'CINEMA', bookings: 1, spentCents: 2_000 }]);
    const only93 = await dashboard({ departmentCode: '93' });
    expect(only93.totals).toEqual({
      preRegistered: 0,
      beneficiaries: 2,
      grantedCents: 100_000,
      bookings: 2,
      spentCents: 4_500,
    });
    expect(category(only93, 'CINEMA').bookings).toBe(1);
    expect(category(only93, 'MUSIQUE_LIVE').bookings).toBe(0);
    expect(only93.weeks).toHaveLength(1);
  });

  it('shows figures as of the last refresh', async () => {
    const before = await dashboard();
    const offer = await insertOfferWithStock(api, venue93, {
      subcategoryId: 'CONCERT',
      priceCents: 700,
    });
    await insertBooking(api, {
      userId: young93.userId,
      depositId: young93.depositId,
      ...offer,
      amountCents: 700,
    });
    const stale = await dashboard();
    expect(stale.totals.bookings).toBe(3);
    expect(stale.asOf).toBe(before.asOf);
    await refresh();
    const fresh = await dashboard();
    expect(fresh.totals).toMatchObject({ bookings: 4, spentCents: 6_700 });
    expect(new Date(fresh.asOf).getTime()).toBeGreaterThan(new Date(before.asOf).getTime());
  });

  // A second session while a transaction holds the lock: the embedded database has one.
  itWithRowLocks('lets one scheduler refresh at a time', async () => {
    const before = (await dashboard()).asOf;
    // A session of its own holds the lock in an open transaction meanwhile.
    await api.server.db.withConnection(async (holder) => {
      await holder.query('begin');
      try {
        await holder.query(`select pg_advisory_xact_lock(hashtext('passculture:uptake-refresh'))`);
        expect(await refreshUptakeOnce(api.server.db)).toBe(false);
      } finally {
        await holder.query('rollback');
      }
    });
    expect((await dashboard()).asOf).toBe(before);
    expect(await refreshUptakeOnce(api.server.db)).toBe(true);
    expect(new Date((await dashboard()).asOf).getTime()).toBeGreaterThan(
      new Date(before).getTime(),
    );
  });

  it('refuses a period upside down, a malformed date, an unknown category', async () => {
    const ask = (filter: Record<string, unknown>) =>
      api.gql(DASHBOARD, { filter }, { token: admin });
    expect(errorCode(await ask({ from: '2026-02-01', to: '2026-01-01' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ask({ from: '2026-02-30' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await ask({ categoryId: 'NOPE' }))).toBe('BAD_USER_INPUT');
  });
});
