import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { insertOfferWithStock } from '../support/fixtures.js';
import { boxContains, type BoundingBox } from '../../src/modules/search/bounding-box.js';

/** Issue 14 item 9: map boxes of any size and position, antimeridian and whole world included. */

const AROUND = /* GraphQL */ `
  query Around($input: VenuesAroundInput!) {
    venuesAround(input: $input) {
      offerCount
      venue {
        id
      }
    }
  }
`;
type Markers = { venuesAround: { offerCount: number; venue: { id: string } }[] };

const PLACES = {
  paris: { latitude: 48.8566, longitude: 2.3522 },
  newYork: { latitude: 40.7128, longitude: -74.006 },
  nuuk: { latitude: 64.1814, longitude: -51.6941 },
  ushuaia: { latitude: -54.8019, longitude: -68.303 },
  suva: { latitude: -18.1416, longitude: 178.4419 }, // Fiji, west of the antimeridian
  taveuni: { latitude: -16.85, longitude: -179.95 }, // Fiji, east of it
  auckland: { latitude: -36.8485, longitude: 174.7633 },
  nearNorthPole: { latitude: 89.5, longitude: 10 },
  nearSouthPole: { latitude: -89.5, longitude: -150 },
  equatorEast: { latitude: 0, longitude: 180 },
  equatorWest: { latitude: 0, longitude: -180 },
};

let api: TestServer;
const venues: { id: number; latitude: number; longitude: number }[] = [];
let hiddenVenueId = 0;
let sirens = 700_000_000;

async function venueAt(
  place: { latitude: number; longitude: number },
  offererStatus = 'VALIDATED',
) {
  const [offerer] = await api.sql<{ id: number }>(
    `insert into offerer (siren, name, status) values ($1, 'O', $2) returning id`,
    [String(sirens++), offererStatus],
  );
  const [venue] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type)
     values ($1, $2, 'Lieu', '75001', 'Ailleurs', '75', $3, 'OTHER') returning id`,
    [offerer!.id, `${sirens++}00011`, `SRID=4326;POINT(${place.longitude} ${place.latitude})`],
  );
  await insertOfferWithStock(api, venue!.id, { subcategoryId: 'LIVRE_PAPIER', priceCents: 500 });
  return venue!.id;
}

async function markersIn(box: BoundingBox): Promise<number[]> {
  const res = await api.gql<Markers>(AROUND, { input: { boundingBox: box, first: 300 } });
  expect(res.errors, JSON.stringify(box)).toBeUndefined();
  return res.data!.venuesAround.map((m) => Number(m.venue.id)).sort((a, b) => a - b);
}

function expectedIn(box: BoundingBox): number[] {
  return venues
    .filter((v) => boxContains(box, v))
    .map((v) => v.id)
    .sort((a, b) => a - b);
}

beforeAll(async () => {
  api = await startTestServer();
  for (const place of Object.values(PLACES)) {
    venues.push({ id: await venueAt(place), ...place });
  }
  hiddenVenueId = await venueAt(PLACES.paris, 'NEW');
}, 120_000);

afterAll(async () => {
  await api?.close();
});

describe('venuesAround with a map box', () => {
  it('answers the whole world with every visible venue', async () => {
    const all = await markersIn({ south: -90, west: -180, north: 90, east: 180 });
    expect(all).toEqual(venues.map((v) => v.id).sort((a, b) => a - b));
    expect(all).not.toContain(hiddenVenueId);
  });

  it('finds Paris in a box from longitude −90 to 90 over latitudes 40–50', async () => {
    const found = await markersIn({ south: 40, west: -90, north: 50, east: 90 });
    expect(found).toEqual(expectedIn({ south: 40, west: -90, north: 50, east: 90 }));
    expect(found).toContain(venues[0]!.id);
    expect(found).not.toContain(hiddenVenueId);
  });

  it('crosses the antimeridian (west greater than east)', async () => {
    const box = { south: -20, west: 170, north: 0, east: -170 };
    const found = await markersIn(box);
    expect(found).toEqual(expectedIn(box));
    expect(found).toHaveLength(4); // Suva, Taveuni, and 180° on the equator from both sides
    const fiji = await markersIn({ south: -20, west: 175, north: -15, east: -175 });
    expect(fiji.length).toBe(2);
  });

  it('answers wide boxes, polar caps, thin strips and single points exactly', async () => {
    const boxes: BoundingBox[] = [
      { south: -90, west: -180, north: 0, east: 180 },
      { south: 80, west: -180, north: 90, east: 180 },
      { south: -90, west: 100, north: -80, east: 120 },
      { south: -60, west: -179, north: 70, east: 179 },
      { south: -60, west: 179, north: 70, east: -179 },
      { south: 0, west: -180, north: 0, east: -180 },
      { south: 48.8566, west: 2.3522, north: 48.8566, east: 2.3522 },
      { south: 40, west: -100, north: 50, east: 100 },
      { south: 30, west: -80, north: 70, east: 10 },
      // Found by the property below: a strip thinner than any float, ending near 180°.
      { south: 0, west: -179.99998474121097, north: 5e-324, east: 0 },
    ];
    for (const box of boxes)
      expect(await markersIn(box), JSON.stringify(box)).toEqual(expectedIn(box));
  });

  it('agrees with the coordinates on generated boxes', async () => {
    const latitude = fc.double({ min: -90, max: 90, noNaN: true });
    const longitude = fc.double({ min: -180, max: 180, noNaN: true });
    await fc.assert(
      fc.asyncProperty(latitude, latitude, longitude, longitude, async (a, b, west, east) => {
        const box = { south: Math.min(a, b), north: Math.max(a, b), west, east };
        expect(await markersIn(box)).toEqual(expectedIn(box));
      }),
      { numRuns: 60 },
    );
  });
});
