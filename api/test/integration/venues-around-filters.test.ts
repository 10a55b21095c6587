import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import { insertOfferWithStock, insertStock } from '../support/fixtures.js';

/**
 * The map follows the search's filters: for any filters, venuesAround lists exactly the venues
 * of the offers searchOffers finds (all its pages), each with their number.
 */

const RENNES = { latitude: 48.1113, longitude: -1.68 };
const DAY = 86_400_000;

const SEARCH = /* GraphQL */ `
  query Search($input: SearchOffersInput!) {
    searchOffers(input: $input) {
      edges {
        node {
          id
          venue {
            id
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
const MAP = /* GraphQL */ `
  query Map($input: VenuesAroundInput!) {
    venuesAround(input: $input) {
      offerCount
      venue {
        id
      }
    }
  }
`;

let api: TestServer;
let sirens = 740_000_000;
const inTwoWeeks = new Date(Date.now() + 14 * DAY);

const SUBCATEGORIES = ['CONCERT', 'SEANCE_CINE', 'LIVRE_PAPIER', 'SPECTACLE_REPRESENTATION'];
const NAMES = ['Concert de jazz', 'Séance de cinéma', 'Théâtre du soir', 'Harry Potter'];

beforeAll(async () => {
  api = await startTestServer();
  const [offerer] = await api.sql<{ id: number }>(
    `insert into offerer (siren, name, status) values ($1, 'O', 'VALIDATED') returning id`,
    [String(sirens++)],
  );
  // Twelve venues within 15 km of Rennes (one beyond 20 km), accessible or not, with offers
  // of every kind: prices, dates, duo, words.
  const random = fc.sample(
    fc.record({
      dLat: fc.double({ min: -0.12, max: 0.12, noNaN: true }),
      dLng: fc.double({ min: -0.18, max: 0.18, noNaN: true }),
      motor: fc.boolean(),
      visual: fc.boolean(),
      offers: fc.array(
        fc.record({
          kind: fc.integer({ min: 0, max: 3 }),
          priceCents: fc.constantFrom(0, 500, 1500, 3000),
          inDays: fc.integer({ min: 1, max: 30 }),
          isDuo: fc.boolean(),
          extraStockCents: fc.option(fc.constantFrom(0, 800), { nil: null }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    }),
    { numRuns: 12, seed: 42 },
  );
  for (const [i, v] of random.entries()) {
    const far = i === 11 ? 0.3 : 0;
    const [venue] = await api.sql<{ id: number }>(
      `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type,
                          motor_accessible, visual_accessible, hearing_accessible, mental_accessible)
       values ($1, $2, $3, '35000', 'Rennes', '35', $4, 'OTHER', $5, $6, false, false) returning id`,
      [
        offerer!.id,
        `${sirens++}00011`,
        `Lieu ${i}`,
        `SRID=4326;POINT(${RENNES.longitude + v.dLng + far} ${RENNES.latitude + v.dLat})`,
        v.motor,
        v.visual,
      ],
    );
    for (const o of v.offers) {
      const subcategoryId = SUBCATEGORIES[o.kind]!;
      const isEvent = subcategoryId !== 'LIVRE_PAPIER';
      const { offerId } = await insertOfferWithStock(api, venue!.id, {
        subcategoryId,
        name: NAMES[o.kind],
        priceCents: o.priceCents,
        isDuo: o.isDuo,
        beginsAt: isEvent ? new Date(Date.now() + o.inDays * DAY) : null,
      });
      if (o.extraStockCents !== null) {
        await insertStock(api, offerId, {
          priceCents: o.extraStockCents,
          beginsAt: isEvent ? new Date(Date.now() + (o.inDays + 3) * DAY) : null,
        });
      }
      if (subcategoryId === 'LIVRE_PAPIER') {
        await api.sql("update offer set author = 'J. K. Rowling' where id = $1", [offerId]);
      }
    }
  }
});
afterAll(async () => {
  await api?.close();
});

const allFilters = fc.record({
  categories: fc.constantFrom(['MUSIQUE_LIVE'], ['CINEMA'], ['LIVRE', 'SPECTACLE']),
  subcategories: fc.constantFrom(['CONCERT'], ['LIVRE_PAPIER', 'SEANCE_CINE']),
  text: fc.constantFrom('jazz', 'cinema', 'teatre', 'harry poter', 'rowling', '🎭'),
  maxPriceCents: fc.constantFrom(0, 600, 2000),
  freeOnly: fc.constant(true),
  beginsAfter: fc.constant(new Date(Date.now() + 10 * DAY).toISOString()),
  beginsBefore: fc.constant(inTwoWeeks.toISOString()),
  duoOnly: fc.constant(true),
  accessibility: fc.constantFrom({ motor: true }, { visual: true }, { motor: true, visual: true }),
});
const FILTER_KEYS = [
  'categories',
  'subcategories',
  'text',
  'maxPriceCents',
  'freeOnly',
  'beginsAfter',
  'beginsBefore',
  'duoOnly',
  'accessibility',
] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
/** None, one or two filters at once: more, and nothing would match. */
const filters = fc
  .tuple(allFilters, fc.subarray<FilterKey>([...FILTER_KEYS], { maxLength: 2 }))
  .map(([all, keys]) => Object.fromEntries(keys.map((key) => [key, all[key]])));

interface SearchPage {
  searchOffers: {
    edges: { node: { id: string; venue: { id: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Venue id → matching offers, from every page of searchOffers. */
async function searchedVenues(input: Record<string, unknown>): Promise<Map<string, number>> {
  const venues = new Map<string, number>();
  let after: string | null = null;
  for (;;) {
    const res: { data?: SearchPage | null; errors?: unknown } = await api.gql<SearchPage>(SEARCH, {
      input: { ...input, includeDigital: false, first: 50, after },
    });
    expect(res.errors).toBeUndefined();
    for (const edge of res.data!.searchOffers.edges) {
      venues.set(edge.node.venue.id, (venues.get(edge.node.venue.id) ?? 0) + 1);
    }
    if (!res.data!.searchOffers.pageInfo.hasNextPage) return venues;
    after = res.data!.searchOffers.pageInfo.endCursor;
  }
}

async function mapVenues(input: Record<string, unknown>): Promise<Map<string, number>> {
  const res = await api.gql<{
    venuesAround: { offerCount: number; venue: { id: string } }[];
  }>(MAP, { input: { ...input, first: 300 } });
  expect(res.errors).toBeUndefined();
  return new Map(res.data!.venuesAround.map((m) => [m.venue.id, m.offerCount]));
}

describe('venuesAround', () => {
  it('lists exactly the venues of the offers the search finds, with their counts', async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(filters, fc.constantFrom(5, 20), async (f, radiusKm) => {
        const input = { ...f, around: RENNES, radiusKm };
        const expected = await searchedVenues(input);
        if (expected.size > 0) nonEmpty++;
        expect(await mapVenues(input)).toEqual(expected);
      }),
      { numRuns: 60, seed: 7 },
    );
    // The property must have compared real lists, not only empty ones.
    expect(nonEmpty).toBeGreaterThan(20);
  });

  it('refuses out-of-range filters in French', async () => {
    for (const bad of [
      { maxPriceCents: -1 },
      { subcategories: ['NOPE'] },
      { text: 'x'.repeat(10_000) },
      { beginsAfter: inTwoWeeks.toISOString(), beginsBefore: new Date().toISOString() },
    ]) {
      const res = await api.gql(MAP, { input: { ...bad, around: RENNES, radiusKm: 20 } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect((res.errors as { message: string }[])[0]!.message).toMatch(/[a-zéè]/);
    }
  });

  it('keeps odd text harmless and fast', async () => {
    for (const text of [
      '🎭🎬🎵',
      'مسرح عربي',
      "'; drop table venue; --",
      '%_\\',
      '((( ))) & | ! :*',
    ]) {
      const t0 = Date.now();
      const res = await api.gql(MAP, { input: { text, around: RENNES, radiusKm: 20, first: 300 } });
      expect(res.errors).toBeUndefined();
      expect(Date.now() - t0).toBeLessThan(2_000);
    }
  });
});
