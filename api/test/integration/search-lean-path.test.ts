import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { insertOfferWithStock, insertVenue } from '../support/fixtures.js';
import { bothWays, postGraphql } from '../support/lean-path.js';

/**
 * The lean path of searchOffers (search.lean-path.ts) is the same API: every document and
 * variables here are sent twice, once as they come (the lean path answers what it can) and
 * once with `x-lean-path: off` (Apollo answers), and the two answers must be byte-equal,
 * status and content type included.
 */
let api: TestServer;
const RENNES = { latitude: 48.1113, longitude: -1.68 };
const DAY = 86_400_000;

const post = (body: unknown, lean: boolean, headers: Record<string, string> = {}) =>
  postGraphql(api, body, lean, headers);
const both = (
  query: string,
  variables?: Record<string, unknown>,
  extra?: Record<string, unknown>,
) => bothWays(api, query, variables, extra);

const CARD = /* GraphQL */ `
  query Cards($input: SearchOffersInput!) {
    searchOffers(input: $input) {
      edges {
        cursor
        distanceMeters
        node {
          id
          name
          minPriceCents
          subcategory {
            id
            label
          }
          venue {
            id
            name
            city
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

let venueCount = 0;

async function venueAt(
  offererId: number,
  name: string,
  publicName: string | null,
  city: string | null,
  point: { latitude: number; longitude: number } | null,
): Promise<number> {
  const [row] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, siret, name, public_name, postal_code, city, department_code, location, venue_type, is_virtual)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 'OTHER', $9) returning id`,
    [
      offererId,
      point ? `${String(70_000_000 + venueCount++)}00011` : null,
      name,
      publicName,
      point ? '35000' : null,
      city,
      point ? '35' : null,
      point ? `SRID=4326;POINT(${point.longitude} ${point.latitude})` : null,
      point === null,
    ],
  );
  return row!.id;
}

beforeAll(async () => {
  api = await startTestServer();
  const { offererId, venueId: saintDenis } = await insertVenue(api);
  const at = (dLat: number, dLng: number) => ({
    latitude: RENNES.latitude + dLat,
    longitude: RENNES.longitude + dLng,
  });
  // Venues at the same place (ties at equal distance), one with a public name, one without a city.
  const venues = [
    await venueAt(offererId, 'Cinéma A', 'Le Grand A', 'Rennes', at(0.01, 0)),
    await venueAt(offererId, 'Cinéma B', null, 'Rennes', at(0.01, 0)),
    await venueAt(offererId, 'Théâtre « C »', '', 'Rennes', at(0.02, 0.01)),
    await venueAt(offererId, 'Librairie D', null, null, at(-0.03, 0.02)),
    await venueAt(offererId, 'Salle E', null, 'Cesson', at(0.1, 0.1)),
  ];
  const digital = await venueAt(offererId, 'En ligne', null, null, null);
  const kinds = ['SEANCE_CINE', 'LIVRE_PAPIER', 'CONCERT', 'VISITE', 'SPECTACLE_REPRESENTATION'];
  let n = 0;
  for (const venueId of venues) {
    for (let i = 0; i < 7; i++) {
      n++;
      const subcategoryId = kinds[(n + i) % kinds.length]!;
      const isEvent = subcategoryId !== 'LIVRE_PAPIER';
      await insertOfferWithStock(api, venueId, {
        subcategoryId,
        name: `Offre ${n} « ${subcategoryId.toLowerCase()} » \\ "${'é'.repeat(i)}"`,
        priceCents: (n % 4) * 500,
        isDuo: n % 3 === 0,
        beginsAt: isEvent ? new Date(Date.now() + ((n % 5) + 2) * DAY) : undefined,
        bookingLimitAt: isEvent ? new Date(Date.now() + DAY) : undefined,
      });
    }
  }
  for (let i = 0; i < 4; i++) {
    const { offerId } = await insertOfferWithStock(api, digital, {
      subcategoryId: 'LIVRE_NUMERIQUE',
      name: `Livre numérique ${i}`,
      priceCents: 999,
    });
    await api.sql('update offer set url = $2 where id = $1', [offerId, 'https://exemple.fr/livre']);
  }
  // Hidden: inactive, or not approved, or far away in Saint-Denis.
  await insertOfferWithStock(api, venues[0]!, {
    subcategoryId: 'SEANCE_CINE',
    name: 'Cachée',
    priceCents: 100,
    isActive: false,
    beginsAt: new Date(Date.now() + 3 * DAY),
  });
  await insertOfferWithStock(api, saintDenis, {
    subcategoryId: 'LIVRE_PAPIER',
    name: 'Loin',
    priceCents: 100,
  });
});

afterAll(async () => {
  await api?.close();
});

