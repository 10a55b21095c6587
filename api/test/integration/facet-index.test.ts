import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/db/sql.js';
import { SUBCATEGORIES } from '../../src/modules/catalog/categories.js';
import { FacetIndex, RELOAD_AFTER_MS } from '../../src/modules/search/facet-index.js';
import { pruneVenueChanges } from '../../src/modules/search/facet-index.queries.js';
import { countInGrid } from '../../src/modules/search/facets.queries.js';
import type { MatchCount } from '../../src/modules/search/search.queries.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { offsetOnSphere, VenueFixtures, type VenueRow } from '../support/venue-fixtures.js';

const PLACES = [
  { latitude: 48.8566, longitude: 2.3522 }, // Paris
  { latitude: 43.6108, longitude: 3.8767 }, // Montpellier
  { latitude: -20.8821, longitude: 55.4507 }, // Saint-Denis de La Réunion
];
const ON_SITE = SUBCATEGORIES.filter((s) => !s.isDigital).map((s) => s.id);
const ONLINE = SUBCATEGORIES.filter((s) => s.isDigital).map((s) => s.id);

type Around = { latitude: number; longitude: number; radiusMeters: number };

let api: TestServer;
let fixtures: VenueFixtures;

/** The database's own rollup (the path requests with accessibility filters still take). */
async function fromDatabase(around: Around | null, subcategoryIds: string[] | null) {
  return sorted(await countInGrid(api.server.db, around, subcategoryIds, 0));
}

function sorted(rows: MatchCount[] | null): MatchCount[] | null {
  return rows && [...rows].sort((a, b) => a.subcategoryId.localeCompare(b.subcategoryId));
}

/** A client that records its statements, and can hold their answers until let go. */
function watched(db: SqlClient) {
  const statements: string[] = [];
  let gate: Promise<void> | null = null;
  let open = () => {};
  let failing = false;
  const client: SqlClient = {
    async query<T>(text: string, values?: unknown[], options?: { prepare?: boolean }) {
      statements.push(text);
      if (failing) throw new Error('connection refused');
      const rows = await db.query<T>(text, values, options);
      if (gate) await gate;
      return rows;
    },
  };
  return {
    client,
    statements,
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      gate = null;
      open();
    },
    fail(on: boolean) {
      failing = on;
    },
  };
}

const circles = fc.record({
  place: fc.constantFrom(...PLACES),
  dLat: fc.double({ min: -0.2, max: 0.2, noNaN: true }),
  dLon: fc.double({ min: -0.2, max: 0.2, noNaN: true }),
  radiusMeters: fc.oneof(
    fc.double({ min: 200, max: 100_000, noNaN: true }),
    fc.constantFrom(1_000, 10_000, 50_000),
  ),
});

async function expectSameAsDatabase(index: FacetIndex, runs: number, seed: number) {
  for (const c of fc.sample(circles, { numRuns: runs, seed })) {
    const around = {
      latitude: c.place.latitude + c.dLat,
      longitude: c.place.longitude + c.dLon,
      radiusMeters: c.radiusMeters,
    };
    expect({ around, counts: sorted(await index.counts(around, null)) }).toEqual({
      around,
      counts: await fromDatabase(around, null),
    });
  }
  expect(sorted(await index.counts(null, null))).toEqual(await fromDatabase(null, null));
}

beforeAll(async () => {
  api = await startTestServer();
  fixtures = await VenueFixtures.create(api, 740_000_000);
  const random = fc.sample(
    fc.record({
      place: fc.constantFrom(...PLACES),
      metres: fc.integer({ min: 0, max: 90_000 }),
      bearing: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
      flags: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
      subcategories: fc.array(fc.constantFrom(...ON_SITE), { minLength: 1, maxLength: 3 }),
    }),
    { numRuns: 300, seed: 21 },
  );
  await fixtures.insertVenues(
    random.map((r) => ({
      ...offsetOnSphere(r.place, r.metres, r.bearing),
      flags: r.flags,
      subcategories: r.subcategories,
    })),
  );
  await fixtures.insertOnline(ONLINE);
});
afterAll(async () => {
  await api?.close();
});

