import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertBooking,
  insertOfferWithStock,
  insertUser,
  insertVenue,
  logInAs,
} from '../support/fixtures.js';

const UPTAKE = /* GraphQL */ `
  query ($from: DateTime, $to: DateTime, $byVenue: Boolean) {
    departmentUptake(from: $from, to: $to, byVenueDepartment: $byVenue) {
      departmentCode
      departmentName
      preRegistered
      beneficiaries
      grantedCents
      spentCents
      bookings
    }
  }
`;
type Uptake = {
  departmentCode: string;
  departmentName: string;
  preRegistered: number;
  beneficiaries: number;
  grantedCents: number;
  spentCents: number;
  bookings: number;
};

let api: TestServer;
let admin: string;

beforeAll(async () => {
  api = await startTestServer();
  await insertUser(api, { email: 'admin@exemple.fr', roles: ['ADMIN'] });
  admin = await logInAs(api, 'admin@exemple.fr');
  // A venue in 93; two beneficiaries of 93 (fixtures) and one of 35.
  const { venueId } = await insertVenue(api);
  const a = await insertBeneficiary(api, 'a@exemple.fr');
  const b = await insertBeneficiary(api, 'b@exemple.fr');
  const rennes = await insertUser(api, {
    email: 'c@exemple.fr',
    roles: ['BENEFICIARY'],
    departmentCode: '35',
    activationStatus: 'ACTIVATED',
  });
  const [deposit] = await api.sql<{ id: number }>(
    `insert into deposit (user_id, policy_code, amount_cents, digital_cap_cents, physical_cap_cents, expires_at)
     values ($1, 'GRANT_2019', 50000, 20000, 20000, now() + interval '1 year') returning id`,
    [rennes],
  );
  const offer = (price: number) =>
    insertOfferWithStock(api, venueId, { subcategoryId: 'CONCERT', priceCents: price });
  const o1 = await offer(1_000);
  const o2 = await offer(2_500);
  await insertBooking(api, {
    userId: a.userId,
    depositId: a.depositId,
    ...o1,
    amountCents: 1_000,
    quantity: 2,
  });
  await insertBooking(api, {
    userId: b.userId,
    depositId: b.depositId,
    ...o2,
    amountCents: 2_500,
    status: 'USED',
  });
  await insertBooking(api, {
    userId: b.userId,
    depositId: b.depositId,
    ...o1,
    amountCents: 1_000,
    status: 'CANCELLED',
  });
  await insertBooking(api, { userId: rennes, depositId: deposit!.id, ...o2, amountCents: 2_500 });
  await insertUser(api, {
    email: 'pre@exemple.fr',
    departmentCode: '75',
    activationStatus: 'PRE_REGISTERED',
  });
  await insertUser(api, {
    email: 'pre2@exemple.fr',
    departmentCode: '75',
    activationStatus: 'REQUESTED',
  });
});
afterAll(async () => {
  await api?.close();
});

async function uptake(variables: Record<string, unknown> = {}): Promise<Map<string, Uptake>> {
  const res = await api.gql<{ departmentUptake: Uptake[] }>(UPTAKE, variables, { token: admin });
  expect(res.errors).toBeUndefined();
  return new Map(res.data!.departmentUptake.map((row) => [row.departmentCode, row]));
}

describe('departmentUptake', () => {
  it("counts by the beneficiary's department: pre-registered, credit granted, spent (not cancelled), bookings", async () => {
    const rows = await uptake();
    expect(rows.size).toBe(106); // 101 departments and 5 overseas collectivities
    expect(rows.get('93')).toEqual({
      departmentCode: '93',
      departmentName: 'Seine-Saint-Denis',
      preRegistered: 0,
      beneficiaries: 2,
      grantedCents: 100_000,
      spentCents: 2_000 + 2_500,
      bookings: 2,
    });
    expect(rows.get('35')).toMatchObject({
      beneficiaries: 1,
      grantedCents: 50_000,
      spentCents: 2_500,
      bookings: 1,
    });
    expect(rows.get('75')).toMatchObject({ preRegistered: 2, beneficiaries: 0, bookings: 0 });
  });

  it("counts by the venue's department when asked", async () => {
    const rows = await uptake({ byVenue: true });
    expect(rows.get('93')).toMatchObject({ spentCents: 7_000, bookings: 3, beneficiaries: 2 });
    expect(rows.get('35')).toMatchObject({ spentCents: 0, bookings: 0, beneficiaries: 1 });
  });

  it('keeps to the period', async () => {
    const future = await uptake({ from: new Date(Date.now() + 86_400_000).toISOString() });
    expect(future.get('93')).toMatchObject({
      beneficiaries: 0,
      grantedCents: 0,
      spentCents: 0,
      bookings: 0,
    });
    const upsideDown = await api.gql(
      UPTAKE,
      { from: '2027-01-02T00:00:00Z', to: '2027-01-01T00:00:00Z' },
      { token: admin },
    );
    expect(errorCode(upsideDown)).toBe('BAD_USER_INPUT');
  });

  it('is for admins only', async () => {
    expect(errorCode(await api.gql(UPTAKE))).toBe('UNAUTHENTICATED');
    const beneficiary = await logInAs(api, 'a@exemple.fr');
    expect(errorCode(await api.gql(UPTAKE, {}, { token: beneficiary }))).toBe('FORBIDDEN');
  });
});
