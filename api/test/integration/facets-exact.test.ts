import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { CATEGORIES, SUBCATEGORIES } from '../../src/modules/catalog/categories.js';
import { CELLS_PER_DEGREE } from '../../src/modules/search/facet-grid.js';
import { offsetOnSphere, VenueFixtures, type VenueRow } from '../support/venue-fixtures.js';

/**
 * Facets from the grid rollup equal a brute-force count over the search table: generated
 * venues around mainland and overseas places (some a metre either side of a circle's edge,
 * some on cell lines), generated circles and filters, and again after writes that move offers
 * in and out (a last place booked, an offer deactivated, a venue moved, its accessibility
 * changed).
 */

const FACETS = /* GraphQL */ `
  query Facets($input: SearchOffersInput!) {
    searchFacets(input: $input) {
      total
      categories {
        categoryId
        count
      }
      digitalCount
      withoutFiltersCount
      exact
    }
  }
`;

interface Facets {
  total: number;
  categories: { categoryId: string; count: number }[];
  digitalCount: number;
  withoutFiltersCount: number | null;
  exact?: boolean;
}

const PLACES = [
  { latitude: 48.8566, longitude: 2.3522 }, // Paris
  { latitude: 45.764, longitude: 4.8357 }, // Lyon
  { latitude: 16.2411, longitude: -61.5331 }, // Pointe-à-Pitre
  { latitude: -20.8821, longitude: 55.4507 }, // Saint-Denis de La Réunion
  { latitude: -22.2758, longitude: 166.458 }, // Nouméa
];
const ON_SITE = SUBCATEGORIES.filter((s) => !s.isDigital).map((s) => s.id);
const ONLINE = SUBCATEGORIES.filter((s) => s.isDigital).map((s) => s.id);
const FLAGS = ['motor', 'visual', 'hearing', 'mental'] as const;

let api: TestServer;
let fixtures: VenueFixtures;
/** Circles the data was built around: their edges hold venues a metre inside and outside. */
const CIRCLES = PLACES.flatMap((place) => [3, 20, 40].map((radiusKm) => ({ ...place, radiusKm })));

beforeAll(async () => {
  api = await startTestServer();
  fixtures = await VenueFixtures.create(api, 730_000_000);
  const random = fc.sample(
    fc.record({
      place: fc.integer({ min: 0, max: PLACES.length - 1 }),
      metres: fc.integer({ min: 0, max: 80_000 }),
      bearing: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
      flags: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      subcategories: fc.array(fc.constantFrom(...ON_SITE), { minLength: 1, maxLength: 3 }),
    }),
    { numRuns: 260, seed: 16 },
  );
  const rows: VenueRow[] = random.map((r) => ({
    ...offsetOnSphere(PLACES[r.place]!, r.metres, r.bearing),
    flags: r.flags,
    subcategories: r.subcategories,
  }));
  // A metre inside and outside the edges of known circles, and on cell lines.
  for (const [index, place] of PLACES.entries()) {
    for (const radiusKm of [3, 20, 40]) {
      for (let k = 0; k < 6; k++) {
        for (const metres of [radiusKm * 1000 - 1, radiusKm * 1000 + 1]) {
          rows.push({
            ...offsetOnSphere(place, metres, (k * Math.PI) / 3 + index),
            flags: [k % 2 === 0, k % 3 === 0, true, false],
            subcategories: [ON_SITE[(k + index) % ON_SITE.length]!],
          });
        }
      }
    }
    const line = Math.round((place.latitude + 90) * CELLS_PER_DEGREE) / CELLS_PER_DEGREE - 90;
    rows.push({
      latitude: line,
      longitude: place.longitude + 0.01,
      flags: [true, true, true, true],
      subcategories: ['CONCERT'],
    });
  }
  await fixtures.insertVenues(rows);
  // Digital offers: no place, counted whatever the point.
  await fixtures.insertOnline(ONLINE);
});
afterAll(async () => {
  await api?.close();
});