describe('searchOffers lean path', () => {
  it('answers the cards document byte for byte as Apollo does, through every page', async () => {
    const input = { around: RENNES, radiusKm: 30, first: 4, includeDigital: true };
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const answer = await both(CARD, { input: { ...input, after } });
      expect(answer.lean).toBe(true);
      const result = (
        answer.json.data as {
          searchOffers: {
            edges: { node: { name: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        }
      ).searchOffers;
      names.push(...result.edges.map((e) => e.node.name));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    // 35 offers at places, then 4 digital ones; each once; the hidden and far ones never.
    expect(names).toHaveLength(39);
    expect(new Set(names).size).toBe(39);
    expect(names).not.toContain('Cachée');
    expect(names).not.toContain('Loin');
    expect(names.slice(-4).every((name) => name.startsWith('Livre numérique'))).toBe(true);
  });

  it('serves subsets, aliases, fragments, __typename and every filter the same', async () => {
    const documents = [
      `{ searchOffers(input: { around: { latitude: 48.1113, longitude: -1.68 }, first: 3 }) { edges { cursor } } }`,
      `query { __typename s: searchOffers(input: { first: 5, includeDigital: false }) { __typename pageInfo { endCursor __typename hasNextPage } edges { __typename d: distanceMeters node { __typename id i: id isDuo isDigital isEvent subcategory { __typename categoryId canBeDuo isEvent isDigital label id } venue { __typename city id name } } } } t: __typename }`,
      `query F($input: SearchOffersInput!) { searchOffers(input: $input) { ...Page edges { node { ...Card venue { id } } } } }
       fragment Page on OfferSearchConnection { pageInfo { hasNextPage } edges { cursor node { name } } }
       fragment Card on Offer { id ... on Offer { minPriceCents venue { name } } ... { subcategory { label } } }`,
    ];
    const inputs = [
      { around: RENNES, radiusKm: 5 },
      { around: RENNES, radiusKm: 50, categories: ['CINEMA'] },
      { around: RENNES, categories: ['CINEMA', 'LIVRE'], includeDigital: false },
      { around: RENNES, subcategories: ['CONCERT', 'VISITE'], first: 2 },
      { around: RENNES, maxPriceCents: 500, duoOnly: true },
      { around: RENNES, freeOnly: true },
      { around: RENNES, beginsAfter: new Date(Date.now() + 3 * DAY).toISOString() },
      {
        around: RENNES,
        beginsAfter: new Date(Date.now() + 2 * DAY).toISOString(),
        beginsBefore: new Date(Date.now() + 4 * DAY).toISOString(),
        maxPriceCents: 1000,
      },
      { around: RENNES, accessibility: { motor: true, visual: false } },
      { first: 50 },
      { includeDigital: false, categories: ['LIVRE'] },
      { around: { latitude: 43.3, longitude: 5.4 }, radiusKm: 1 },
    ];
    let lean = 0;
    for (const query of documents) {
      for (const input of inputs) {
        const answer = await both(query, { input });
        if (answer.lean) lean++;
      }
    }
    for (const input of inputs) {
      const answer = await both(CARD, { input });
      expect(answer.lean).toBe(true);
      expect(answer.json.errors).toBeUndefined();
    }
    expect(lean).toBe(documents.length * inputs.length);
  });

  it('leaves to Apollo what it does not serve, with the same answers', async () => {
    const input = { around: RENNES, radiusKm: 20, first: 3 };
    const cases: {
      query: string;
      variables?: Record<string, unknown>;
      extra?: Record<string, unknown>;
    }[] = [
      // Fields the lean path does not serve.
      {
        query: `query($input: SearchOffersInput!) { searchOffers(input: $input) { edges { node { id isFavorite stocks { id } } } } }`,
        variables: { input },
      },
      {
        query: `query($input: SearchOffersInput!) { searchOffers(input: $input) { edges { node { venue { postalCode timeZone } image { srcset } } } } }`,
        variables: { input },
      },
      // Directives, two roots, another query, a mutation, two operations.
      {
        query: `query($input: SearchOffersInput!, $yes: Boolean!) { searchOffers(input: $input) { edges { cursor @include(if: $yes) } } }`,
        variables: { input, yes: true },
      },
      {
        query: `query($input: SearchOffersInput!) { a: searchOffers(input: $input) { edges { cursor } } b: searchOffers(input: $input) { edges { cursor } } }`,
        variables: { input },
      },
      { query: `{ places(text: "Ren") { label } }` },
      { query: `mutation { logout }` },
      {
        query: `query A { __typename } query B { searchOffers(input: {}) { edges { cursor } } }`,
        extra: { operationName: 'B' },
      },
      {
        query: `query A { searchOffers(input: {}) { edges { cursor } } }`,
        extra: { operationName: 'Z' },
      },
      // A text search.
      { query: CARD, variables: { input: { ...input, text: 'offre' } } },
      // Bad input: the resolver's French errors.
      { query: CARD, variables: { input: { ...input, first: 0 } } },
      { query: CARD, variables: { input: { ...input, first: 51 } } },
      { query: CARD, variables: { input: { ...input, radiusKm: 0 } } },
      { query: CARD, variables: { input: { ...input, radiusKm: 101 } } },
      { query: CARD, variables: { input: { ...input, around: { latitude: 91, longitude: 0 } } } },
      { query: CARD, variables: { input: { ...input, around: { latitude: 0, longitude: 181 } } } },
      { query: CARD, variables: { input: { ...input, categories: ['NOPE'] } } },
      { query: CARD, variables: { input: { ...input, subcategories: ['NOPE'] } } },
      { query: CARD, variables: { input: { ...input, maxPriceCents: -1 } } },
      { query: CARD, variables: { input: { ...input, after: 'pas-un-curseur' } } },
      {
        query: CARD,
        variables: {
          input: {
            ...input,
            after: Buffer.from('{"phase":"all","offerId":3}').toString('base64url'),
          },
        },
      },
      {
        query: CARD,
        variables: {
          input: {
            ...input,
            beginsAfter: '2030-01-02T00:00:00Z',
            beginsBefore: '2030-01-01T00:00:00Z',
          },
        },
      },
      { query: CARD, variables: { input: { ...input, first: 'vingt' } } },
      { query: CARD, variables: { input: { ...input, name: '\u0000' } } },
      { query: CARD, variables: {} },
      { query: CARD },
      // Malformed documents and bodies.
      { query: `{ searchOffers(input: {}) { edges { nope } } }` },
      { query: `{ searchOffers(` },
      {
        query: CARD,
        variables: { input },
        extra: { extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } },
      },
    ];
    for (const { query, variables, extra } of cases) {
      const answer = await both(query, variables, extra);
      expect(answer.lean, query).toBe(false);
    }
    const bad = await both(CARD, { input: { ...input, radiusKm: 0 } });
    expect(bad.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers only JSON posts that take JSON back', async () => {
    const body = { query: CARD, variables: { input: { around: RENNES } } };
    const graphqlResponse = await post(body, true, {
      accept: 'application/graphql-response+json, application/json;q=0.9',
    });
    expect(graphqlResponse.lean).toBe(false);
    expect(graphqlResponse.type).toContain('application/graphql-response+json');
    expect((await post(body, true, { accept: '*/*' })).lean).toBe(true);
  });
});

describe('searchFacets lean path', () => {
  const FACETS = /* GraphQL */ `
    query Facets($input: SearchOffersInput!) {
      searchFacets(input: $input) {
        total
        categories {
          categoryId
          count
        }
        digitalCount
        widerRadiusKm
        widerRadiusCount
        withoutFiltersCount
        exact
      }
    }
  `;

  it('answers every facets document and filter byte for byte as Apollo does', async () => {
    const documents = [
      FACETS,
      `{ searchFacets(input: { around: { latitude: 48.1113, longitude: -1.68 }, radiusKm: 5 }) { total } }`,
      `query($input: SearchOffersInput!) { __typename f: searchFacets(input: $input) { __typename exact c: categories { __typename count categoryId } ...More } }
       fragment More on SearchFacets { withoutFiltersCount widerRadiusCount widerRadiusKm ... on SearchFacets { total digitalCount } }`,
    ];
    const inputs = [
      { around: RENNES, radiusKm: 5 },
      { around: RENNES, radiusKm: 1 },
      { around: RENNES, radiusKm: 50, categories: ['CINEMA'] },
      { around: RENNES, categories: ['CINEMA', 'LIVRE'], includeDigital: false },
      { around: RENNES, subcategories: ['CONCERT', 'VISITE'], first: 2, after: 'ignoré' },
      { around: RENNES, maxPriceCents: 500, duoOnly: true },
      { around: RENNES, freeOnly: true, radiusKm: 100 },
      { around: RENNES, beginsAfter: new Date(Date.now() + 3 * DAY).toISOString() },
      { around: RENNES, accessibility: { motor: true, visual: false } },
      { around: RENNES, text: 'offre' },
      { around: RENNES, text: '  ' },
      { first: 50 },
      { includeDigital: false, categories: ['LIVRE'] },
      { around: { latitude: 43.3, longitude: 5.4 }, radiusKm: 1 },
    ];
    for (const query of documents) {
      for (const input of inputs) {
        const answer = await both(query, { input });
        expect(answer.lean, `${query} ${JSON.stringify(input)}`).toBe(true);
        expect(answer.json.errors).toBeUndefined();
      }
    }
    const answer = await both(FACETS, { input: { around: RENNES, radiusKm: 30 } });
    const facets = (answer.json.data as { searchFacets: { total: number } }).searchFacets;
    expect(facets.total).toBe(39);
  });

  it('leaves bad input and fields with arguments to Apollo, with the same answers', async () => {
    const input = { around: RENNES, radiusKm: 20 };
    const cases = [
      { input: { ...input, radiusKm: 0 } },
      { input: { ...input, categories: ['NOPE'] } },
      { input: { ...input, maxPriceCents: -1 } },
      { input: { ...input, text: 'x'.repeat(201) } },
    ];
    for (const variables of cases) {
      const answer = await both(FACETS, variables);
      expect(answer.lean, JSON.stringify(variables)).toBe(false);
      expect(answer.json.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const two = await both(
      `query($input: SearchOffersInput!) { searchFacets(input: $input) { total } searchOffers(input: $input) { edges { cursor } } }`,
      { input },
    );
    expect(two.lean).toBe(false);
  });
});
