import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { birthDateFor } from '../../src/shared/time.js';
import { moderationStatusFor } from '../../src/modules/moderation/moderation.service.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertBooking,
  insertMembership,
  insertOfferWithStock,
  insertUser,
  insertVenue,
  ledgerViolations,
  logInAs,
  TEST_PASSWORD,
} from '../support/fixtures.js';

let api: TestServer;
let admin: string;
let adminUserId: number;

const today = new Date();
const todayLocal = {
  year: today.getUTCFullYear(),
  month: today.getUTCMonth() + 1,
  day: today.getUTCDate(),
};

/** A young person who asked for their credit, born `years` years and `extraDays` days ago. */
async function requester(
  email: string,
  departmentCode: string,
  years: number,
  extraDays: number,
): Promise<number> {
  const id = await insertUser(api, { email, departmentCode, activationStatus: 'REQUESTED' });
  await api.sql(
    `update app_user set birth_date = $1, activation_requested_at = now() where id = $2`,
    [birthDateFor(todayLocal, years, extraDays), id],
  );
  return id;
}

async function asAdmin<T = Record<string, unknown>>(query: string, variables = {}) {
  return api.gql<T>(query, variables, { token: admin });
}

async function auditActions(): Promise<string[]> {
  const res = await asAdmin<{ auditLog: { action: string; targetId: string }[] }>(
    '{ auditLog(first: 200) { action targetId } }',
  );
  return res.data!.auditLog.map((e) => `${e.action}:${e.targetId}`);
}

beforeAll(async () => {
  api = await startTestServer();
  adminUserId = await insertUser(api, { email: 'admin@exemple.fr', roles: ['ADMIN'] });
  admin = await logInAs(api, 'admin@exemple.fr');
});
afterAll(async () => {
  await api?.close();
});

/** The emails written to the outbox for one address. */
async function mailsTo(recipient: string) {
  return api.sql<{ kind: string; payload: Record<string, unknown> }>(
    'select kind, payload from outbox_message where recipient = $1 order by id',
    [recipient],
  );
}