interface Query {
  latitude: number;
  longitude: number;
  radiusKm: number;
  categories: string[] | null;
  accessibility: Record<(typeof FLAGS)[number], boolean>;
  includeDigital: boolean;
}

async function facets(q: Query, extra: Record<string, unknown> = {}): Promise<Facets> {
  const res = await api.gql<{ searchFacets: Facets }>(FACETS, {
    input: {
      ...extra,
      around: { latitude: q.latitude, longitude: q.longitude },
      radiusKm: q.radiusKm,
      ...(q.categories ? { categories: q.categories } : {}),
      accessibility: q.accessibility,
      includeDigital: q.includeDigital,
    },
  });
  expect(res.errors).toBeUndefined();
  const { exact, ...counts } = res.data!.searchFacets;
  // Below COUNTED_MATCHES every count is exact, whatever the filters.
  expect(exact).toBe(true);
  return counts;
}

/** The same counts, offer by offer, from the search table. */
async function bruteForce(q: Query): Promise<Facets> {
  const flags = FLAGS.filter((f) => q.accessibility[f]).map((f) => `and os.${f}_accessible`);
  const rows = await api.sql<{ subcategory_id: string; places: number; digital: number }>(
    `select subcategory_id,
            count(*) filter (where ST_DWithin(location, ST_MakePoint($2, $1)::geography, $3, false))::int as places,
            count(*) filter (where location is null)::int as digital
       from offer_search os where true ${flags.join(' ')}
      group by subcategory_id`,
    [q.latitude, q.longitude, q.radiusKm * 1000],
  );
  const categoryOf = new Map(SUBCATEGORIES.map((s) => [s.id, s.categoryId]));
  const wanted = q.categories ? new Set(q.categories) : null;
  const counts = new Map<string, number>();
  let total = 0;
  let digital = 0;
  for (const row of rows) {
    const listed = row.places + (q.includeDigital ? row.digital : 0);
    const category = categoryOf.get(row.subcategory_id)!;
    counts.set(category, (counts.get(category) ?? 0) + listed);
    if (wanted && !wanted.has(category)) continue;
    total += listed;
    digital += row.digital;
  }
  const filtered = q.categories !== null || FLAGS.some((f) => q.accessibility[f]);
  let withoutFilters: number | null = null;
  if (filtered) {
    const [row] = await api.sql<{ n: number }>(
      `select (count(*) filter (where ST_DWithin(location, ST_MakePoint($2, $1)::geography, $3, false))
              + case when $4 then count(*) filter (where location is null) else 0 end)::int as n
         from offer_search`,
      [q.latitude, q.longitude, q.radiusKm * 1000, q.includeDigital],
    );
    withoutFilters = row!.n;
  }
  return {
    total,
    categories: [...counts]
      .filter(([, n]) => n > 0)
      .map(([categoryId, count]) => ({ categoryId, count }))
      .sort((a, b) => b.count - a.count || a.categoryId.localeCompare(b.categoryId)),
    digitalCount: digital,
    withoutFiltersCount: withoutFilters,
  };
}

const queries = fc.record({
  circle: fc.oneof(
    fc.record({
      place: fc.constantFrom(...PLACES),
      dLat: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
      dLon: fc.double({ min: -0.3, max: 0.3, noNaN: true }),
      radiusKm: fc.oneof(
        fc.double({ min: 0.2, max: 100, noNaN: true }),
        fc.constantFrom(1, 5, 10, 50),
      ),
    }),
    fc.constantFrom(...CIRCLES).map((c) => ({ place: c, dLat: 0, dLon: 0, radiusKm: c.radiusKm })),
  ),
  categories: fc.option(
    fc.uniqueArray(fc.constantFrom(...CATEGORIES.map((c) => c.id)), { minLength: 1, maxLength: 3 }),
    { nil: null },
  ),
  accessibility: fc.record({
    motor: fc.boolean(),
    visual: fc.constant(false),
    hearing: fc.boolean(),
    mental: fc.boolean(),
  }),
  includeDigital: fc.boolean(),
});

