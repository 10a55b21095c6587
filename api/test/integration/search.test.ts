import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import { insertOfferWithStock, insertStock, insertUser, logInAs } from '../support/fixtures.js';

const SEARCH = /* GraphQL */ `
  query Search($input: SearchOffersInput!) {
    searchOffers(input: $input) {
      edges {
        cursor
        distanceMeters
        node {
          id
          name
          isDigital
          isFavorite
          minPriceCents
          venue {
            id
            name
            city
          }
          stocks {
            id
            priceCents
          }
          subcategory {
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
type Edge = {
  cursor: string;
  distanceMeters: number | null;
  node: {
    id: string;
    name: string;
    isDigital: boolean;
    isFavorite: boolean;
    venue: { id: string };
  };
};
type SearchResult = {
  searchOffers: { edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

const RENNES = { latitude: 48.1113, longitude: -1.68 };
const DAY = 86_400_000;
const EARTH_RADIUS = 6_371_008.7714;

function haversine(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = (x: number) => (x * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) *
      Math.cos(rad(b.latitude)) *
      Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(h));
}

interface Expected {
  offerId: number;
  free: boolean;
  venueId: number;
  location: { latitude: number; longitude: number } | null;
  subcategoryId: string;
}

let api: TestServer;
const visible: Expected[] = [];
let sirens = 300_000_000;

async function offerer(status = 'VALIDATED'): Promise<number> {
  const [row] = await api.sql<{ id: number }>(
    `insert into offerer (siren, name, status) values ($1, 'O', $2) returning id`,
    [String(sirens++), status],
  );
  return row!.id;
}

async function venue(
  offererId: number,
  location: { latitude: number; longitude: number } | null,
  flags: { motor?: boolean } = {},
) {
  const [row] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type, is_virtual, motor_accessible)
     values ($1, $2, 'Lieu', $3, $4, $5, $6, 'OTHER', $7, $8) returning id`,
    [
      offererId,
      location ? String(sirens++) + '00011' : null,
      location ? '35000' : null,
      location ? 'Rennes' : null,
      location ? '35' : null,
      location ? `SRID=4326;POINT(${location.longitude} ${location.latitude})` : null,
      location === null,
      flags.motor ?? false,
    ],
  );
  return row!.id;
}

beforeAll(async () => {
  api = await startTestServer();
  const validated = await offerer();
  // Places at growing distances, two of them at the very same spot (a distance tie).
  const spots = [
    { latitude: 48.1113, longitude: -1.68 },
    { latitude: 48.115, longitude: -1.675 },
    { latitude: 48.12, longitude: -1.69 },
    { latitude: 48.12, longitude: -1.69 },
    { latitude: 48.2, longitude: -1.5 },
    { latitude: 48.5, longitude: -1.2 },
    { latitude: 47.2, longitude: -1.55 }, // Nantes, ~100 km
  ];
  const subcategories = ['CONCERT', 'LIVRE_PAPIER', 'SEANCE_CINE', 'VISITE'];
  for (const [index, spot] of spots.entries()) {
    const venueId = await venue(validated, spot, { motor: index % 2 === 0 });
    const count = index === 1 ? 12 : 3; // one venue with many offers: ties inside a venue
    for (let i = 0; i < count; i++) {
      const subcategoryId = subcategories[(index + i) % subcategories.length]!;
      const isEvent = subcategoryId !== 'LIVRE_PAPIER';
      const { offerId } = await insertOfferWithStock(api, venueId, {
        subcategoryId,
        priceCents: i === 0 ? 0 : 500 * (i + 1),
        beginsAt: isEvent ? new Date(Date.now() + (5 + i) * DAY) : null,
        name: i === 0 ? 'Les théâtres de la ville' : `Offre ${index}-${i}`,
        isDuo: i % 2 === 0 && isEvent,
      });
      visible.push({ offerId, venueId, location: spot, subcategoryId, free: i === 0 });
    }
    // Never shown: pending, inactive, sold out, past.
    await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 100,
      validation: 'PENDING',
    });
    await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 100,
      isActive: false,
    });
    await insertOfferWithStock(api, venueId, {
      subcategoryId: 'LIVRE_PAPIER',
      priceCents: 100,
      quantity: 0,
    });
    const past = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 100,
      beginsAt: new Date(Date.now() - DAY),
    });
    await insertStock(api, past.offerId, {
      priceCents: 100,
      isSoftDeleted: true,
      beginsAt: new Date(Date.now() + DAY),
    });
  }
  // An offerer not validated: hidden.
  const hiddenVenue = await venue(await offerer('NEW'), { latitude: 48.1114, longitude: -1.6801 });
  await insertOfferWithStock(api, hiddenVenue, { subcategoryId: 'CONCERT', priceCents: 100 });
  // Digital offers at the offerer's virtual venue.
  const virtualVenue = await venue(validated, null);
  for (let i = 0; i < 3; i++) {
    const { offerId } = await insertOfferWithStock(api, virtualVenue, {
      subcategoryId: 'VOD',
      priceCents: 300,
      quantity: null,
    });
    visible.push({
      offerId,
      venueId: virtualVenue,
      location: null,
      subcategoryId: 'VOD',
      free: false,
    });
  }
});
afterAll(async () => {
  await api?.close();
});