describe("an instance's copy of the facets' rollup", () => {
  it('answers as the database does, for generated circles, everywhere and per subcategory', async () => {
    const index = new FacetIndex(api.server.db);
    await expectSameAsDatabase(index, 60, 1);
    const around = { ...PLACES[0]!, radiusMeters: 30_000 };
    const some = ['CONCERT', 'SEANCE_CINE', 'LIVRE_PAPIER', 'VOD'];
    expect(sorted(await index.counts(around, some))).toEqual(await fromDatabase(around, some));
  });

  it('sees every write committed before a request: a last place booked, an offer gone, venues moved, added, emptied', async () => {
    const index = new FacetIndex(api.server.db);
    const paris = PLACES[0]!;
    const around = { ...paris, radiusMeters: 3_000 };
    await index.counts(around, null);
    const [venue] = await fixtures.insertVenues([
      {
        ...offsetOnSphere(paris, 2_000, 1),
        flags: [false, false, false, false],
        subcategories: [],
      },
    ]);
    const [offerId, other] = await fixtures.insertOffers([
      [venue!, 'CONCERT'],
      [venue!, 'SEANCE_CINE'],
    ]);
    const total = async () =>
      (await index.counts(around, null))!.reduce((n, row) => n + row.placeCount, 0);
    const before = await total();
    expect(sorted(await index.counts(around, null))).toEqual(await fromDatabase(around, null));

    await fixtures.bookLastPlace(offerId!, 'facet-index@example.com');
    expect(await total()).toBe(before - 1);
    await api.sql('update offer set is_active = false where id = $1', [other]);
    expect(await total()).toBe(before - 2);
    await api.sql('update offer set is_active = true where id = $1', [other]);
    expect(await total()).toBe(before - 1);
    const away = offsetOnSphere(paris, 3_500, 1);
    await api.sql('update venue set location = ST_MakePoint($2, $3)::geography where id = $1', [
      venue,
      away.longitude,
      away.latitude,
    ]);
    expect(await total()).toBe(before - 2);
    // Written in one transaction with other changes: all or nothing.
    await api.server.db.transaction(async (tx) => {
      await tx.query('update venue set location = ST_MakePoint($2, $3)::geography where id = $1', [
        venue,
        paris.longitude,
        paris.latitude,
      ]);
      await tx.query("update offer set name = 'Autre nom' where id = $1", [other]);
    });
    expect(await total()).toBe(before - 1);
    await api.sql('update offer set is_active = false where venue_id = $1', [venue]);
    expect(await total()).toBe(before - 2);
    await expectSameAsDatabase(index, 25, 2);
  });

  it('does not answer a request from a check whose snapshot came before a commit the request followed', async () => {
    const paris = PLACES[0]!;
    const around = { ...paris, radiusMeters: 1_000 };
    const db = watched(api.server.db);
    const index = new FacetIndex(db.client);
    await index.counts(around, null);
    const [venue] = await fixtures.insertVenues([
      { ...offsetOnSphere(paris, 500, 2), flags: [false, false, false, false], subcategories: [] },
    ]);
    const count = (rows: MatchCount[] | null) =>
      rows!.find((row) => row.subcategoryId === 'CONFERENCE')?.placeCount ?? 0;
    const before = count(await index.counts(around, null));

    // A check reads its snapshot, and its answer is held while a write commits.
    db.hold();
    const early = index.counts(around, null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fixtures.insertOffers([[venue!, 'CONFERENCE']]);
    const late = index.counts(around, null);
    db.release();
    expect(count(await early)).toBeGreaterThanOrEqual(before);
    expect(count(await late)).toBe(before + 1);
  });

  it('serves fifty requests at once with a few checks, all the same answer', async () => {
    const db = watched(api.server.db);
    const index = new FacetIndex(db.client);
    const around = { ...PLACES[1]!, radiusMeters: 50_000 };
    await index.counts(around, null);
    // A check may read a few venues again when another database's transaction holds the
    // cluster's horizon back (test files run side by side): count the checks themselves.
    const checks = () =>
      db.statements.filter((s) => s.includes('from offer_search_venue_change')).length;
    const before = checks();
    const answers = await Promise.all(Array.from({ length: 50 }, () => index.counts(around, null)));
    // One check for the first, one more for all that came while it ran.
    expect(checks() - before).toBe(2);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(sorted(answers[0]!)).toEqual(await fromDatabase(around, null));
  });

  it('leaves places within a millimetre of the edge to PostGIS', async () => {
    const centre = { latitude: 43.3, longitude: 3.2 };
    const radiusMeters = 7_000;
    // Either side of the edge by less than a millimetre, on PostGIS's own sphere.
    const rows: VenueRow[] = [-0.0004, -0.0001, 0.0001, 0.0004].flatMap((d, k) =>
      [0, 1, 2].map((b) => ({
        ...offsetOnSphere(centre, radiusMeters + d, k + b * 2.1),
        flags: [false, false, false, false],
        subcategories: ['VISITE'],
      })),
    );
    await fixtures.insertVenues(rows);
    const db = watched(api.server.db);
    const index = new FacetIndex(db.client);
    const around = { ...centre, radiusMeters };
    const counts = sorted(await index.counts(around, null));
    expect(db.statements.some((s) => s.includes('_ST_DWithin(ST_SetSRID'))).toBe(true);
    expect(counts).toEqual(await fromDatabase(around, null));
    const [brute] = await api.sql<{ n: number }>(
      `select count(*)::int as n from offer_search
        where ST_DWithin(location, ST_MakePoint($2, $1)::geography, $3, false)`,
      [centre.latitude, centre.longitude, radiusMeters],
    );
    expect(counts!.reduce((n, row) => n + row.placeCount, 0)).toBe(brute!.n);
  });

  it('reads everything again after an idle spell longer than the change log is kept', async () => {
    let now = 1_000_000;
    const db = watched(api.server.db);
    const index = new FacetIndex(db.client, () => now);
    const around = { ...PLACES[2]!, radiusMeters: 20_000 };
    await index.counts(around, null);
    const loads = () =>
      db.statements.filter((s) => s.trimEnd().endsWith('from offer_search_venue_count c')).length;
    const first = loads();
    now += 60_000;
    await index.counts(around, null);
    expect(loads()).toBe(first);
    now += RELOAD_AFTER_MS;
    await index.counts(around, null);
    expect(loads()).toBe(first + 1);
    expect(sorted(await index.counts(around, null))).toEqual(await fromDatabase(around, null));

    // The job keeps the last quarter of an hour.
    await api.sql(
      `insert into offer_search_venue_change (xid, venue_id, at)
       values (1, 1, clock_timestamp() - interval '20 minutes'), (2, 1, clock_timestamp())`,
    );
    expect(await pruneVenueChanges(api.server.db, 15)).toBeGreaterThanOrEqual(1);
    const left = await api.sql<{ xid: string }>(
      'select xid from offer_search_venue_change where xid in (1, 2)',
    );
    expect(left.map((row) => row.xid)).toEqual(['2']);
  });

  it('answers null while the database cannot be reached, and reads everything again after', async () => {
    const db = watched(api.server.db);
    const index = new FacetIndex(db.client);
    const around = { ...PLACES[0]!, radiusMeters: 5_000 };
    await index.counts(around, null);
    db.fail(true);
    expect(await index.counts(around, null)).toBeNull();
    db.fail(false);
    expect(sorted(await index.counts(around, null))).toEqual(await fromDatabase(around, null));
  });
});
