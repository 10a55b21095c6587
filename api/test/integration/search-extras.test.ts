import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import { insertOfferWithStock, insertStock } from '../support/fixtures.js';

/** Suggestions, facets, forgiving text and odd input: the search field's other queries. */

const RENNES = { latitude: 48.1113, longitude: -1.68 };
const NANTES = { latitude: 47.2184, longitude: -1.5536 };
const DAY = 86_400_000;

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
    }
  }
`;
const SUGGEST = /* GraphQL */ `
  query Suggest($text: String!, $around: GeoPointInput) {
    searchSuggestions(text: $text, around: $around) {
      kind
      label
      detail
      offerId
      venueId
      categoryId
      place {
        city
        postalCode
      }
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query Search($input: SearchOffersInput!) {
    searchOffers(input: $input) {
      edges {
        distanceMeters
        node {
          id
          name
          minPriceCents
        }
      }
    }
  }
`;

interface Facets {
  total: number;
  categories: { categoryId: string; count: number }[];
  digitalCount: number;
  widerRadiusKm: number | null;
  widerRadiusCount: number | null;
  withoutFiltersCount: number | null;
}
interface Suggestion {
  kind: string;
  label: string;
  detail: string | null;
  offerId: string | null;
  venueId: string | null;
  categoryId: string | null;
  place: { city: string; postalCode: string } | null;
}

let api: TestServer;
let sirens = 410_000_000;
const ids: Record<string, number> = {};

async function offerer(status = 'VALIDATED'): Promise<number> {
  const [row] = await api.sql<{ id: number }>(
    `insert into offerer (siren, name, status) values ($1, 'O', $2) returning id`,
    [String(sirens++), status],
  );
  return row!.id;
}

async function venue(
  offererId: number,
  name: string,
  city: string,
  location: { latitude: number; longitude: number } | null,
): Promise<number> {
  const [row] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type, is_virtual)
     values ($1, $2, $3, $4, $5, $6, $7, 'OTHER', $8) returning id`,
    [
      offererId,
      location ? String(sirens++) + '00011' : null,
      name,
      location ? (city === 'Nantes' ? '44000' : '35000') : null,
      location ? city : null,
      location ? (city === 'Nantes' ? '44' : '35') : null,
      location ? `SRID=4326;POINT(${location.longitude} ${location.latitude})` : null,
      location === null,
    ],
  );
  return row!.id;
}

async function offer(
  venueId: number,
  name: string,
  subcategoryId: string,
  extra: { author?: string; performer?: string; priceCents?: number; description?: string } = {},
): Promise<number> {
  const isEvent = !['LIVRE_PAPIER', 'VOD'].includes(subcategoryId);
  const { offerId } = await insertOfferWithStock(api, venueId, {
    subcategoryId,
    name,
    priceCents: extra.priceCents ?? 1000,
    beginsAt: isEvent ? new Date(Date.now() + 10 * DAY) : null,
  });
  if (extra.author || extra.performer || extra.description) {
    await api.sql(`update offer set author = $2, performer = $3, description = $4 where id = $1`, [
      offerId,
      extra.author ?? null,
      extra.performer ?? null,
      extra.description ?? null,
    ]);
  }
  return offerId;
}