async function allPages(input: Record<string, unknown>, first: number): Promise<Edge[]> {
  const edges: Edge[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const res: { data?: SearchResult | null; errors?: unknown } = await api.gql<SearchResult>(
      SEARCH,
      { input: { ...input, first, after } },
    );
    expect(res.errors).toBeUndefined();
    const connection = res.data!.searchOffers;
    edges.push(...connection.edges);
    if (!connection.pageInfo.hasNextPage) return edges;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

function expectedAround(
  point: typeof RENNES,
  radiusKm: number,
  keep: (e: Expected) => boolean = () => true,
) {
  const near = visible
    .filter((e) => e.location && keep(e))
    .map((e) => ({ ...e, distance: haversine(point, e.location!) }))
    .filter((e) => e.distance <= radiusKm * 1000)
    .sort((a, b) => a.distance - b.distance || a.venueId - b.venueId || a.offerId - b.offerId);
  const digital = visible
    .filter((e) => !e.location && keep(e))
    .sort((a, b) => b.offerId - a.offerId);
  return { near, digital };
}

describe('searchOffers around a point', () => {
  it.each([1, 4, 7, 50])(
    'pages through every bookable offer nearest first, then digital (page size %i)',
    async (first) => {
      const edges = await allPages({ around: RENNES, radiusKm: 50 }, first);
      const { near, digital } = expectedAround(RENNES, 50);
      expect(edges.map((e) => Number(e.node.id))).toEqual([
        ...near.map((e) => e.offerId),
        ...digital.map((e) => e.offerId),
      ]);
      // Distances exact to the metre against a haversine check.
      for (const [index, expected] of near.entries()) {
        expect(Math.abs(edges[index]!.distanceMeters! - expected.distance)).toBeLessThan(1);
      }
      expect(
        edges.slice(near.length).every((e) => e.distanceMeters === null && e.node.isDigital),
      ).toBe(true);
    },
  );

  it('keeps to the radius and can leave digital offers out', async () => {
    const edges = await allPages({ around: RENNES, radiusKm: 5, includeDigital: false }, 10);
    const { near } = expectedAround(RENNES, 5);
    expect(edges.map((e) => Number(e.node.id))).toEqual(near.map((e) => e.offerId));
    expect(near.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.distanceMeters! <= 5_000)).toBe(true);
  });

  it('filters by category, subcategory, free, price, duo, dates and accessibility', async () => {
    const ids = async (input: Record<string, unknown>) =>
      (await allPages({ around: RENNES, radiusKm: 100, includeDigital: false, ...input }, 50)).map(
        (e) => Number(e.node.id),
      );
    const { near: cinema } = expectedAround(RENNES, 100, (e) => e.subcategoryId === 'SEANCE_CINE');
    expect(await ids({ categories: ['CINEMA'] })).toEqual(cinema.map((e) => e.offerId));
    const { near: books } = expectedAround(RENNES, 100, (e) => e.subcategoryId === 'LIVRE_PAPIER');
    expect(await ids({ subcategories: ['LIVRE_PAPIER'] })).toEqual(books.map((e) => e.offerId));

    const free = await allPages(
      { around: RENNES, radiusKm: 100, freeOnly: true, includeDigital: false },
      50,
    );
    const { near: freeNear } = expectedAround(RENNES, 100, (e) => e.free);
    expect(freeNear.length).toBe(6); // the seventh place, in Nantes, is just beyond 100 km
    expect(free.map((e) => Number(e.node.id))).toEqual(freeNear.map((e) => e.offerId));
    expect(free.every((e) => e.node.name === 'Les théâtres de la ville')).toBe(true);
    const cheap = await allPages(
      { around: RENNES, radiusKm: 100, maxPriceCents: 1_000, includeDigital: false },
      50,
    );
    expect(cheap.length).toBeGreaterThan(free.length);
    expect(
      cheap.every((e) => e.node.name.endsWith('-1') || e.node.name === 'Les théâtres de la ville'),
    ).toBe(true);

    const duo = await ids({ duoOnly: true });
    expect(duo.length).toBeGreaterThan(0);
    const [{ count }] = (await api.sql<{ count: string }>(
      `select count(*) from offer where id in (${duo.join(',')}) and not is_duo`,
    )) as [{ count: string }];
    expect(Number(count)).toBe(0);

    const window = await ids({
      beginsAfter: new Date(Date.now() + 5.5 * DAY),
      beginsBefore: new Date(Date.now() + 7.5 * DAY),
    });
    const [{ outside }] = (await api.sql<{ outside: string }>(
      `select count(*) as outside from offer o where o.id in (${window.join(',')}) and not exists (
         select 1 from stock s where s.offer_id = o.id and s.begins_at between now() + interval '5.5 days' and now() + interval '7.5 days')`,
    )) as [{ outside: string }];
    expect(window.length).toBeGreaterThan(0);
    expect(Number(outside)).toBe(0);

    const accessible = await ids({ accessibility: { motor: true } });
    const [{ inaccessible }] = (await api.sql<{ inaccessible: string }>(
      `select count(*) as inaccessible from offer o join venue v on v.id = o.venue_id where o.id in (${accessible.join(',')}) and not v.motor_accessible`,
    )) as [{ inaccessible: string }];
    expect(accessible.length).toBeGreaterThan(0);
    expect(Number(inaccessible)).toBe(0);
  });

  it('finds words whatever their accents and plurals', async () => {
    const { near } = expectedAround(RENNES, 100, (e) => e.free);
    for (const text of ['théâtre', 'THEATRE', 'theatres', 'Théâtres ville']) {
      const edges = await allPages({ around: RENNES, radiusKm: 100, text }, 50);
      expect(
        edges.map((e) => Number(e.node.id)),
        text,
      ).toEqual(near.map((e) => e.offerId));
    }
    expect(await allPages({ text: 'théâtre' }, 50)).toHaveLength(7);
    expect(await allPages({ around: RENNES, radiusKm: 100, text: 'opéra' }, 50)).toEqual([]);
  });
});

describe('searchOffers everywhere', () => {
  it('pages through every bookable offer, newest first', async () => {
    const edges = await allPages({}, 6);
    const expected = [...visible].sort((a, b) => b.offerId - a.offerId).map((e) => e.offerId);
    expect(edges.map((e) => Number(e.node.id))).toEqual(expected);
    expect(edges.every((e) => e.distanceMeters === null)).toBe(true);
  });
});

describe('searchOffers refuses bad input with BAD_USER_INPUT', () => {
  it.each([
    ['latitude above 90', { around: { latitude: 91, longitude: 0 } }],
    ['longitude below -180', { around: { latitude: 45, longitude: -181 } }],
    ['radius 0', { around: RENNES, radiusKm: 0 }],
    ['radius over 100', { around: RENNES, radiusKm: 100.5 }],
    ['first over 50', { first: 51 }],
    ['first 0', { first: 0 }],
    ['unknown category', { categories: ['OPERA'] }],
    ['unknown subcategory', { subcategories: ["'; drop table offer; --"] }],
    ['malformed cursor', { after: 'not-a-cursor' }],
    ['forged cursor', { after: Buffer.from('{"phase":"all","offerId":-1}').toString('base64url') }],
    [
      'cursor of another kind of search',
      { around: RENNES, after: Buffer.from('{"phase":"all","offerId":5}').toString('base64url') },
    ],
    ['negative price', { maxPriceCents: -1 }],
    [
      'dates upside down',
      { beginsAfter: '2027-01-02T00:00:00Z', beginsBefore: '2027-01-01T00:00:00Z' },
    ],
    ['text too long', { text: 'a'.repeat(201) }],
  ])('%s', async (_label, input) => {
    const res = await api.gql(SEARCH, { input });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/[a-zé]/);
  });

  it('refuses NaN and infinite coordinates before they reach the database', async () => {
    const res = await api.gql(SEARCH, { input: { around: { latitude: 'NaN', longitude: 0 } } });
    expect(res.status).toBe(400);
  });
});

