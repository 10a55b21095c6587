import { randomUUID } from 'node:crypto';
import { hashSessionToken, newSessionToken } from '../../src/modules/identity/session-token.js';
import {
  insertBooking,
  insertDeposit,
  insertMembership,
  insertOfferWithStock,
  insertUser,
  insertVenue,
} from './fixtures.js';
import type { TestServer } from './server.js';

/** Who calls, in the authorization matrix. */
export const ACTORS = [
  'anonymous',
  'beneficiary',
  'otherBeneficiary',
  'proA',
  'proB',
  'admin',
] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * A small world of two offerers: A (its pro proA, a venue, an event offer and its stock,
 * and the beneficiary's booking there) and B (likewise, with otherBeneficiary's booking),
 * plus an admin. Every id a matrix row may need, and a session token per actor.
 */
export interface World {
  emails: Record<Exclude<Actor, 'anonymous'>, string>;
  tokens: Record<Actor, string | undefined>;
  userIds: Record<Exclude<Actor, 'anonymous'>, number>;
  a: Side;
  b: Side;
  /** A back-office queue item of each kind. */
  queues: {
    /** An 18-year-old of an open department who asked for their credit. */
    requesterId: number;
    /** An offer of A waiting for moderation. */
    pendingOfferId: number;
    /** An offerer waiting for validation. */
    newOffererId: number;
    /** B's pro asking to join A (pending: it gives B's pro nothing of A). */
    pendingMembershipId: number;
    /** A moderation rule, switched off so that it moderates nothing here. */
    moderationRuleId: number;
    /** An account an admin suspended. */
    suspendedId: number;
  };
}

export interface Side {
  offererId: number;
  siren: string;
  venueId: number;
  offerId: number;
  stockId: number;
  /** A stock of another offer, without bookings. */
  freeStockId: number;
  /** An offer left as a draft, with a stock: ready to publish. */
  draftOfferId: number;
  bookingId: number;
  bookingToken: string;
  /** A live API key of the offerer (modules/apikey). */
  apiKeyId: number;
}

async function openSession(api: TestServer, userId: number): Promise<string> {
  const token = newSessionToken();
  await api.sql('insert into session (user_id, token_hash, expires_at) values ($1, $2, $3)', [
    userId,
    hashSessionToken(token),
    new Date(Date.now() + 86_400_000),
  ]);
  return token;
}

async function side(
  api: TestServer,
  proId: number,
  beneficiary: { userId: number; depositId: number },
) {
  const { offererId, venueId } = await insertVenue(api);
  await insertMembership(api, proId, offererId);
  const beginsAt = new Date(Date.now() + 30 * 86_400_000);
  const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
    subcategoryId: 'CONCERT',
    priceCents: 1_500,
    beginsAt,
    name: 'Concert du monde',
  });
  const { stockId: freeStockId } = await insertOfferWithStock(api, venueId, {
    subcategoryId: 'CONCERT',
    priceCents: 1_000,
    beginsAt,
  });
  const { offerId: draftOfferId } = await insertOfferWithStock(api, venueId, {
    subcategoryId: 'CONCERT',
    priceCents: 1_200,
    beginsAt,
    validation: 'DRAFT',
  });
  const bookingId = await insertBooking(api, {
    userId: beneficiary.userId,
    depositId: beneficiary.depositId,
    offerId,
    stockId,
    amountCents: 1_500,
  });
  const [booking] = await api.sql<{ token: string }>('select token from booking where id = $1', [
    bookingId,
  ]);
  const [offerer] = await api.sql<{ siren: string }>('select siren from offerer where id = $1', [
    offererId,
  ]);
  const keyAccountId = await insertUser(api, {
    email: `cle-${offererId}-${randomUUID()}@api-keys.invalid`,
    roles: ['PRO'],
  });
  await insertMembership(api, keyAccountId, offererId);
  const [apiKey] = await api.sql<{ id: number }>(
    `insert into api_key (offerer_id, created_by_id, account_id, name, display_prefix, secret_hash)
     values ($1, $2, $3, 'Caisse', 'pck_test', $4) returning id`,
    [offererId, proId, keyAccountId, randomUUID().replaceAll('-', '').padEnd(64, '0')],
  );
  return {
    apiKeyId: apiKey!.id,
    offererId,
    siren: offerer!.siren,
    venueId,
    offerId,
    stockId,
    freeStockId,
    draftOfferId,
    bookingId,
    bookingToken: booking!.token,
  };
}

