import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScaleSeedRefusal, seedScale, type ScaleSeedOptions } from '../../seeds/scale.js';
import { departmentFromPostalCode } from '../../src/modules/territory/departments.js';
import { ledgerViolations } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

/** The scale seed runs on one session of the server's Database, as the CLI does. */
const seedScaleOnServer = (options: ScaleSeedOptions) =>
  api.server.db.withConnection((client) => seedScale(client, options));

describe('seed:scale (small)', () => {
  it('fills a consistent catalogue with beneficiaries and bookings, refusing to run twice without --reset', async () => {
    const options = {
      offers: 3_000,
      seed: 7,
      reset: false,
      beneficiaries: 200,
      bookings: 600,
      quiet: true,
      batchSize: 1_000,
    };
    const summary = await seedScaleOnServer(options);
    expect(summary.counts.offer).toBe(3_000);
    expect(summary.counts.stock).toBeGreaterThan(4_000);
    expect(summary.counts.booking).toBe(600);

    const venues = await api.sql<{ postal_code: string; department_code: string }>(
      'select postal_code, department_code from venue where not is_virtual',
    );
    expect(venues.length).toBeGreaterThan(100);
    for (const v of venues) expect(departmentFromPostalCode(v.postal_code)).toBe(v.department_code);
    expect(await ledgerViolations(api)).toBe(0);

    await expect(seedScaleOnServer(options)).rejects.toBeInstanceOf(ScaleSeedRefusal);
  });

  it('gives searches around a city something to find', async () => {
    const res = await api.gql<{ searchOffers: { edges: { distanceMeters: number }[] } }>(
      'query { searchOffers(input: { around: { latitude: 48.8566, longitude: 2.3522 }, radiusKm: 50 }) { edges { distanceMeters } } }',
    );
    expect(res.data?.searchOffers.edges.length).toBe(20);
  });

  it('names the authors of its books and the artists of its concerts, as suggestions find them', async () => {
    const [named] = await api.sql<{ authors: number; performers: number }>(
      `select count(*) filter (where author is not null)::int as authors,
              count(*) filter (where performer is not null)::int as performers
         from offer`,
    );
    expect(named!.authors).toBeGreaterThan(50);
    expect(named!.performers).toBeGreaterThan(10);
    const [author] = await api.sql<{ name: string }>(
      `select name from offer_search_people where role = 'AUTHOR' order by offers desc, name limit 1`,
    );
    const res = await api.gql<{ searchSuggestions: { kind: string; label: string }[] }>(
      'query S($text: String!) { searchSuggestions(text: $text) { kind label } }',
      { text: author!.name },
    );
    expect(res.data?.searchSuggestions).toContainEqual({ kind: 'PERSON', label: author!.name });
  });

  it('starts again from nothing with --reset, the search table emptied with its rollups', async () => {
    const summary = await seedScaleOnServer({
      offers: 1_000,
      seed: 8,
      reset: true,
      beneficiaries: 50,
      bookings: 100,
      quiet: true,
      batchSize: 500,
    });
    expect(summary.counts.offer).toBe(1_000);
    const [figures] = await api.sql<Record<string, number>>(
      `select (select count(*)::int from offer_search) as searchable,
              (select count(*)::int from offer_search_page) as pages,
              (select coalesce(sum(offers), 0)::int from offer_search_venue_count) as by_venue,
              (select coalesce(sum(offers), 0)::int from offer_search_name) as by_name,
              (select coalesce(sum(offers), 0)::int from offer_search_people) as by_person,
              (select count(*)::int from offer_search_person) as people`,
    );
    expect(figures!.searchable).toBeGreaterThan(500);
    expect(figures).toEqual({
      searchable: figures!.searchable,
      pages: figures!.searchable,
      by_venue: figures!.searchable,
      by_name: figures!.searchable,
      by_person: figures!.people,
      people: figures!.people,
    });
    expect(figures!.people).toBeGreaterThan(0);
  });
});