function toQuery(q: typeof queries extends fc.Arbitrary<infer T> ? T : never): Query {
  return {
    latitude: q.circle.place.latitude + q.circle.dLat,
    longitude: q.circle.place.longitude + q.circle.dLon,
    radiusKm: q.circle.radiusKm,
    categories: q.categories,
    accessibility: q.accessibility,
    includeDigital: q.includeDigital,
  };
}

async function checkMany(runs: number, seed: number): Promise<void> {
  for (const raw of fc.sample(queries, { numRuns: runs, seed })) {
    const q = toQuery(raw);
    expect({ q, facets: await facets(q) }).toEqual({ q, facets: await bruteForce(q) });
  }
}

describe('facets from the grid rollup', () => {
  it('equal a count offer by offer, for generated circles and filters', async () => {
    await checkMany(60, 1);
    // The circles whose edges hold venues a metre either side, without filters.
    for (const circle of CIRCLES) {
      const q: Query = {
        ...circle,
        categories: null,
        accessibility: { motor: false, visual: false, hearing: false, mental: false },
        includeDigital: false,
      };
      const f = await facets(q);
      expect(f).toEqual(await bruteForce(q));
      expect(f.total).toBeGreaterThan(0);
    }
  });

  it('count row by row, and exactly, with the filters the grid cannot answer', async () => {
    for (const raw of fc.sample(queries, { numRuns: 15, seed: 3 })) {
      const q = toQuery(raw);
      // Every generated stock is free: « free only » keeps them all, « duo only » none.
      const free = await facets(q, { freeOnly: true });
      const expected = await bruteForce(q);
      expect(free.categories).toEqual(expected.categories);
      expect(free.total).toBe(expected.total);
      const duo = await facets(q, { duoOnly: true });
      expect(duo.categories).toEqual([]);
      expect(duo.withoutFiltersCount).toBe(
        expected.withoutFiltersCount ?? expected.categories.reduce((n, c) => n + c.count, 0),
      );
    }
  });

  it('stay exact after writes: a last place booked, an offer deactivated, a venue moved or changed', async () => {
    const paris = PLACES[0]!;
    const [venue] = await fixtures.insertVenues([
      { ...offsetOnSphere(paris, 2_000, 1), flags: [true, false, false, false], subcategories: [] },
    ]);
    const [offerId] = await fixtures.insertOffers([[venue!, 'CONCERT']]);
    const [other] = await fixtures.insertOffers([[venue!, 'SEANCE_CINE']]);
    const q: Query = {
      ...paris,
      radiusKm: 3,
      categories: null,
      accessibility: { motor: true, visual: false, hearing: false, mental: false },
      includeDigital: true,
    };
    const before = await facets(q);
    expect(before).toEqual(await bruteForce(q));

    await fixtures.bookLastPlace(offerId!, 'facets-exact@example.com');
    const booked = await facets(q);
    expect(booked).toEqual(await bruteForce(q));
    expect(booked.total).toBe(before.total - 1);

    await api.sql('update offer set is_active = false where id = $1', [other]);
    const deactivated = await facets(q);
    expect(deactivated).toEqual(await bruteForce(q));
    expect(deactivated.total).toBe(before.total - 2);

    // Back again, then the venue loses its ramp, then moves out of the circle.
    await api.sql('update offer set is_active = true where id = $1', [other]);
    expect(await facets(q)).toEqual(await bruteForce(q));
    await api.sql('update venue set motor_accessible = false where id = $1', [venue]);
    expect(await facets(q)).toEqual(await bruteForce(q));
    const away = offsetOnSphere(paris, 3_500, 1);
    await api.sql(
      'update venue set motor_accessible = true, location = ST_MakePoint($2, $3)::geography where id = $1',
      [venue, away.longitude, away.latitude],
    );
    const moved = await facets(q);
    expect(moved).toEqual(await bruteForce(q));
    expect(moved.total).toBe(before.total - 2);
    await checkMany(25, 2);
    const [rollup] = await api.sql<{ n: number }>(
      `select count(*)::int as n from offer_search_cell_count where offers[1] <= 0`,
    );
    expect(rollup!.n).toBe(0);
  });
});
