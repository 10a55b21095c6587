import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { SUBCATEGORY_SEARCH_LABELS } from '../../src/modules/search/search.text.js';
import { insertOfferWithStock } from '../support/fixtures.js';
import { offersWithin, searchFacets } from '../../src/modules/search/facets.service.js';
import {
  circleComplete,
  circleFor,
  nextStrategy,
  PROBE_ROWS,
  walkComplete,
} from '../../src/modules/search/ranked-walk.js';
import { searchCriteria } from '../../src/modules/search/search.criteria.js';
import {
  rankedOffers,
  RANKED_CANDIDATES,
  textMatch,
  type PlacesStrategy,
} from '../../src/modules/search/search.queries.js';
import { SearchService } from '../../src/modules/search/search.service.js';
import { textQuery } from '../../src/modules/search/search.text.js';

/**
 * Typos forgiven through the catalogue's words (offer_search_word), and the two ways a text
 * search around a point finds its candidates (ranked-walk.ts) giving the same pages.
 */

let api: TestServer;
let sirens = 630_000_000;
const DAY = 86_400_000;
/** In Lozère, away from every other test's places. */
const MENDE = { latitude: 44.518, longitude: 3.5 };

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

const SEARCH = /* GraphQL */ `
  query Search($input: SearchOffersInput!) {
    searchOffers(input: $input) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

async function venueAt(name: string, latitude: number, longitude: number): Promise<number> {
  const [offerer] = await api.sql<{ id: number }>(
    `insert into offerer (siren, name, status) values ($1, 'O', 'VALIDATED') returning id`,
    [String(sirens++)],
  );
  const [venue] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type)
     values ($1, $2, $3, '48000', 'Mende', '48', $4, 'OTHER') returning id`,
    [offerer!.id, `${sirens++}00011`, name, `SRID=4326;POINT(${longitude} ${latitude})`],
  );
  return venue!.id;
}

/**
 * `count` venues on a spiral around a point, 50 m further out each, with `perVenue` workshops
 * each (a venue's offers share its place: distances tie), named by `name`, SQL over n (1…).
 */
async function workshopsAround(
  centre: { latitude: number; longitude: number },
  count: number,
  perVenue: number,
  name: string,
): Promise<void> {
  const venues: number[] = [];
  for (let i = 0; i < count; i++) {
    const km = 0.05 * i;
    venues.push(
      await venueAt(
        `Lieu ${i}`,
        centre.latitude + (km / 111) * Math.sin(i * 2.4),
        centre.longitude + (km / 80) * Math.cos(i * 2.4),
      ),
    );
  }
  await api.sql(
    `with offers as (
       insert into offer (venue_id, subcategory_id, name, validation, is_active)
       select v, 'ATELIER_PRATIQUE_ART', ${name}, 'APPROVED', true
         from unnest($1::int[]) v cross join generate_series(1, $2::int) n
       returning id)
     insert into stock (offer_id, price_cents, quantity, begins_at)
     select id, 500 + id % 700, 10, now() + interval '12 days' from offers`,
    [venues, perVenue],
  );
}

