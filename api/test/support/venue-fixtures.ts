import { SPHERE_RADIUS } from '../../src/modules/search/facet-grid.js';
import { insertBeneficiary, insertBooking } from './fixtures.js';
import type { TestServer } from './server.js';

/** The point at a distance (metres) and bearing (radians) from another, on PostGIS's sphere. */
export function offsetOnSphere(
  from: { latitude: number; longitude: number },
  metres: number,
  bearing: number,
) {
  const d = metres / SPHERE_RADIUS;
  const lat1 = (from.latitude * Math.PI) / 180;
  const lon1 = (from.longitude * Math.PI) / 180;
  const lat2 = Math.asin(
    Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing),
  );
  const lon2 =
    lon1 +
    Math.atan2(
      Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
      Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
    );
  return { latitude: (lat2 * 180) / Math.PI, longitude: (lon2 * 180) / Math.PI };
}

export interface VenueRow {
  latitude: number;
  longitude: number;
  /** motor, visual, hearing, mental */
  flags: boolean[];
  subcategories: string[];
}

/**
 * Venues of one validated offerer with bookable offers (a free stock of 5 in ten days), written
 * straight into the tables: facets and search tests need hundreds of them.
 */
export class VenueFixtures {
  private constructor(
    private readonly api: TestServer,
    readonly offererId: number,
    private siren: number,
  ) {}

  static async create(api: TestServer, firstSiren: number): Promise<VenueFixtures> {
    const [offerer] = await api.sql<{ id: number }>(
      `insert into offerer (siren, name, status) values ($1, 'O', 'VALIDATED') returning id`,
      [String(firstSiren)],
    );
    return new VenueFixtures(api, offerer!.id, firstSiren + 1);
  }

  async insertVenues(rows: VenueRow[]): Promise<number[]> {
    const venues = await this.api.sql<{ id: number }>(
      `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type,
                          motor_accessible, visual_accessible, hearing_accessible, mental_accessible)
       select $1, s, 'Lieu', '75001', 'Ville', '75', ST_MakePoint(lon, lat)::geography, 'OTHER', m, v, h, n
         from unnest($2::text[], $3::float8[], $4::float8[], $5::bool[], $6::bool[], $7::bool[], $8::bool[])
              as t(s, lat, lon, m, v, h, n)
       returning id`,
      [
        this.offererId,
        rows.map(() => `${this.siren++}00011`),
        rows.map((r) => r.latitude),
        rows.map((r) => r.longitude),
        ...[0, 1, 2, 3].map((bit) => rows.map((r) => r.flags[bit]!)),
      ],
    );
    const ids = venues.map((v) => v.id);
    const offers = rows.flatMap((r, i) => r.subcategories.map((s) => [ids[i]!, s] as const));
    await this.insertOffers(offers);
    return ids;
  }

  async insertOffers(offers: (readonly [number, string])[]): Promise<number[]> {
    const rows = await this.api.sql<{ id: number }>(
      `insert into offer (venue_id, subcategory_id, name, validation, is_active)
       select v, s, 'Offre', 'APPROVED', true from unnest($1::int[], $2::text[]) as t(v, s)
       returning id`,
      [offers.map((o) => o[0]), offers.map((o) => o[1])],
    );
    await this.api.sql(
      `insert into stock (offer_id, price_cents, quantity, begins_at)
       select id, 0, 5, now() + interval '10 days' from unnest($1::int[]) as t(id)`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => r.id);
  }

  /** A virtual venue (digital offers), with one offer of each subcategory given. */
  async insertOnline(subcategories: string[]): Promise<number> {
    const [online] = await this.api.sql<{ id: number }>(
      `insert into venue (offerer_id, name, venue_type, is_virtual) values ($1, 'En ligne', 'DIGITAL', true) returning id`,
      [this.offererId],
    );
    await this.insertOffers(subcategories.map((s) => [online!.id, s] as const));
    return online!.id;
  }

  /** Leaves one place in the offer's stock and has a young person book it: sold out. */
  async bookLastPlace(offerId: number, email: string): Promise<void> {
    const [stock] = await this.api.sql<{ id: number }>(
      'update stock set quantity = 1 where offer_id = $1 returning id',
      [offerId],
    );
    const young = await insertBeneficiary(this.api, email);
    await insertBooking(this.api, {
      userId: young.userId,
      depositId: young.depositId,
      stockId: stock!.id,
      offerId,
      amountCents: 0,
    });
  }
}