beforeAll(async () => {
  api = await startTestServer();
  const o = await offerer();
  const theatre = await venue(o, 'Théâtre National de Bretagne', 'Rennes', RENNES);
  const cinema = await venue(o, 'Cinéma Arvor', 'Rennes', { latitude: 48.108, longitude: -1.675 });
  const bookshop = await venue(o, 'Librairie Le Failler', 'Rennes', {
    latitude: 48.112,
    longitude: -1.679,
  });
  const museum = await venue(o, 'Musée des Beaux-Arts', 'Rennes', {
    latitude: 48.109,
    longitude: -1.674,
  });
  const nantes = await venue(o, 'Le Lieu Unique', 'Nantes', NANTES);
  const online = await venue(o, 'Plateforme en ligne', '', null);
  ids.play = await offer(theatre, 'Le Misanthrope', 'SPECTACLE_REPRESENTATION', {
    description: 'Une pièce de théâtre de Molière',
  });
  ids.cine = await offer(cinema, 'Séance de cinéma : Le Grand Bleu', 'SEANCE_CINE');
  ids.potter = await offer(bookshop, "Harry Potter à l'école des sorciers", 'LIVRE_PAPIER', {
    author: 'J. K. Rowling',
  });
  ids.photo = await offer(museum, 'Exposition photographique : Vivian Maier', 'VISITE');
  ids.concert = await offer(nantes, 'Concert de jazz', 'CONCERT', { performer: 'Orelsan' });
  ids.vod = await offer(online, 'Film à la demande', 'VOD', { priceCents: 0 });
  // Hidden: an offerer not validated, with a name that would match.
  const hidden = await venue(await offerer('NEW'), 'Théâtre caché', 'Rennes', RENNES);
  await offer(hidden, 'Théâtre caché', 'SPECTACLE_REPRESENTATION');
  // A sold-out offer: never found.
  const soldOut = await insertOfferWithStock(api, theatre, {
    subcategoryId: 'LIVRE_PAPIER',
    name: 'Livre épuisé',
    priceCents: 100,
    quantity: 0,
  });
  ids.soldOut = soldOut.offerId;
  await insertStock(api, soldOut.offerId, { priceCents: 100, isSoftDeleted: true });
});
afterAll(async () => {
  await api?.close();
});