async function names(text: string, around = MENDE): Promise<string[]> {
  const res = await api.gql<{ searchOffers: { edges: { node: { name: string } }[] } }>(SEARCH, {
    input: { text, around, radiusKm: 20, first: 50 },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.searchOffers.edges.map((e) => e.node.name);
}

describe('typos', () => {
  it('are forgiven in words the catalogue holds, also in words written later', async () => {
    const venue = await venueAt('Salle des fêtes', MENDE.latitude, MENDE.longitude);
    const beginsAt = new Date(Date.now() + 10 * DAY);
    const { offerId } = await insertOfferWithStock(api, venue, {
      subcategoryId: 'CONCERT',
      name: 'Concert des Zanzibarites',
      priceCents: 1200,
      beginsAt,
    });
    await insertOfferWithStock(api, venue, {
      subcategoryId: 'CONCERT',
      name: 'Musique de chambre',
      priceCents: 1500,
      beginsAt,
    });
    const [row] = await api.sql<{ n: number }>(
      `select count(*)::int as n from offer_search_word where word = 'zanzibarites'`,
    );
    expect(row!.n).toBe(1);

    expect(await names('zanzibarrites')).toEqual(['Concert des Zanzibarites']);
    expect(await names('Zanzibar')).toEqual(['Concert des Zanzibarites']);
    // Three letters away is another word, not a typo: « musee » does not find « musique ».
    expect(await names('musee')).toEqual([]);
    expect(await names('musiqe')).toEqual(['Musique de chambre']);

    // A new name: its words join the catalogue's in the same transaction.
    await api.sql(`update offer set name = 'Soirée des Mirabellines' where id = $1`, [offerId]);
    expect(await names('mirabelines')).toEqual(['Soirée des Mirabellines']);
    expect(await names('zanzibarrites')).toEqual([]);

    // Every word of every searchable offer is in the catalogue's words.
    const missing = await api.sql(
      `select w from offer_search os cross join lateral search_words(os.search_text) w
       except select word from offer_search_word`,
    );
    expect(missing).toEqual([]);
  });
});

describe("the issue's own examples", () => {
  it('« harry poter » finds Harry Potter, « teatre » a theatre, « expo photo » a photography show', async () => {
    const bookshop = await venueAt('Librairie du Gévaudan', MENDE.latitude, MENDE.longitude + 0.01);
    const stage = await venueAt('Théâtre municipal', MENDE.latitude + 0.01, MENDE.longitude);
    const beginsAt = new Date(Date.now() + 10 * DAY);
    await insertOfferWithStock(api, bookshop, {
      subcategoryId: 'LIVRE_PAPIER',
      name: "Harry Potter à l'école des sorciers",
      priceCents: 890,
      beginsAt: null,
    });
    await insertOfferWithStock(api, stage, {
      subcategoryId: 'SPECTACLE_REPRESENTATION',
      name: 'Le Misanthrope',
      priceCents: 1000,
      beginsAt,
    });
    await insertOfferWithStock(api, stage, {
      subcategoryId: 'VISITE',
      name: 'Exposition photographique : les Causses',
      priceCents: 0,
      beginsAt,
    });
    expect(await names('harry poter')).toEqual(["Harry Potter à l'école des sorciers"]);
    // The venue's name counts: a play at the theatre.
    expect(await names('teatre')).toContain('Le Misanthrope');
    expect(await names('expo photo')).toContain('Exposition photographique : les Causses');
  });
});

describe('a text naming a category', () => {
  it('ranks the offers of that category first: « cinema », the screenings before the DVDs of a cinema', async () => {
    const cinema = await venueAt('Cinéma Le Méliès', MENDE.latitude - 0.01, MENDE.longitude);
    // The DVD first: at the same place and as like the text, it would come first by id.
    await insertOfferWithStock(api, cinema, {
      subcategoryId: 'SUPPORT_PHYSIQUE_FILM',
      name: 'Les Nuits du Causse en DVD',
      priceCents: 1500,
      beginsAt: null,
    });
    await insertOfferWithStock(api, cinema, {
      subcategoryId: 'SEANCE_CINE',
      name: 'Les Nuits du Causse',
      priceCents: 600,
      beginsAt: new Date(Date.now() + 10 * DAY),
    });
    expect(await names('cinema')).toEqual(['Les Nuits du Causse', 'Les Nuits du Causse en DVD']);
    expect(await names('cinéma méliès')).toEqual([
      'Les Nuits du Causse',
      'Les Nuits du Causse en DVD',
    ]);
    // A text naming no category: as like the text, the first offer first.
    expect(await names('nuits causse')).toEqual([
      'Les Nuits du Causse en DVD',
      'Les Nuits du Causse',
    ]);
  });
});

describe('a text naming a category its offers do not say', () => {
  const RODEZ = { latitude: 44.35, longitude: 2.575 };

  it('finds them: « concert », a concert named after its artist at the Zénith', async () => {
    const beginsAt = new Date(Date.now() + 10 * DAY);
    const zenith = await venueAt('Zénith Sud', RODEZ.latitude, RODEZ.longitude);
    await insertOfferWithStock(api, zenith, {
      subcategoryId: 'CONCERT',
      name: 'Angèle — Nonante-Cinq Tour',
      priceCents: 3500,
      beginsAt,
    });
    await insertOfferWithStock(api, zenith, {
      subcategoryId: 'LIVRE_PAPIER',
      name: 'Angèle, la biographie',
      priceCents: 1800,
      beginsAt: null,
    });
    const hall = await venueAt('Salle Paul Lignon', RODEZ.latitude + 0.05, RODEZ.longitude);
    await insertOfferWithStock(api, hall, {
      subcategoryId: 'CONCERT',
      name: 'Concert du nouvel an',
      priceCents: 1200,
      beginsAt,
    });
    // The one that says it first, though farther away.
    const concerts = ['Concert du nouvel an', 'Angèle — Nonante-Cinq Tour'];
    expect(await names('concert', RODEZ)).toEqual(concerts);
    expect(await names('Concerts', RODEZ)).toEqual(concerts);
    expect(await names('angele concert', RODEZ)).toEqual(['Angèle — Nonante-Cinq Tour']);
    expect(await names('livre', RODEZ)).toEqual(['Angèle, la biographie']);
  });

  it('uses the labels of the code: changing one needs a migration', async () => {
    for (const [id, words] of SUBCATEGORY_SEARCH_LABELS) {
      const [row] = await api.sql<{ words: string }>(
        'select subcategory_search_labels($1) as words',
        [id],
      );
      expect(row!.words).toBe(words);
    }
  });
});

describe('a text search around a point with digital offers', () => {
  it('finds the digital ones, newest first, with and without filters', async () => {
    const [offerer] = await api.sql<{ id: number }>(
      `insert into offerer (siren, name, status) values ($1, 'O', 'VALIDATED') returning id`,
      [String(sirens++)],
    );
    const [online] = await api.sql<{ id: number }>(
      `insert into venue (offerer_id, name, venue_type, is_virtual) values ($1, 'En ligne', 'DIGITAL', true) returning id`,
      [offerer!.id],
    );
    const place = await venueAt('Cinéma du Lot', MENDE.latitude, MENDE.longitude + 0.02);
    const film = (venueId: number, name: string, subcategoryId: string) =>
      insertOfferWithStock(api, venueId, {
        subcategoryId,
        name,
        priceCents: 500,
        beginsAt: subcategoryId === 'VOD' ? null : new Date(Date.now() + 5 * DAY),
      }).then((o) => o.offerId);
    const digital = [
      await film(online!.id, 'Les Zébrolithes, le film', 'VOD'),
      await film(online!.id, 'Zébrolithes : la suite', 'VOD'),
      await film(online!.id, 'Retour chez les Zébrolithes', 'VOD'),
    ];
    const screening = await film(place, 'Les Zébrolithes en salle', 'SEANCE_CINE');
    await film(online!.id, 'Autre film', 'VOD');

    const found = async (input: object) => {
      const c = searchCriteria({ text: 'zebrolites', around: MENDE, radiusKm: 20, ...input });
      return (await new SearchService(api.server.db).search(c)).hits.map((h) => h.offerId);
    };
    // Digital offers rank as if at the radius: after the screening.
    const all = await found({ includeDigital: true });
    expect(all[0]).toBe(screening);
    expect(new Set(all.slice(1))).toEqual(new Set(digital));
    expect(await found({ includeDigital: false })).toEqual([screening]);
    // With a filter every digital match is read, then filtered.
    expect(new Set(await found({ includeDigital: true, categories: ['FILM'] }))).toEqual(
      new Set(digital),
    );
    expect(await found({ includeDigital: true, maxPriceCents: 100 })).toEqual([]);

    // The chips count the same offers.
    const counted = async (input: object) => {
      const c = searchCriteria({ text: 'zebrolites', around: MENDE, radiusKm: 20, ...input });
      return searchFacets(api.server.db, c);
    };
    expect(await counted({ includeDigital: true })).toMatchObject({ total: 4, digitalCount: 3 });
    expect(await counted({ includeDigital: false })).toMatchObject({ total: 1, digitalCount: 3 });
    expect(await counted({ includeDigital: true, maxPriceCents: 100 })).toMatchObject({
      total: 0,
      digitalCount: 0,
    });
  });
});

describe('a text search around a point', () => {
  it('finds the same pages walking nearest first as through the text index', async () => {
    // 60 venues within about 3 km, 30 offers each (a venue's offers share its place, so
    // distances tie), 23 of them named with the searched word: 1,380 matches, more than the
    // RANKED_CANDIDATES ranked, cut in the middle of a venue's.
    const around = { latitude: MENDE.latitude + 0.3, longitude: MENDE.longitude };
    await workshopsAround(
      around,
      60,
      30,
      `case when n % 4 = 0 then 'Atelier de dessin ' || n else 'Atelier Kaolinite ' || n end`,
    );
    const db = api.server.db;
    const now = new Date();
    const keys = (rows: { offerId: number; score: number | null }[]) =>
      rows.map((r) => `${r.offerId}:${r.score}`);

    // Without filters (the location index) and with the category (its own location index).
    for (const categories of [null, ['PRATIQUE_ART']]) {
      const c = searchCriteria({ text: 'kaolinites', around, radiusKm: 10, first: 20, categories });
      const text = await textMatch(db, textQuery(c.text!)!);
      const page = async (
        strategy: PlacesStrategy,
        cursor: { score: number; offerId: number } | null,
        limit = c.first + 1,
      ) => rankedOffers(db, c, text, c.around, strategy, cursor, limit, now);

      // Every candidate in one page (the farthest ones, cut at a tie, rank last), then two pages.
      const all = await page('index', null, RANKED_CANDIDATES + 1);
      expect(all.rows).toHaveLength(RANKED_CANDIDATES);
      const first = await page('index', null);
      expect(first.rows).toHaveLength(21);
      const last = first.rows[19]!;
      const second = await page('index', { score: last.score!, offerId: last.offerId });
      expect(second.rows.length).toBeGreaterThan(0);

      let completeWithAllCandidates = 0;
      for (const rows of [10, PROBE_ROWS, 1_300, 1_400, 1_500, 1_600, 1_800, 100_000]) {
        const walked = await page({ walk: rows }, null, RANKED_CANDIDATES + 1);
        expect(walked.extent!.found).toBeLessThanOrEqual(RANKED_CANDIDATES);
        if (!walkComplete(walked.extent!, rows, c.around!.radiusMeters, RANKED_CANDIDATES)) {
          continue;
        }
        if (walked.extent!.walked === rows && walked.extent!.found === RANKED_CANDIDATES) {
          completeWithAllCandidates++;
        }
        expect(keys(walked.rows)).toEqual(keys(all.rows));
        const next = await page({ walk: rows }, { score: last.score!, offerId: last.offerId });
        expect(keys(next.rows)).toEqual(keys(second.rows));
      }
      // A walk stopped as soon as it held every candidate, ties at its end included, was seen.
      expect(completeWithAllCandidates).toBeGreaterThan(0);

      // A smaller circle, through the words index or the location index alone: the same when
      // it held every candidate, and too small was seen.
      const circles = { complete: 0, short: 0 };
      for (const within of [300, 1_500, 2_200, 2_600, 3_500, 10_000]) {
        for (const locationOnly of [false, true]) {
          const circle = { within, locationOnly };
          const read = await page(circle, null, RANKED_CANDIDATES + 1);
          if (!circleComplete(read.extent!, RANKED_CANDIDATES)) {
            circles.short++;
            expect(read.extent!.found).toBeLessThan(RANKED_CANDIDATES);
            continue;
          }
          circles.complete++;
          expect(keys(read.rows)).toEqual(keys(all.rows));
          const next = await page(circle, { score: last.score!, offerId: last.offerId });
          expect(keys(next.rows)).toEqual(keys(second.rows));
        }
      }
      expect(circles.complete).toBeGreaterThan(0);
      expect(circles.short).toBeGreaterThan(0);

      // What the service chooses (a probe, then a longer walk or the index) gives the same.
      const probe = await page({ walk: PROBE_ROWS }, null);
      expect(
        walkComplete(probe.extent!, PROBE_ROWS, c.around!.radiusMeters, RANKED_CANDIDATES),
      ).toBe(false);
      expect(nextStrategy(probe.extent!, PROBE_ROWS, RANKED_CANDIDATES)).not.toBe('index');
      const served = await new SearchService(db).search(c, now);
      expect(served.hits.map((h) => h.offerId)).toEqual(
        first.rows.slice(0, 20).map((r) => r.offerId),
      );
      expect(served.hasNextPage).toBe(true);
    }
  });

  it('reads the text index within the radius when a smaller circle came up short, or would', async () => {
    // 40 venues within about 2 km, 40 offers each, one in twelve with the searched word: too
    // rare near the point for a walk, too few for the circle the walk's share draws.
    const centre = { latitude: MENDE.latitude - 0.4, longitude: MENDE.longitude };
    await workshopsAround(
      centre,
      40,
      40,
      `case when n % 12 = 0 then 'Atelier Zirconite ' || n else 'Atelier de poterie ' || n end`,
    );
    const db = api.server.db;
    const now = new Date();
    const c = searchCriteria({ text: 'zirconites', around: centre, radiusKm: 20, first: 20 });
    const text = await textMatch(db, textQuery(c.text!)!);
    const read = (strategy: PlacesStrategy) =>
      rankedOffers(db, c, text, c.around, strategy, null, c.first + 1, now);
    const probe = await read({ walk: PROBE_ROWS });
    expect(nextStrategy(probe.extent!, PROBE_ROWS, RANKED_CANDIDATES)).toBe('index');
    // Told the offers are a hundred times as many as they are, the walk's share promises a circle.
    const next = await circleFor(
      probe.extent!,
      RANKED_CANDIDATES,
      c.around!.radiusMeters,
      async (meters) =>
        100 * (await offersWithin(db, null, { ...centre, radiusMeters: meters }, c.subcategoryIds)),
    );
    expect(next).toMatchObject({ within: expect.any(Number) });
    const circle = await read(next);
    expect(circleComplete(circle.extent!, RANKED_CANDIDATES)).toBe(false);
    const served = await new SearchService(db).search(c, now);
    const index = await read('index');
    expect(served.hits.map((h) => h.offerId)).toEqual(
      index.rows.slice(0, 20).map((r) => r.offerId),
    );
    expect(served.hits).toHaveLength(20);
    // The offers as they are: the service never tries that circle.
    expect(
      await circleFor(probe.extent!, RANKED_CANDIDATES, c.around!.radiusMeters, (meters) =>
        offersWithin(db, null, { ...centre, radiusMeters: meters }, c.subcategoryIds),
      ),
    ).toBe('index');
  });
});
