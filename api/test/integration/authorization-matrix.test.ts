import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../src/graphql/schema.js';
import { MATRIX, type Outcome } from '../authorization/matrix.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ACTORS, buildWorld, type World } from '../support/world.js';

let api: TestServer;
let schema: GraphQLSchema;
beforeAll(async () => {
  api = await startTestServer();
  schema = await buildApiSchema();
});
afterAll(async () => {
  await api?.close();
});

function operationsOf(schema: GraphQLSchema): string[] {
  return [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
    Object.keys(type.getFields()),
  );
}

/** Whether an answer carries anything beyond empty lists and type names. */
function holdsData(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => key !== '__typename' && holdsData(inner));
  }
  return false;
}

describe('authorization matrix', () => {
  it('has a row for every query and mutation of the schema, and none for operations gone', () => {
    const operations = operationsOf(schema);
    expect(
      operations.filter((name) => !MATRIX[name]),
      'operations without a row',
    ).toEqual([]);
    expect(Object.keys(MATRIX).filter((name) => !operations.includes(name))).toEqual([]);
  });

  it('gives every caller the expected outcome of every operation', async () => {
    const mismatches: string[] = [];
    let calls = 0;
    for (const [name, row] of Object.entries(MATRIX)) {
      for (const actor of ACTORS) {
        // A fresh world per call: one caller's mutation must not decide the next one's outcome.
        const world = await buildWorld(api);
        const response = await api.gql(row.document, row.variables?.(world) ?? {}, {
          token: world.tokens[actor],
        });
        calls++;
        const outcome: Outcome = response.errors?.[0]?.extensions?.code ?? 'ok';
        if (outcome !== row.expected[actor]) {
          mismatches.push(`${name} as ${actor}: expected ${row.expected[actor]}, got ${outcome}`);
        } else if (
          (outcome !== 'ok' || row.seesNothing?.includes(actor)) &&
          holdsData(response.data)
        ) {
          mismatches.push(
            `${name} as ${actor}: expected no data, got ${JSON.stringify(response.data)}`,
          );
        }
      }
    }
    console.log(
      `authorization matrix: ${Object.keys(MATRIX).length} operations × ${ACTORS.length} callers = ${calls} calls, ${mismatches.length} mismatches`,
    );
    expect(mismatches).toEqual([]);
    // About 600 calls, each on a fresh world: minutes on a loaded machine.
  }, 600_000);
});

/** Every `Type:id` an answer holds. */
function rowsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((inner) => rowsIn(inner, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.__typename === 'string' && typeof record.id === 'string') {
      found.push(`${record.__typename}:${record.id}`);
    }
    Object.values(record).forEach((inner) => rowsIn(inner, found));
  }
  return found;
}

/** Hidden rows of a fresh world: a draft, a pending, a deactivated offer, and a venue and offer of an offerer not validated. */
async function hiddenRows(world: World) {
  const [deactivated] = await api.sql<{ id: number }>(
    `insert into offer (venue_id, subcategory_id, name, validation, is_active)
     values ($1, 'LIVRE_PAPIER', 'Désactivée', 'APPROVED', false) returning id`,
    [world.a.venueId],
  );
  await api.sql(`insert into stock (offer_id, price_cents, quantity) values ($1, 500, 10)`, [
    deactivated!.id,
  ]);
  const [venue] = await api.sql<{ id: number }>('select id from venue where offerer_id = $1', [
    world.queues.newOffererId,
  ]);
  const [unvalidated] = await api.sql<{ id: number }>(
    `insert into offer (venue_id, subcategory_id, name, validation, is_active)
     values ($1, 'LIVRE_PAPIER', 'Structure non validée', 'APPROVED', true) returning id`,
    [venue!.id],
  );
  await api.sql(`insert into stock (offer_id, price_cents, quantity) values ($1, 500, 10)`, [
    unvalidated!.id,
  ]);
  const [deleted] = await api.sql<{ id: number }>(
    `insert into stock (offer_id, price_cents, quantity, is_soft_deleted) values ($1, 700, 10, true) returning id`,
    [world.a.offerId],
  );
  return {
    offerIds: [world.a.draftOfferId, world.queues.pendingOfferId, deactivated!.id, unvalidated!.id],
    venueId: venue!.id,
    deletedStockId: deleted!.id,
  };
}

const CATALOGUE_READS = {
  offer:
    'query($id: ID!) { offer(id: $id) { __typename id name description stocks { __typename id } venue { __typename id } } }',
  addFavorite:
    'mutation($id: ID!) { addFavorite(offerId: $id) { __typename id name description stocks { __typename id } } }',
  removeFavorite:
    'mutation($id: ID!) { removeFavorite(offerId: $id) { __typename id name description stocks { __typename id } } }',
  venue:
    'query($id: ID!) { venue(id: $id) { __typename id name offers(first: 50) { edges { node { __typename id } } } } }',
  search:
    '{ searchOffers(input: { first: 50 }) { edges { node { __typename id stocks { __typename id } venue { __typename id } } } } }',
  around: `{ venuesAround(input: { boundingBox: { south: -90, west: -180, north: 90, east: 180 }, first: 300 })
    { venue { __typename id offers(first: 50) { edges { node { __typename id } } } } } }`,
  favorites: '{ myFavorites { __typename id } }',
};

describe('what each caller can read of the catalogue', () => {
  it('gives no caller a hidden offer, venue or stock, by any operation serving them', async () => {
    const world = await buildWorld(api);
    const hidden = await hiddenRows(world);
    // Favorites made while the offers were visible.
    for (const offerId of hidden.offerIds) {
      await api.sql('insert into favorite (user_id, offer_id) values ($1, $2)', [
        world.userIds.beneficiary,
        offerId,
      ]);
    }
    const hiddenOfferIds = hidden.offerIds.map(String);
    const hiddenRowKeys = [
      ...hiddenOfferIds.map((id) => `Offer:${id}`),
      `Venue:${hidden.venueId}`,
      `Stock:${hidden.deletedStockId}`,
    ];
    const leaks: string[] = [];
    for (const actor of ACTORS) {
      const token = world.tokens[actor];
      for (const id of hiddenOfferIds) {
        for (const name of ['offer', 'addFavorite', 'removeFavorite'] as const) {
          const res = await api.gql(CATALOGUE_READS[name], { id }, { token });
          if (holdsData(res.data))
            leaks.push(`${name}(${id}) as ${actor}: ${JSON.stringify(res.data)}`);
        }
      }
      const venue = await api.gql(CATALOGUE_READS.venue, { id: String(hidden.venueId) }, { token });
      if (holdsData(venue.data)) leaks.push(`venue as ${actor}: ${JSON.stringify(venue.data)}`);
      for (const name of ['search', 'around', 'favorites'] as const) {
        const shown = rowsIn((await api.gql(CATALOGUE_READS[name], {}, { token })).data);
        for (const key of hiddenRowKeys) {
          if (shown.includes(key)) leaks.push(`${name} as ${actor} shows ${key}`);
        }
      }
      const own = rowsIn(
        (await api.gql(CATALOGUE_READS.venue, { id: String(world.a.venueId) }, { token })).data,
      );
      if (!own.includes(`Offer:${world.a.offerId}`)) {
        leaks.push(`venue A as ${actor} lost its visible offer`);
      }
      for (const key of hiddenRowKeys) {
        if (own.includes(key)) leaks.push(`venue A as ${actor} shows ${key}`);
      }
    }
    expect(leaks, leaks.join('\n')).toEqual([]);
  });
});