async function facets(input: Record<string, unknown>): Promise<Facets> {
  const res = await api.gql<{ searchFacets: Facets }>(FACETS, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.searchFacets;
}

async function suggest(text: string, around?: object): Promise<Suggestion[]> {
  const res = await api.gql<{ searchSuggestions: Suggestion[] }>(SUGGEST, { text, around });
  expect(res.errors).toBeUndefined();
  return res.data!.searchSuggestions;
}

describe('searchFacets', () => {
  it('counts matches per category without the category filter, and digital offers apart', async () => {
    const f = await facets({ around: RENNES, radiusKm: 10, categories: ['LIVRE'] });
    expect(f.total).toBe(1 + 0); // the Potter book; the VOD is not a book
    const counts = Object.fromEntries(f.categories.map((c) => [c.categoryId, c.count]));
    expect(counts).toMatchObject({ SPECTACLE: 1, CINEMA: 1, LIVRE: 1, MUSEE: 1, FILM: 1 });
    expect(counts.MUSIQUE_LIVE).toBeUndefined(); // Nantes is 100 km away
    expect(f.digitalCount).toBe(0);
    expect(f.withoutFiltersCount).toBe(5); // 4 places in Rennes + the digital film
  });

  it('proposes a wider radius with its count, and nothing wider than the widest', async () => {
    const f = await facets({ around: RENNES, radiusKm: 50, categories: ['MUSIQUE_LIVE'] });
    expect(f.total).toBe(0);
    expect(f.widerRadiusKm).toBe(100);
    expect(f.widerRadiusCount).toBe(1);
    const widest = await facets({ around: RENNES, radiusKm: 100 });
    expect(widest.widerRadiusKm).toBeNull();
    expect(widest.widerRadiusCount).toBeNull();
    expect(widest.withoutFiltersCount).toBeNull();
  });

  it('counts digital offers whatever the point, and lists them only when asked', async () => {
    const f = await facets({ around: RENNES, radiusKm: 10, includeDigital: false, freeOnly: true });
    expect(f.total).toBe(0);
    expect(f.digitalCount).toBe(1);
    const withDigital = await facets({ around: RENNES, radiusKm: 10, freeOnly: true });
    expect(withDigital.total).toBe(1);
  });
});

describe('searchSuggestions', () => {
  it('suggests categories, towns, venues and offers, at most eight', async () => {
    const s = await suggest('cin', RENNES);
    expect(s.length).toBeLessThanOrEqual(8);
    expect(s.find((x) => x.kind === 'CATEGORY')?.categoryId).toBe('CINEMA');
    expect(s.find((x) => x.kind === 'VENUE')?.label).toBe('Cinéma Arvor');
    const towns = await suggest('renn');
    const town = towns.find((x) => x.kind === 'PLACE');
    expect(town?.place).toMatchObject({ city: 'Rennes', postalCode: '35000' });
  });

  it('finds offers and venues by a misspelt name, never hidden ones', async () => {
    const potter = await suggest('harry poter', RENNES);
    expect(potter.find((x) => x.kind === 'OFFER')?.offerId).toBe(String(ids.potter));
    const theatre = await suggest('teatre', RENNES);
    expect(theatre.some((x) => x.kind === 'VENUE' && x.label.startsWith('Théâtre National'))).toBe(
      true,
    );
    expect(theatre.some((x) => x.label === 'Théâtre caché')).toBe(false);
  });

  it('answers nothing to one letter, and refuses too long a text in French', async () => {
    expect(await suggest('a')).toEqual([]);
    const res = await api.gql(SUGGEST, { text: 'x'.repeat(101) });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const far = await api.gql(SUGGEST, { text: 'cin', around: { latitude: 91, longitude: 0 } });
    expect(errorCode(far)).toBe('BAD_USER_INPUT');
  });
});

describe('forgiving text search', () => {
  async function names(text: string, around: object | null = RENNES): Promise<string[]> {
    const res = await api.gql<{
      searchOffers: { edges: { node: { id: string; name: string } }[] };
    }>(SEARCH, { input: { text, ...(around ? { around, radiusKm: 50 } : {}), first: 5 } });
    expect(res.errors).toBeUndefined();
    return res.data!.searchOffers.edges.map((e) => e.node.name);
  }

  it('finds what misspelt, unaccented or shortened words mean', async () => {
    expect((await names('teatre'))[0]).toBe('Le Misanthrope');
    expect(await names('cinema')).toContain('Séance de cinéma : Le Grand Bleu');
    expect((await names('expo photo'))[0]).toBe('Exposition photographique : Vivian Maier');
    expect((await names('harry poter', null))[0]).toBe("Harry Potter à l'école des sorciers");
    expect(await names('orelsan', null)).toEqual(['Concert de jazz']);
    expect(await names('rowling', null)).toEqual(["Harry Potter à l'école des sorciers"]);
  });
});

describe('odd text', () => {
  const odd = [
    '🎭🎬🎵',
    'مسرح عربي',
    "'; drop table offer; --",
    '%_\\',
    'a'.repeat(200),
    '\u0000',
    '   ',
    '((( ))) & | ! :*',
  ];

  it('is harmless in searches, suggestions and facets', async () => {
    for (const text of odd) {
      const t0 = Date.now();
      const search = await api.gql(SEARCH, { input: { text, around: RENNES, radiusKm: 10 } });
      const s = await api.gql(SUGGEST, { text: text.slice(0, 100) });
      const f = await api.gql(FACETS, { input: { text, around: RENNES } });
      for (const res of [search, s, f]) {
        const code = errorCode(res);
        if (code) expect(code).toBe('BAD_USER_INPUT');
      }
      expect(Date.now() - t0).toBeLessThan(5_000);
    }
    const [row] = await api.sql<{ n: number }>('select count(*)::int as n from offer');
    expect(row!.n).toBeGreaterThan(5);
  });

  it('refuses a text of 10,000 characters in French, fast', async () => {
    const text = 'é🎭'.repeat(5_000);
    for (const res of [
      await api.gql(SEARCH, { input: { text } }),
      await api.gql(SUGGEST, { text }),
      await api.gql(FACETS, { input: { text } }),
    ]) {
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect((res.errors as { message: string }[])[0]!.message).toMatch(/caractères/);
    }
  });
});
