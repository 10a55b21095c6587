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
});
