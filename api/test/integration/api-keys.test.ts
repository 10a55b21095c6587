import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertOfferWithStock,
  insertPro,
  insertUser,
  insertMembership,
  insertVenue,
  logInAs,
  TEST_PASSWORD,
} from '../support/fixtures.js';
import { revokeKeysCreatedBy } from '../../src/modules/apikey/api-key.service.js';

const CREATE = `mutation($o: ID!, $n: String!) { createApiKey(offererId: $o, name: $n) {
  secret key { id name displayPrefix lastUsedAt revokedAt } } }`;
const LIST =
  'query($o: ID!) { apiKeys(offererId: $o) { id name displayPrefix lastUsedAt revokedAt } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
const OFFERS = 'query { proOffers(first: 50) { edges { node { id name } } } }';
const OFFER = 'query($id: ID!) { proOffer(id: $id) { id } }';
const UPDATE_STOCK =
  'mutation($id: ID!) { updateStock(id: $id, input: { priceCents: 1200, quantity: 30 }) { id } }';
const BOOKINGS = 'query { proBookings(first: 10) { edges { node { id } } } }';
const LOOKUP = 'query($t: String!) { bookingByToken(token: $t) { id } }';
const BOOK = 'mutation($s: ID!) { bookOffer(stockId: $s) { id token } }';

interface Created {
  createApiKey: { secret: string; key: { id: string; displayPrefix: string } };
}

let api: TestServer;
let a: { offererId: number; venueId: number; offerId: number; stockId: number; token: string };
let b: { offererId: number; venueId: number; offerId: number; stockId: number; token: string };

async function offererWithOffer(email: string, name: string) {
  const venue = await insertVenue(api);
  const offer = await insertOfferWithStock(api, venue.venueId, {
    subcategoryId: 'LIVRE_PAPIER',
    priceCents: 1_000,
    name,
  });
  const { token } = await insertPro(api, email, venue.offererId);
  return { ...venue, ...offer, token };
}

async function createKey(pro: typeof a, name = 'Logiciel de caisse'): Promise<Created> {
  const res = await api.gql<Created>(
    CREATE,
    { o: String(pro.offererId), n: name },
    { token: pro.token },
  );
  expect(res.errors).toBeUndefined();
  return res.data!;
}

beforeAll(async () => {
  api = await startTestServer({ API_KEY_CALLS_PER_MINUTE: '20' });
  a = await offererWithOffer('cles-a@exemple.fr', 'Roman de A');
  b = await offererWithOffer('cles-b@exemple.fr', 'Roman de B');
});
afterAll(async () => {
  await api?.close();
});

