import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertBeneficiary,
  insertBooking,
  insertOfferWithStock,
  insertVenue,
  ledgerViolations,
  logInAs,
  TEST_PASSWORD,
} from '../support/fixtures.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';

const ME = '{ me { id email } }';
const CHANGE = `mutation($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next)
}`;
const EXPORT = '{ exportMyData }';
const DELETE = 'mutation($p: String!) { deleteMyAccount(password: $p) }';
const LOG_IN = 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }';

let api: TestServer;
let venueId: number;
beforeAll(async () => {
  api = await startTestServer();
  ({ venueId } = await insertVenue(api));
});
afterAll(async () => {
  await api?.close();
});

async function bookedBeneficiary(email: string) {
  const who = await insertBeneficiary(api, email);
  const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
    subcategoryId: 'CARTE_MUSEE',
    priceCents: 3_000,
    name: 'Pass musées',
  });
  const bookingId = await insertBooking(api, {
    userId: who.userId,
    depositId: who.depositId,
    offerId,
    stockId,
    amountCents: 3_000,
  });
  return { ...who, bookingId, stockId };
}

describe('changing one’s password', () => {
  it('revokes every other session, keeps this one, and the new password works', async () => {
    const who = await insertBeneficiary(api, 'mdp@exemple.fr');
    const other = await logInAs(api, 'mdp@exemple.fr');
    const next = 'un tout nouveau mot de passe';
    const changed = await api.gql<{ changePassword: number }>(
      CHANGE,
      { current: TEST_PASSWORD, next },
      { token: who.token },
    );
    expect(changed.data?.changePassword).toBe(1);
    expect((await api.gql(ME, {}, { token: who.token })).data?.me).not.toBeNull();
    expect((await api.gql(ME, {}, { token: other })).data?.me).toBeNull();
    expect(errorCode(await api.gql(LOG_IN, { e: 'mdp@exemple.fr', p: TEST_PASSWORD }))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await api.gql(LOG_IN, { e: 'mdp@exemple.fr', p: next })).errors).toBeUndefined();
  });

  it('refuses a wrong current password or a too short new one, changing nothing', async () => {
    const who = await insertBeneficiary(api, 'mdp2@exemple.fr');
    const wrong = await api.gql(
      CHANGE,
      { current: 'pas le bon', next: 'encore un autre mot de passe' },
      { token: who.token },
    );
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    const short = await api.gql(
      CHANGE,
      { current: TEST_PASSWORD, next: 'court' },
      { token: who.token },
    );
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0]?.message).toMatch(/au moins 12 caractères/);
    expect(
      (await api.gql(LOG_IN, { e: 'mdp2@exemple.fr', p: TEST_PASSWORD })).errors,
    ).toBeUndefined();
  });

  it('needs a session', async () => {
    expect(errorCode(await api.gql(CHANGE, { current: 'a', next: 'b' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(EXPORT))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(DELETE, { p: 'x' }))).toBe('UNAUTHENTICATED');
  });
});

describe('one’s own data', () => {
  it('exports the profile, credit, bookings, favorites and sessions as JSON', async () => {
    const who = await bookedBeneficiary('export@exemple.fr');
    const response = await api.gql<{ exportMyData: string }>(EXPORT, {}, { token: who.token });
    const data = JSON.parse(response.data!.exportMyData) as Record<
      string,
      unknown[] & Record<string, unknown>
    >;
    expect(data.profile).toMatchObject({ email: 'export@exemple.fr', departmentCode: '93' });
    expect(data.deposits).toEqual([
      expect.objectContaining({ amountCents: 50_000, spentCents: 3_000 }),
    ]);
    expect(data.bookings).toEqual([
      expect.objectContaining({ offer: 'Pass musées', venue: 'Lieu test', status: 'CONFIRMED' }),
    ]);
    expect(data.sessions!.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toMatch(/password|token_hash/i);
  });

  it('deletes the account: bookings cancelled and kept anonymous, credit back, no way back in', async () => {
    const who = await bookedBeneficiary('efface@exemple.fr');
    await api.sql(
      `insert into outbox_message (kind, recipient, user_id, payload) values ('BOOKING_CONFIRMED', 'efface@exemple.fr', $1, '{}')`,
      [who.userId],
    );
    expect(errorCode(await api.gql(DELETE, { p: 'pas le bon' }, { token: who.token }))).toBe(
      'INVALID_CREDENTIALS',
    );
    const deleted = await api.gql(DELETE, { p: TEST_PASSWORD }, { token: who.token });
    expect(deleted.data).toEqual({ deleteMyAccount: true });

    const [user] = await api.sql<Record<string, unknown>>(
      'select email, first_name, birth_date, postal_code, roles, anonymised_at from app_user where id = $1',
      [who.userId],
    );
    expect(user).toMatchObject({
      email: `supprime-${who.userId}@compte-supprime.invalid`,
      first_name: 'Compte',
      birth_date: null,
      postal_code: null,
      roles: [],
      anonymised_at: expect.anything(),
    });
    const [booking] = await api.sql<{
      status: string;
      cancellation_reason: string;
      user_id: number;
    }>('select status, cancellation_reason, user_id from booking where id = $1', [who.bookingId]);
    expect(booking).toEqual({
      status: 'CANCELLED',
      cancellation_reason: 'BENEFICIARY',
      user_id: who.userId,
    });
    expect(await ledgerViolations(api)).toBe(0);
    const [outbox] = await api.sql<{ count: string }>(
      `select count(*) from outbox_message where recipient like 'efface@%'`,
    );
    expect(Number(outbox!.count)).toBe(0);
    expect((await api.gql(ME, {}, { token: who.token })).data?.me).toBeNull();
    expect(errorCode(await api.gql(LOG_IN, { e: 'efface@exemple.fr', p: TEST_PASSWORD }))).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('the database refuses an anonymised account that still holds personal data', async () => {
    const who = await insertBeneficiary(api, 'contrainte@exemple.fr');
    await expect(
      api.sql('update app_user set anonymised_at = now() where id = $1', [who.userId]),
    ).rejects.toThrow(/app_user_anonymised_holds_nothing/);
  });
});