describe('admin only', () => {
  const operations: [string, string, Record<string, unknown>][] = [
    ['activationRequests', '{ activationRequests { userId } }', {}],
    ['approveActivation', 'mutation { approveActivation(userId: "1") }', {}],
    ['rejectActivation', 'mutation { rejectActivation(userId: "1", reason: "x") }', {}],
    ['openDepartment', 'mutation { openDepartment(code: "75") }', {}],
    ['pendingOfferers', '{ pendingOfferers { id } }', {}],
    ['pendingMemberships', '{ pendingMemberships { id } }', {}],
    ['decideOfferer', 'mutation { decideOfferer(offererId: "1", decision: VALIDATED) }', {}],
    [
      'decideMembership',
      'mutation { decideMembership(membershipId: "1", decision: VALIDATED) }',
      {},
    ],
    ['searchPeople', '{ searchPeople(query: "exemple") { id } }', {}],
    ['person', '{ person(id: "1") { id } }', {}],
    ['suspendPerson', 'mutation { suspendPerson(id: "1", reason: "x") }', {}],
    ['reinstatePerson', 'mutation { reinstatePerson(id: "1") }', {}],
    ['auditLog', '{ auditLog { id } }', {}],
    ['moderationRules', '{ moderationRules { id } }', {}],
    [
      'createModerationRule',
      'mutation { createModerationRule(input: { label: "x", kind: WORDS, words: ["x"] }) { id } }',
      {},
    ],
    [
      'setModerationRuleActive',
      'mutation { setModerationRuleActive(id: "1", isActive: false) { id } }',
      {},
    ],
    ['moderationQueue', '{ moderationQueue { id } }', {}],
    ['approveOffer', 'mutation { approveOffer(offerId: "1") }', {}],
    ['rejectOffer', 'mutation { rejectOffer(offerId: "1", reason: "x") }', {}],
    ['uptakeDashboard', '{ uptakeDashboard(filter: {}) { asOf } }', {}],
    ['refreshUptake', 'mutation { refreshUptake }', {}],
  ];

  it.each(operations)('%s refuses anonymous, beneficiary and pro callers', async (_name, query) => {
    const beneficiary = await insertBeneficiary(api, `jeune-${_name.toLowerCase()}@exemple.fr`);
    const { offererId } = await insertVenue(api);
    const proId = await insertUser(api, {
      email: `pro-${_name.toLowerCase()}@exemple.fr`,
      roles: ['PRO'],
    });
    await insertMembership(api, proId, offererId);
    const pro = await logInAs(api, `pro-${_name.toLowerCase()}@exemple.fr`);
    expect(errorCode(await api.gql(query))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(query, {}, { token: beneficiary.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(query, {}, { token: pro }))).toBe('FORBIDDEN');
  });
});

describe('activation requests', () => {
  const approve = (userId: number) =>
    asAdmin(`mutation($id: ID!) { approveActivation(userId: $id) }`, { id: String(userId) });
  const wallet = async (email: string) => {
    const token = await logInAs(api, email);
    const res = await api.gql<{
      me: { roles: string[]; wallet: { remainingCents: number } | null };
    }>('{ me { roles wallet { remainingCents } } }', {}, { token });
    return res.data!.me;
  };

  it('lists the requests with what approving them would meet', async () => {
    const ok = await requester('ok@exemple.fr', '35', 18, 10);
    const closed = await requester('ferme@exemple.fr', '75', 18, 10);
    const res = await asAdmin<{
      activationRequests: {
        userId: string;
        age: number;
        departmentOpen: boolean;
        obstacle: string | null;
      }[];
    }>('{ activationRequests { userId age departmentOpen obstacle } }');
    const byId = new Map(res.data!.activationRequests.map((r) => [r.userId, r]));
    expect(byId.get(String(ok))).toMatchObject({ age: 18, departmentOpen: true, obstacle: null });
    expect(byId.get(String(closed))!.obstacle).toMatch(/pas ouvert/);
  });

  it('grants the 2019 credit to an eligible person, once, and writes the audit log', async () => {
    const id = await requester('eligible@exemple.fr', '35', 18, 0);
    const res = await approve(id);
    expect(res.errors).toBeUndefined();
    const me = await wallet('eligible@exemple.fr');
    expect(me.roles).toContain('BENEFICIARY');
    expect(me.wallet).toEqual({ remainingCents: 50_000 });
    const [deposit] = await api.sql<{ amount_cents: number; months: number }>(
      `select amount_cents, extract(year from age(expires_at, created_at))::int * 12 + extract(month from age(expires_at, created_at))::int as months
         from deposit where user_id = $1`,
      [id],
    );
    expect(deposit).toEqual({ amount_cents: 50_000, months: 24 });
    expect(errorCode(await approve(id))).toBe('BAD_USER_INPUT');
    expect(await auditActions()).toContain(`ACTIVATION_APPROVED:${id}`);
  });

  it('grants one credit when two admins approve the same request at once', async () => {
    const id = await requester('deux@exemple.fr', '35', 18, 5);
    const results = await Promise.all([approve(id), approve(id), approve(id)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'BAD_USER_INPUT')).toHaveLength(2);
    const [row] = await api.sql<{ deposits: string }>(
      'select count(*) as deposits from deposit where user_id = $1',
      [id],
    );
    expect(row!.deposits).toBe('1');
  });

  it('refuses at 17 years and 364 days, with nothing created', async () => {
    const id = await requester('presque@exemple.fr', '35', 18, -1);
    const res = await approve(id);
    expect(errorCode(res)).toBe('NOT_ELIGIBLE');
    expect(res.errors![0]!.message).toMatch(/n'a pas l'âge/);
    const [row] = await api.sql<{ deposits: string; status: string }>(
      `select (select count(*) from deposit where user_id = u.id) as deposits, u.activation_status as status
         from app_user u where u.id = $1`,
      [id],
    );
    expect(row).toEqual({ deposits: '0', status: 'REQUESTED' });
  });

  it('refuses in a closed department, then grants once the department is opened', async () => {
    const id = await requester('guyane@exemple.fr', '2A', 18, 30);
    await insertUser(api, {
      email: 'attente@exemple.fr',
      departmentCode: '2A',
      activationStatus: 'PRE_REGISTERED',
    });
    const refused = await approve(id);
    expect(errorCode(refused)).toBe('NOT_ELIGIBLE');
    expect(refused.errors![0]!.message).toMatch(/ouvrez-le/);

    const opened = await asAdmin<{ openDepartment: number }>(
      'mutation { openDepartment(code: "2A") }',
    );
    expect(opened.data!.openDepartment).toBe(2);
    expect(errorCode(await asAdmin('mutation { openDepartment(code: "2A") }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await asAdmin('mutation { openDepartment(code: "99") }'))).toBe('NOT_FOUND');
    // The pre-registered person is invited; the one who already asked is not.
    expect(await mailsTo('attente@exemple.fr')).toEqual([
      { kind: 'DEPARTMENT_OPENED', payload: expect.objectContaining({ departmentCode: '2A' }) },
    ]);
    expect(await mailsTo('guyane@exemple.fr')).toEqual([]);
    const departments = await asAdmin<{ departments: { code: string; isOpen: boolean }[] }>(
      '{ departments { code isOpen } }',
    );
    expect(departments.data!.departments.find((d) => d.code === '2A')!.isOpen).toBe(true);

    expect((await approve(id)).errors).toBeUndefined();
    expect((await wallet('guyane@exemple.fr')).wallet).toEqual({ remainingCents: 50_000 });
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['DEPARTMENT_OPENED:2A', `ACTIVATION_APPROVED:${id}`]),
    );
  });

  it('rejects with a reason, which is required', async () => {
    const id = await requester('refus@exemple.fr', '35', 18, 3);
    const reject = (reason: string) =>
      asAdmin('mutation($id: ID!, $r: String!) { rejectActivation(userId: $id, reason: $r) }', {
        id: String(id),
        r: reason,
      });
    expect(errorCode(await reject('  '))).toBe('BAD_USER_INPUT');
    expect((await reject('Pièce d’identité illisible')).errors).toBeUndefined();
    const [row] = await api.sql<{ activation_status: string; activation_rejection_reason: string }>(
      'select activation_status, activation_rejection_reason from app_user where id = $1',
      [id],
    );
    expect(row).toEqual({
      activation_status: 'REJECTED',
      activation_rejection_reason: 'Pièce d’identité illisible',
    });
    expect(errorCode(await approve(id))).toBe('BAD_USER_INPUT');
    expect(errorCode(await asAdmin('mutation { approveActivation(userId: "abc") }'))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('offerers and memberships', () => {
  it('validates a new offerer: its approved offers become searchable', async () => {
    const { offererId, venueId } = await insertVenue(api, 'NEW');
    await insertOfferWithStock(api, venueId, {
      subcategoryId: 'LIVRE_PAPIER',
      priceCents: 1_000,
      name: 'Zyxwv roman',
    });
    const search = async () => {
      const res = await api.gql<{ searchOffers: { edges: { node: { name: string } }[] } }>(
        '{ searchOffers(input: { text: "Zyxwv" }) { edges { node { name } } } }',
      );
      expect(res.errors).toBeUndefined();
      return res.data!.searchOffers.edges.length;
    };
    expect(await search()).toBe(0);
    const pending = await asAdmin<{ pendingOfferers: { id: string; venueCount: number }[] }>(
      '{ pendingOfferers { id venueCount } }',
    );
    expect(pending.data!.pendingOfferers).toContainEqual({ id: String(offererId), venueCount: 1 });
    const res = await asAdmin(
      `mutation { decideOfferer(offererId: "${offererId}", decision: VALIDATED) }`,
    );
    expect(res.errors).toBeUndefined();
    expect(await search()).toBe(1);
    expect(
      errorCode(
        await asAdmin(
          `mutation { decideOfferer(offererId: "${offererId}", decision: REJECTED, reason: "x") }`,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await auditActions()).toContain(`OFFERER_VALIDATED:${offererId}`);
  });

  it('rejects an offerer only with a reason, and tells its members why', async () => {
    const { offererId } = await insertVenue(api, 'NEW');
    await insertMembership(
      api,
      await insertUser(api, { email: 'createur@exemple.fr', roles: ['PRO'] }),
      offererId,
    );
    expect(
      errorCode(
        await asAdmin(`mutation { decideOfferer(offererId: "${offererId}", decision: REJECTED) }`),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await asAdmin(
          `mutation { decideOfferer(offererId: "${offererId}", decision: REJECTED, reason: "SIREN radié") }`,
        )
      ).errors,
    ).toBeUndefined();
    const [row] = await api.sql<{ status: string }>('select status from offerer where id = $1', [
      offererId,
    ]);
    expect(row!.status).toBe('REJECTED');
    expect(await mailsTo('createur@exemple.fr')).toEqual([
      {
        kind: 'OFFERER_DECIDED',
        payload: expect.objectContaining({ decision: 'REJECTED', reason: 'SIREN radié' }),
      },
    ]);
  });

  it('validates a membership (the person becomes a pro) and rejects another', async () => {
    const { offererId } = await insertVenue(api);
    const joiner = await insertUser(api, { email: 'rejoint@exemple.fr' });
    const other = await insertUser(api, { email: 'autre@exemple.fr' });
    await insertMembership(api, joiner, offererId, 'NEW');
    await insertMembership(api, other, offererId, 'NEW');
    const pending = await asAdmin<{
      pendingMemberships: { id: string; userId: string; email: string }[];
    }>('{ pendingMemberships { id userId email } }');
    const ids = new Map(pending.data!.pendingMemberships.map((m) => [m.userId, m.id]));
    expect(ids.size).toBeGreaterThanOrEqual(2);
    expect(
      (
        await asAdmin(
          `mutation { decideMembership(membershipId: "${ids.get(String(joiner))}", decision: VALIDATED) }`,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await asAdmin(
          `mutation { decideMembership(membershipId: "${ids.get(String(other))}", decision: REJECTED, reason: "Inconnu de la structure") }`,
        )
      ).errors,
    ).toBeUndefined();
    expect(await mailsTo('rejoint@exemple.fr')).toEqual([
      { kind: 'MEMBERSHIP_DECIDED', payload: expect.objectContaining({ decision: 'VALIDATED' }) },
    ]);
    expect(await mailsTo('autre@exemple.fr')).toEqual([
      {
        kind: 'MEMBERSHIP_DECIDED',
        payload: expect.objectContaining({
          decision: 'REJECTED',
          reason: 'Inconnu de la structure',
        }),
      },
    ]);
    const rows = await api.sql<{ email: string; status: string; roles: string[] }>(
      `select u.email, m.status, u.roles from offerer_membership m join app_user u on u.id = m.user_id
        where m.offerer_id = $1 order by u.email`,
      [offererId],
    );
    expect(rows).toEqual([
      { email: 'autre@exemple.fr', status: 'REJECTED', roles: [] },
      { email: 'rejoint@exemple.fr', status: 'VALIDATED', roles: ['PRO'] },
    ]);
  });
});

describe('moderation', () => {
  it('stores rules as data, checks them, and gives new offers their status', async () => {
    const create = (input: Record<string, unknown>) =>
      asAdmin<{ createModerationRule: { id: string; words: string[] | null } }>(
        'mutation($i: ModerationRuleInput!) { createModerationRule(input: $i) { id words } }',
        { i: input },
      );
    expect(errorCode(await create({ label: 'Prix', kind: 'PRICE_ABOVE' }))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await create({ label: 'Sous-cat', kind: 'SUBCATEGORIES', subcategoryIds: ['NOPE'] }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await create({ label: ' ', kind: 'WORDS', words: ['a'] }))).toBe(
      'BAD_USER_INPUT',
    );
    const price = await create({
      label: 'Plus de 300 €',
      kind: 'PRICE_ABOVE',
      priceThresholdCents: 30_000,
    });
    const words = await create({ label: 'Mots', kind: 'WORDS', words: [' revente ', 'revente'] });
    expect(words.data!.createModerationRule.words).toEqual(['revente']);
    await create({
      label: 'Instruments',
      kind: 'SUBCATEGORIES',
      subcategoryIds: ['ACHAT_INSTRUMENT'],
    });

    const em = api.server.db;
    const draft = {
      name: 'Concert',
      description: null,
      subcategoryId: 'CONCERT',
      pricesCents: [2_000],
    };
    expect(await moderationStatusFor(em, draft)).toBe('APPROVED');
    expect(await moderationStatusFor(em, { ...draft, pricesCents: [30_001] })).toBe('PENDING');
    expect(await moderationStatusFor(em, { ...draft, description: 'Billets en Revente' })).toBe(
      'PENDING',
    );
    expect(await moderationStatusFor(em, { ...draft, subcategoryId: 'ACHAT_INSTRUMENT' })).toBe(
      'PENDING',
    );

    const priceId = price.data!.createModerationRule.id;
    const off = await asAdmin(
      `mutation { setModerationRuleActive(id: "${priceId}", isActive: false) { isActive } }`,
    );
    expect(off.data).toEqual({ setModerationRuleActive: { isActive: false } });
    expect(await moderationStatusFor(em, { ...draft, pricesCents: [30_001] })).toBe('APPROVED');
    expect(await auditActions()).toEqual(
      expect.arrayContaining([
        `MODERATION_RULE_CREATED:${priceId}`,
        `MODERATION_RULE_DISABLED:${priceId}`,
      ]),
    );
  });

  it('approves a pending offer from the queue', async () => {
    const { venueId } = await insertVenue(api);
    const { offerId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'ACHAT_INSTRUMENT',
      priceCents: 15_000,
      validation: 'PENDING',
      name: 'Guitare',
    });
    const queue = await asAdmin<{
      moderationQueue: { id: string; matchedRules: string[]; pricesCents: number[] }[];
    }>('{ moderationQueue { id matchedRules pricesCents } }');
    expect(queue.data!.moderationQueue).toContainEqual({
      id: String(offerId),
      matchedRules: ['Instruments'],
      pricesCents: [15_000],
    });
    expect(
      (await asAdmin(`mutation { approveOffer(offerId: "${offerId}") }`)).errors,
    ).toBeUndefined();
    expect(errorCode(await asAdmin(`mutation { approveOffer(offerId: "${offerId}") }`))).toBe(
      'BAD_USER_INPUT',
    );
    const [row] = await api.sql<{ validation: string }>(
      'select validation from offer where id = $1',
      [offerId],
    );
    expect(row!.validation).toBe('APPROVED');
  });

  it('rejects an offer: its live bookings are cancelled (FRAUD) and the credit comes back', async () => {
    const { venueId } = await insertVenue(api);
    const offer = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 2_000,
      validation: 'PENDING',
    });
    const young = await insertBeneficiary(api, 'fraude@exemple.fr');
    const bookingId = await insertBooking(api, {
      userId: young.userId,
      depositId: young.depositId,
      ...offer,
      amountCents: 2_000,
    });
    const remaining = async () =>
      (
        await api.gql<{ me: { wallet: { remainingCents: number } } }>(
          '{ me { wallet { remainingCents } } }',
          {},
          { token: young.token },
        )
      ).data!.me.wallet.remainingCents;
    expect(await remaining()).toBe(48_000);
    expect(
      errorCode(await asAdmin(`mutation { rejectOffer(offerId: "${offer.offerId}", reason: "") }`)),
    ).toBe('BAD_USER_INPUT');
    const res = await asAdmin<{ rejectOffer: string[] }>(
      `mutation { rejectOffer(offerId: "${offer.offerId}", reason: "Revente de billets") }`,
    );
    expect(res.data).toEqual({ rejectOffer: [String(bookingId)] });
    const [booking] = await api.sql<{ status: string; cancellation_reason: string }>(
      'select status, cancellation_reason from booking where id = $1',
      [bookingId],
    );
    expect(booking).toEqual({ status: 'CANCELLED', cancellation_reason: 'FRAUD' });
    expect(await remaining()).toBe(50_000);
    expect(await ledgerViolations(api)).toBe(0);
    expect(
      errorCode(
        await asAdmin(`mutation { rejectOffer(offerId: "${offer.offerId}", reason: "encore") }`),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await asAdmin('mutation { rejectOffer(offerId: "999999", reason: "x") }')),
    ).toBe('NOT_FOUND');
    expect(await auditActions()).toContain(`OFFER_REJECTED:${offer.offerId}`);
  });
});

describe('people', () => {
  it('finds people by email or name, accents and case ignored', async () => {
    const id = await insertUser(api, { email: 'helene.durand@exemple.fr' });
    await api.sql(`update app_user set first_name = 'Hélène', last_name = 'Durand' where id = $1`, [
      id,
    ]);
    const search = async (query: string) =>
      (
        await asAdmin<{ searchPeople: { id: string }[] }>(
          'query($q: String!) { searchPeople(query: $q) { id } }',
          { q: query },
        )
      ).data?.searchPeople.map((p) => p.id);
    expect(await search('HELENE.dur')).toEqual([String(id)]);
    expect(await search('helene durand')).toEqual([String(id)]);
    expect(await search('durand hélène')).toEqual([String(id)]);
    expect(await search('zzzz')).toEqual([]);
    expect(errorCode(await asAdmin('{ searchPeople(query: "a") { id } }'))).toBe('BAD_USER_INPUT');
  });

  it('shows a person with wallet and bookings; suspends: sessions revoked, live bookings cancelled, credit kept, log-in refused', async () => {
    const { venueId } = await insertVenue(api);
    const offer = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 3_000,
    });
    const used = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 1_000,
    });
    const young = await insertBeneficiary(api, 'suspendu@exemple.fr');
    const live = await insertBooking(api, {
      userId: young.userId,
      depositId: young.depositId,
      ...offer,
      amountCents: 3_000,
    });
    const done = await insertBooking(api, {
      userId: young.userId,
      depositId: young.depositId,
      ...used,
      amountCents: 1_000,
      status: 'USED',
    });
    const detail = async () =>
      (
        await asAdmin<{
          person: {
            suspendedAt: string | null;
            suspensionReason: string | null;
            wallet: { remainingCents: number };
            bookings: { id: string; status: string; cancellationReason: string | null }[];
          };
        }>(
          `{ person(id: "${young.userId}") { suspendedAt suspensionReason wallet { remainingCents } bookings { id status cancellationReason } } }`,
        )
      ).data!.person;
    expect(await detail()).toMatchObject({ suspendedAt: null, wallet: { remainingCents: 46_000 } });
    expect((await detail()).bookings).toHaveLength(2);

    expect(
      errorCode(await asAdmin(`mutation { suspendPerson(id: "${adminUserId}", reason: "test") }`)),
    ).toBe('BAD_USER_INPUT');
    const res = await asAdmin<{ suspendPerson: string[] }>(
      `mutation { suspendPerson(id: "${young.userId}", reason: "Fraude avérée") }`,
    );
    expect(res.data).toEqual({ suspendPerson: [String(live)] });
    const after = await detail();
    expect(after).toMatchObject({
      suspensionReason: 'Fraude avérée',
      wallet: { remainingCents: 49_000 },
    });
    expect(after.bookings).toEqual(
      expect.arrayContaining([
        { id: String(live), status: 'CANCELLED', cancellationReason: 'BACKOFFICE' },
        { id: String(done), status: 'USED', cancellationReason: null },
      ]),
    );
    // The old session no longer works; logging in again is refused with its own code.
    const me = await api.gql<{ me: unknown }>('{ me { id } }', {}, { token: young.token });
    expect(me.data!.me).toBeNull();
    const logIn = await api.gql(
      'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }',
      {
        e: 'suspendu@exemple.fr',
        p: TEST_PASSWORD,
      },
    );
    expect(errorCode(logIn)).toBe('ACCOUNT_SUSPENDED');
    expect(logIn.errors![0]!.message).toMatch(/suspendu/);
    const wrong = await api.gql(
      'mutation { logIn(email: "suspendu@exemple.fr", password: "mauvais mot de passe") { token } }',
    );
    expect(errorCode(wrong)).toBe('INVALID_CREDENTIALS');
    expect(
      errorCode(await asAdmin(`mutation { suspendPerson(id: "${young.userId}", reason: "bis") }`)),
    ).toBe('BAD_USER_INPUT');
    expect(await ledgerViolations(api)).toBe(0);

    expect(
      (await asAdmin(`mutation { reinstatePerson(id: "${young.userId}") }`)).errors,
    ).toBeUndefined();
    expect(await logInAs(api, 'suspendu@exemple.fr')).toBeTruthy();
    expect(await auditActions()).toEqual(
      expect.arrayContaining([`USER_SUSPENDED:${young.userId}`, `USER_REINSTATED:${young.userId}`]),
    );
  });

  it('answers null for an unknown person', async () => {
    expect((await asAdmin('{ person(id: "987654") { id } }')).data).toEqual({ person: null });
  });
});

describe('audit log', () => {
  it('lists entries newest first with the admin, and pages backwards', async () => {
    const res = await asAdmin<{
      auditLog: { id: string; adminEmail: string; details: Record<string, unknown> }[];
    }>('{ auditLog(first: 2) { id adminEmail details } }');
    const [first, second] = res.data!.auditLog;
    expect(Number(first!.id)).toBeGreaterThan(Number(second!.id));
    expect(first!.adminEmail).toBe('admin@exemple.fr');
    const next = await asAdmin<{ auditLog: { id: string }[] }>(
      `{ auditLog(first: 1, beforeId: "${second!.id}") { id } }`,
    );
    expect(Number(next.data!.auditLog[0]!.id)).toBeLessThan(Number(second!.id));
  });
});