describe('no N+1', () => {
  it('costs the same number of statements for 5 and 50 results with venue, stocks and favorites', async () => {
    await insertUser(api, { email: 'compte@exemple.fr' });
    const token = await logInAs(api, 'compte@exemple.fr');
    const counts: number[] = [];
    for (const first of [5, 50]) {
      const before = api.queryCount();
      const res = await api.gql<SearchResult>(SEARCH, { input: { first } }, { token });
      expect(res.data?.searchOffers.edges.length).toBe(Math.min(first, visible.length));
      counts.push(api.queryCount() - before);
    }
    expect(counts[0]).toBe(counts[1]);
    // session, search (with offers and venues), stocks, favorites
    expect(counts[0]).toBe(4);
  });
});

describe('favorites', () => {
  const ADD = 'mutation($id: ID!) { addFavorite(offerId: $id) { id isFavorite } }';
  const REMOVE = 'mutation($id: ID!) { removeFavorite(offerId: $id) { id isFavorite } }';
  const MINE = 'query { myFavorites { id name } }';

  it('adds, lists, shows and removes favorites, once each', async () => {
    await insertUser(api, { email: 'fan@exemple.fr' });
    const token = await logInAs(api, 'fan@exemple.fr');
    const [a, b] = [visible[0]!.offerId, visible[5]!.offerId];
    expect(
      (await api.gql<{ addFavorite: { isFavorite: boolean } }>(ADD, { id: String(a) }, { token }))
        .data?.addFavorite.isFavorite,
    ).toBe(true);
    await api.gql(ADD, { id: String(a) }, { token });
    await api.gql(ADD, { id: String(b) }, { token });
    const mine = await api.gql<{ myFavorites: { id: string }[] }>(MINE, {}, { token });
    expect(mine.data?.myFavorites.map((o) => Number(o.id))).toEqual([b, a]);
    const search = await api.gql<SearchResult>(SEARCH, { input: { first: 50 } }, { token });
    expect(
      search.data?.searchOffers.edges
        .filter((e) => e.node.isFavorite)
        .map((e) => Number(e.node.id))
        .sort(),
    ).toEqual([a, b].sort());
    expect(
      (
        await api.gql<{ removeFavorite: { isFavorite: boolean } }>(
          REMOVE,
          { id: String(a) },
          { token },
        )
      ).data?.removeFavorite.isFavorite,
    ).toBe(false);
    expect(
      (await api.gql<{ myFavorites: unknown[] }>(MINE, {}, { token })).data?.myFavorites,
    ).toHaveLength(1);
  });

  it('refuses unknown or hidden offers and anonymous callers', async () => {
    await insertUser(api, { email: 'fan2@exemple.fr' });
    const token = await logInAs(api, 'fan2@exemple.fr');
    expect(errorCode(await api.gql(ADD, { id: '99999999' }, { token }))).toBe('NOT_FOUND');
    const [hidden] = await api.sql<{ id: number }>(
      "select id from offer where validation = 'PENDING' limit 1",
    );
    expect(errorCode(await api.gql(ADD, { id: String(hidden!.id) }, { token }))).toBe('NOT_FOUND');
    expect(errorCode(await api.gql(ADD, { id: String(visible[0]!.offerId) }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await api.gql(MINE))).toBe('UNAUTHENTICATED');
  });

  it('never serves a hidden offer: favorites that became hidden are listed nowhere and can still be removed', async () => {
    const fan = await insertUser(api, { email: 'fan3@exemple.fr' });
    const token = await logInAs(api, 'fan3@exemple.fr');
    const pendingOfferer = await offerer('NEW');
    const pendingVenue = await venue(pendingOfferer, RENNES);
    const validatedVenue = visible[0]!.venueId;
    const hidden: Record<string, number> = {};
    for (const validation of ['DRAFT', 'PENDING', 'REJECTED'] as const) {
      hidden[validation] = (
        await insertOfferWithStock(api, validatedVenue, {
          subcategoryId: 'LIVRE_PAPIER',
          priceCents: 500,
          validation,
          name: `Cachée ${validation}`,
        })
      ).offerId;
    }
    hidden.INACTIVE = (
      await insertOfferWithStock(api, validatedVenue, {
        subcategoryId: 'LIVRE_PAPIER',
        priceCents: 500,
        isActive: false,
      })
    ).offerId;
    hidden.OFFERER_NOT_VALIDATED = (
      await insertOfferWithStock(api, pendingVenue, {
        subcategoryId: 'LIVRE_PAPIER',
        priceCents: 500,
      })
    ).offerId;
    const shown = visible[1]!.offerId;
    // Favorites made while the offers were visible.
    for (const offerId of [...Object.values(hidden), shown]) {
      await api.sql('insert into favorite (user_id, offer_id) values ($1, $2)', [fan, offerId]);
    }

    const mine = await api.gql<{ myFavorites: { id: string }[] }>(MINE, {}, { token });
    expect(mine.data?.myFavorites.map((o) => Number(o.id))).toEqual([shown]);

    const DETAILED = `mutation($id: ID!) {
      removeFavorite(offerId: $id) { id name description stocks { id priceCents } venue { id } }
    }`;
    for (const [reason, offerId] of Object.entries(hidden)) {
      const added = await api.gql(ADD, { id: String(offerId) }, { token });
      expect(errorCode(added), reason).toBe('NOT_FOUND');
      expect(added.data, reason).toBeNull();
      const removed = await api.gql(DETAILED, { id: String(offerId) }, { token });
      expect(errorCode(removed), reason).toBe('NOT_FOUND');
      expect(removed.errors?.[0]?.message, reason).toBe('Cette offre est introuvable.');
      expect(removed.data, reason).toBeNull();
      expect(JSON.stringify(removed), reason).not.toContain('Cachée');
    }
    const left = await api.sql<{ offer_id: number }>(
      'select offer_id from favorite where user_id = $1',
      [fan],
    );
    expect(left.map((r) => r.offer_id)).toEqual([shown]);
  });
});

describe('venuesAround', () => {
  const AROUND = /* GraphQL */ `
    query ($input: VenuesAroundInput!) {
      venuesAround(input: $input) {
        distanceMeters
        offerCount
        venue {
          id
          location {
            latitude
            longitude
          }
        }
      }
    }
  `;
  type Markers = {
    venuesAround: { distanceMeters: number | null; offerCount: number; venue: { id: string } }[];
  };

  it('gives venues with bookable offers nearest first with their counts, within the radius', async () => {
    const res = await api.gql<Markers>(AROUND, { input: { around: RENNES, radiusKm: 50 } });
    const { near } = expectedAround(RENNES, 50);
    const expectedVenues = [...new Set(near.map((e) => e.venueId))];
    expect(res.data?.venuesAround.map((m) => Number(m.venue.id)).sort()).toEqual(
      expectedVenues.sort(),
    );
    const distances = res.data!.venuesAround.map((m) => m.distanceMeters!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const many = res.data!.venuesAround.find((m) => m.offerCount === 12);
    expect(many).toBeDefined();
  });

  it('works with a map bounding box, filtered by category, and caps the markers', async () => {
    const res = await api.gql<Markers>(AROUND, {
      input: {
        boundingBox: { south: 48.0, west: -1.8, north: 48.3, east: -1.4 },
        categories: ['LIVRE'],
        first: 2,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.venuesAround.length).toBeLessThanOrEqual(2);
    expect(res.data!.venuesAround.every((m) => m.distanceMeters === null && m.offerCount > 0)).toBe(
      true,
    );
    expect(errorCode(await api.gql(AROUND, { input: { around: RENNES, first: 301 } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await api.gql(AROUND, { input: {} }))).toBe('BAD_USER_INPUT');
  });
});

describe('places', () => {
  const PLACES =
    'query($t: String!) { places(text: $t) { city postalCode departmentCode latitude longitude } }';
  it('finds towns with venues by name, whatever the case and accents, or by postal code', async () => {
    await api.sql(
      "update venue set city = 'Saint-Grégoire', postal_code = '35760' where id = (select min(id) from venue where city = 'Rennes')",
    );
    for (const text of ['saint-gre', 'SAINT-GRÉGOIRE', '3576']) {
      const res = await api.gql<{
        places: { city: string; postalCode: string; latitude: number }[];
      }>(PLACES, { t: text });
      expect(res.data?.places[0], text).toMatchObject({
        city: 'Saint-Grégoire',
        postalCode: '35760',
      });
    }
    const rennes = await api.gql<{ places: { city: string; latitude: number }[] }>(PLACES, {
      t: 'ren',
    });
    expect(rennes.data?.places[0]?.city).toBe('Rennes');
    expect(rennes.data?.places[0]?.latitude).toBeGreaterThan(47);
    expect((await api.gql<{ places: unknown[] }>(PLACES, { t: '%' })).data?.places).toEqual([]);
    expect(errorCode(await api.gql(PLACES, { t: 'x'.repeat(101) }))).toBe('BAD_USER_INPUT');
  });
});

describe('venue', () => {
  const VENUE = /* GraphQL */ `
    query ($id: ID!, $after: String) {
      venue(id: $id) {
        id
        name
        city
        accessibility {
          motor
        }
        offers(first: 5, after: $after) {
          edges {
            cursor
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  `;
  type VenueResult = {
    venue: {
      offers: {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
  };

  it('pages through the bookable offers of a venue, newest first, with or without a cursor', async () => {
    const busy = visible.filter((e) => e.venueId === visible.find((v) => v.location)!.venueId + 1);
    const venueId = busy[0]!.venueId;
    const first = await api.gql<VenueResult>(VENUE, { id: String(venueId) });
    expect(first.errors).toBeUndefined();
    const second = await api.gql<VenueResult>(VENUE, {
      id: String(venueId),
      after: first.data!.venue.offers.pageInfo.endCursor,
    });
    const third = await api.gql<VenueResult>(VENUE, {
      id: String(venueId),
      after: second.data!.venue.offers.pageInfo.endCursor,
    });
    const ids = [first, second, third].flatMap((r) =>
      r.data!.venue.offers.edges.map((e) => Number(e.node.id)),
    );
    expect(ids).toEqual(busy.map((e) => e.offerId).sort((a, b) => b - a));
    expect(third.data!.venue.offers.pageInfo.hasNextPage).toBe(false);
    expect((await api.gql<{ venue: null }>(VENUE, { id: '99999999' })).data?.venue).toBeNull();
  });
});