describe('API keys', () => {
  it('are shown once, stored hashed, listed with their prefix and last use', async () => {
    const { createApiKey } = await createKey(a);
    expect(createApiKey.secret).toMatch(/^pck_[\w-]{43}$/);
    expect(createApiKey.secret.startsWith(createApiKey.key.displayPrefix)).toBe(true);
    const [stored] = await api.sql<{ secret_hash: string }>(
      'select secret_hash from api_key where id = $1',
      [Number(createApiKey.key.id)],
    );
    expect(stored!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(createApiKey.secret);

    const before = await api.gql<{ apiKeys: { id: string; lastUsedAt: string | null }[] }>(
      LIST,
      { o: String(a.offererId) },
      { token: a.token },
    );
    expect(before.data!.apiKeys.find((k) => k.id === createApiKey.key.id)?.lastUsedAt).toBeNull();
    await api.gql(OFFERS, {}, { token: createApiKey.secret });
    const after = await api.gql<{ apiKeys: { id: string; lastUsedAt: string | null }[] }>(
      LIST,
      { o: String(a.offererId) },
      { token: a.token },
    );
    expect(
      after.data!.apiKeys.find((k) => k.id === createApiKey.key.id)?.lastUsedAt,
    ).not.toBeNull();
  });

  it("are created and listed only by the offerer's validated members", async () => {
    const create = await api.gql(
      CREATE,
      { o: String(a.offererId), n: 'Intrus' },
      { token: b.token },
    );
    expect(errorCode(create)).toBe('NOT_FOUND');
    const list = await api.gql(LIST, { o: String(a.offererId) }, { token: b.token });
    expect(errorCode(list)).toBe('NOT_FOUND');
    const blank = await api.gql(CREATE, { o: String(a.offererId), n: '  ' }, { token: a.token });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
  });

  it("see only their own offerer's offers, stocks and bookings", async () => {
    const { secret } = (await createKey(a)).createApiKey;
    const offers = await api.gql<{ proOffers: { edges: { node: { id: string } }[] } }>(
      OFFERS,
      {},
      { token: secret },
    );
    expect(offers.data!.proOffers.edges.map((e) => e.node.id)).toEqual([String(a.offerId)]);
    const own = await api.gql(UPDATE_STOCK, { id: String(a.stockId) }, { token: secret });
    expect(own.errors).toBeUndefined();
    const [stock] = await api.sql<{ quantity: number }>(
      'select quantity from stock where id = $1',
      [a.stockId],
    );
    expect(stock!.quantity).toBe(30);

    expect(errorCode(await api.gql(OFFER, { id: String(b.offerId) }, { token: secret }))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(await api.gql(UPDATE_STOCK, { id: String(b.stockId) }, { token: secret })),
    ).toBe('NOT_FOUND');

    const young = await insertBeneficiary(api, 'jeune-cles@exemple.fr');
    const booked = await api.gql<{ bookOffer: { token: string } }>(
      BOOK,
      { s: String(b.stockId) },
      { token: young.token },
    );
    const bToken = booked.data!.bookOffer.token;
    expect(errorCode(await api.gql(LOOKUP, { t: bToken }, { token: secret }))).toBe('NOT_FOUND');
    const bookings = await api.gql<{ proBookings: { edges: unknown[] } }>(
      BOOKINGS,
      {},
      { token: secret },
    );
    expect(bookings.data!.proBookings.edges).toEqual([]);
  });

  it('cannot manage structures, keys or accounts', async () => {
    const { secret } = (await createKey(a)).createApiKey;
    const more = await api.gql(
      CREATE,
      { o: String(a.offererId), n: 'Clé fille' },
      { token: secret },
    );
    expect(errorCode(more)).toBe('FORBIDDEN');
    const offerer = await api.gql(
      'mutation { createOfferer(input: { name: "Autre", siren: "123456782" }) { id } }',
      {},
      { token: secret },
    );
    expect(errorCode(offerer)).toBe('FORBIDDEN');
  });

  it('are refused once revoked, and revoked only by members', async () => {
    const { secret, key } = (await createKey(a)).createApiKey;
    expect(errorCode(await api.gql(REVOKE, { id: key.id }, { token: b.token }))).toBe('NOT_FOUND');
    expect((await api.gql(OFFERS, {}, { token: secret })).errors).toBeUndefined();
    const revoked = await api.gql<{ revokeApiKey: { revokedAt: string | null } }>(
      REVOKE,
      { id: key.id },
      { token: a.token },
    );
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    expect(errorCode(await api.gql(OFFERS, {}, { token: secret }))).toBe('UNAUTHENTICATED');
  });

  it('stop working when their creator leaves the offerer', async () => {
    const { secret } = (await createKey(a)).createApiKey;
    await api.sql(
      `update offerer_membership set status = 'REJECTED'
        where offerer_id = $1 and user_id = (select id from app_user where email = 'cles-a@exemple.fr')`,
      [a.offererId],
    );
    expect(errorCode(await api.gql(OFFERS, {}, { token: secret }))).toBe('UNAUTHENTICATED');
    await api.sql(
      `update offerer_membership set status = 'VALIDATED'
        where offerer_id = $1 and user_id = (select id from app_user where email = 'cles-a@exemple.fr')`,
      [a.offererId],
    );
    expect((await api.gql(OFFERS, {}, { token: secret })).errors).toBeUndefined();
  });

  it("are not people: the admins' search does not list their accounts", async () => {
    await createKey(a, 'Caisse du soir');
    await insertUser(api, { email: 'admin-cles@exemple.fr', roles: ['ADMIN'] });
    const admin = await logInAs(api, 'admin-cles@exemple.fr');
    const found = await api.gql<{ searchPeople: { email: string }[] }>(
      '{ searchPeople(query: "cle") { email } }',
      {},
      { token: admin },
    );
    expect(found.errors).toBeUndefined();
    const [accounts] = await api.sql<{ count: string }>(
      `select count(*) from app_user where email like 'cle-%@api-keys.invalid'`,
    );
    expect(Number(accounts!.count)).toBeGreaterThan(0);
    expect(found.data!.searchPeople.filter((p) => p.email.endsWith('@api-keys.invalid'))).toEqual(
      [],
    );
  });

  it('are rate limited per key', async () => {
    const first = (await createKey(a, 'Pressée')).createApiKey.secret;
    const second = (await createKey(a, 'Patiente')).createApiKey.secret;
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 21; i++) codes.push(errorCode(await api.gql(OFFERS, {}, { token: first })));
    expect(codes.slice(0, 20).every((code) => code === undefined)).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED');
    expect((await api.gql(OFFERS, {}, { token: second })).errors).toBeUndefined();
  });

  it('upsert offers by their reference at a venue of their offerer only', async () => {
    const { secret } = (await createKey(a, 'Logiciel de stock')).createApiKey;
    const UPSERT = `mutation($v: ID!, $q: Int) { upsertOffer(venueId: $v, externalRef: "STK-1",
      input: { subcategoryId: "LIVRE_PAPIER", name: "Livre du stock", ean: "9782070368228",
               priceCents: 1250, quantity: $q }) { outcome offer { id name validation stocks { quantity } } } }`;
    type Upserted = {
      upsertOffer: {
        outcome: string;
        offer: { id: string; validation: string; stocks: { quantity: number }[] };
      };
    };
    const created = await api.gql<Upserted>(
      UPSERT,
      { v: String(a.venueId), q: 4 },
      { token: secret },
    );
    expect(created.data?.upsertOffer).toMatchObject({
      outcome: 'CREATED',
      offer: { validation: 'APPROVED', stocks: [{ quantity: 4 }] },
    });
    const same = await api.gql<Upserted>(UPSERT, { v: String(a.venueId), q: 4 }, { token: secret });
    expect(same.data?.upsertOffer.outcome).toBe('UNCHANGED');
    const updated = await api.gql<Upserted>(
      UPSERT,
      { v: String(a.venueId), q: 9 },
      { token: secret },
    );
    expect(updated.data?.upsertOffer).toMatchObject({
      outcome: 'UPDATED',
      offer: { id: created.data!.upsertOffer.offer.id, stocks: [{ quantity: 9 }] },
    });
    const negative = await api.gql(UPSERT, { v: String(a.venueId), q: -1 }, { token: secret });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    const elsewhere = await api.gql(UPSERT, { v: String(b.venueId), q: 4 }, { token: secret });
    expect(errorCode(elsewhere)).toBe('NOT_FOUND');
  });

  it("die with their creator's account: neither read nor write after deletion, revoked in the same transaction", async () => {
    const venue = await insertVenue(api);
    const creator = await insertPro(api, 'partante@exemple.fr', venue.offererId);
    const created = await api.gql<Created>(
      CREATE,
      { o: String(venue.offererId), n: 'Caisse de la partante' },
      { token: creator.token },
    );
    const { secret, key } = created.data!.createApiKey;
    expect((await api.gql(OFFERS, {}, { token: secret })).errors).toBeUndefined();

    const deleted = await api.gql(
      'mutation($p: String!) { deleteMyAccount(password: $p) }',
      { p: TEST_PASSWORD },
      { token: creator.token },
    );
    expect(deleted.errors).toBeUndefined();

    const read = await api.gql<{ proOffers: unknown }>(OFFERS, {}, { token: secret });
    expect(errorCode(read)).toBe('UNAUTHENTICATED');
    expect(read.data?.proOffers ?? null).toBeNull();
    const write = await api.gql<{ upsertOffer: unknown }>(
      `mutation($v: ID!) { upsertOffer(venueId: $v, externalRef: "APRES-1",
        input: { subcategoryId: "LIVRE_PAPIER", name: "Après la suppression", ean: "9782070368228",
                 priceCents: 100, quantity: 1 }) { outcome } }`,
      { v: String(venue.venueId) },
      { token: secret },
    );
    expect(errorCode(write)).toBe('UNAUTHENTICATED');
    expect(write.data?.upsertOffer ?? null).toBeNull();
    const [offers] = await api.sql<{ count: string }>(
      `select count(*) from offer where name = 'Après la suppression'`,
    );
    expect(Number(offers!.count)).toBe(0);
    const [stored] = await api.sql<{ revoked_at: Date | null; memberships: string }>(
      `select k.revoked_at, (select count(*) from offerer_membership m where m.user_id = k.account_id) as memberships
         from api_key k where k.id = $1`,
      [Number(key.id)],
    );
    expect(stored!.revoked_at).not.toBeNull();
    expect(Number(stored!.memberships)).toBe(0);
  });

  it("are revoked, for one offerer only, by revokeKeysCreatedBy (a membership's end)", async () => {
    const first = await insertVenue(api);
    const second = await insertVenue(api);
    const creator = await insertPro(api, 'deux-structures@exemple.fr', first.offererId);
    await insertMembership(api, creator.userId, second.offererId);
    const keyOf = async (offererId: number) =>
      (
        await api.gql<Created>(
          CREATE,
          { o: String(offererId), n: 'Caisse' },
          { token: creator.token },
        )
      ).data!.createApiKey.secret;
    const [kept, lost] = [await keyOf(first.offererId), await keyOf(second.offererId)];
    const revoked = await api.server.db.transaction((tx) =>
      revokeKeysCreatedBy(tx, creator.userId, second.offererId),
    );
    expect(revoked).toBe(1);
    expect(errorCode(await api.gql(OFFERS, {}, { token: lost }))).toBe('UNAUTHENTICATED');
    expect((await api.gql(OFFERS, {}, { token: kept })).errors).toBeUndefined();
  });
});