export async function buildWorld(api: TestServer): Promise<World> {
  const tag = randomUUID().slice(0, 8);
  const emails = {
    beneficiary: `jeune-${tag}@exemple.fr`,
    otherBeneficiary: `autre-${tag}@exemple.fr`,
    proA: `pro-a-${tag}@exemple.fr`,
    proB: `pro-b-${tag}@exemple.fr`,
    admin: `admin-${tag}@exemple.fr`,
  };
  const young = { roles: ['BENEFICIARY'], departmentCode: '93', activationStatus: 'ACTIVATED' };
  const userIds = {
    beneficiary: await insertUser(api, { email: emails.beneficiary, ...young }),
    otherBeneficiary: await insertUser(api, { email: emails.otherBeneficiary, ...young }),
    proA: await insertUser(api, { email: emails.proA, roles: ['PRO'] }),
    proB: await insertUser(api, { email: emails.proB, roles: ['PRO'] }),
    admin: await insertUser(api, { email: emails.admin, roles: ['ADMIN'] }),
  };
  const deposits = {
    beneficiary: await insertDeposit(api, userIds.beneficiary),
    otherBeneficiary: await insertDeposit(api, userIds.otherBeneficiary),
  };
  const a = await side(api, userIds.proA, {
    userId: userIds.beneficiary,
    depositId: deposits.beneficiary,
  });
  const b = await side(api, userIds.proB, {
    userId: userIds.otherBeneficiary,
    depositId: deposits.otherBeneficiary,
  });
  const queues = await backOfficeQueues(api, tag, a, userIds.proB);
  const tokens: World['tokens'] = { anonymous: undefined } as World['tokens'];
  for (const actor of Object.keys(userIds) as (keyof typeof userIds)[]) {
    tokens[actor] = await openSession(api, userIds[actor]);
  }
  return { emails, tokens, userIds, a, b, queues };
}

async function backOfficeQueues(
  api: TestServer,
  tag: string,
  a: Side,
  proB: number,
): Promise<World['queues']> {
  const requesterId = await insertUser(api, {
    email: `demande-${tag}@exemple.fr`,
    departmentCode: '93',
    activationStatus: 'REQUESTED',
  });
  await api.sql(
    `update app_user set birth_date = (now() - interval '18 years 10 days')::date,
            activation_requested_at = now() where id = $1`,
    [requesterId],
  );
  const { offerId: pendingOfferId } = await insertOfferWithStock(api, a.venueId, {
    subcategoryId: 'CONCERT',
    priceCents: 900,
    beginsAt: new Date(Date.now() + 30 * 86_400_000),
    validation: 'PENDING',
  });
  const { offererId: newOffererId } = await insertVenue(api, 'NEW');
  await insertMembership(api, proB, a.offererId, 'NEW');
  const [membership] = await api.sql<{ id: number }>(
    'select id from offerer_membership where user_id = $1 and offerer_id = $2',
    [proB, a.offererId],
  );
  const [rule] = await api.sql<{ id: number }>(
    `insert into moderation_rule (label, kind, words, is_active)
     values ('Règle de test', 'WORDS', '{introuvable}', false) returning id`,
  );
  const suspendedId = await insertUser(api, { email: `suspendu-${tag}@exemple.fr` });
  await api.sql(
    `update app_user set suspended_at = now(), suspension_reason = 'Fraude' where id = $1`,
    [suspendedId],
  );
  return {
    suspendedId,
    requesterId,
    pendingOfferId,
    newOffererId,
    pendingMembershipId: membership!.id,
    moderationRuleId: rule!.id,
  };
}
