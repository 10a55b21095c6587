import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../../src/db/orm.js';
import { createTestDatabase } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

describe('migrations', () => {
  it('leave nothing between the entities and the database', async () => {
    // A database of its own: the api holds the only connection to an embedded one.
    const database = await createTestDatabase();
    const orm = await openOrm({ url: database.url, poolMax: 1 });
    try {
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close();
      await database.drop();
    }
  });

  it('install PostGIS and a GIST index on venue locations', async () => {
    const [index] = await api.sql<{ indexdef: string }>(
      "select indexdef from pg_indexes where indexname = 'venue_location_gist'",
    );
    expect(index?.indexdef).toMatch(/USING gist/i);
    const [distance] = await api.sql<{ meters: number }>(
      "select ST_Distance('SRID=4326;POINT(2.3522 48.8566)'::geography, 'SRID=4326;POINT(4.8357 45.764)'::geography) as meters",
    );
    expect(Math.round(distance!.meters / 1000)).toBe(392);
  });

  it('refuse what must never be false', async () => {
    const [offerer] = await api.sql<{ id: number }>(
      "insert into offerer (siren, name, status) values ('123456782', 'X', 'VALIDATED') returning id",
    );
    await expect(
      api.sql("insert into offerer (siren, name) values ('123456782', 'Doublon')"),
    ).rejects.toThrow(/offerer_siren_unique/);
    const [venue] = await api.sql<{ id: number }>(
      `insert into venue (offerer_id, siret, name, postal_code, location, venue_type)
       values ($1, '12345678200011', 'V', '93200', 'SRID=4326;POINT(2.35 48.93)', 'MOVIE') returning id`,
      [offerer!.id],
    );
    await expect(
      api.sql(
        `insert into venue (offerer_id, siret, name, location, venue_type) values ($1, '12345678200011', 'W', 'SRID=4326;POINT(2 48)', 'MOVIE')`,
        [offerer!.id],
      ),
    ).rejects.toThrow(/venue_siret_unique/);
    const [offer] = await api.sql<{ id: number }>(
      "insert into offer (venue_id, subcategory_id, name) values ($1, 'CONCERT', 'Concert') returning id",
      [venue!.id],
    );
    await expect(
      api.sql('insert into stock (offer_id, price_cents, quantity) values ($1, -1, 10)', [
        offer!.id,
      ]),
    ).rejects.toThrow(/stock_price_not_negative/);
    const [stock] = await api.sql<{ id: number }>(
      'insert into stock (offer_id, price_cents, quantity) values ($1, 1000, 1) returning id',
      [offer!.id],
    );
    await expect(
      api.sql('update stock set booked_quantity = 2 where id = $1', [stock!.id]),
    ).rejects.toThrow(/stock_booked_within_quantity/);
    await expect(
      api.sql('update stock set booked_quantity = -1 where id = $1', [stock!.id]),
    ).rejects.toThrow(/stock_booked_within_quantity/);
    await expect(
      api.sql(
        "insert into app_user (email, password_hash, first_name, last_name) values ('a@b.fr', 'x', 'A', 'B'), ('a@b.fr', 'x', 'A', 'B')",
      ),
    ).rejects.toThrow(/app_user_email_unique/);
  });

  it('keep one non-cancelled booking per user and offer, and unique tokens', async () => {
    const [user] = await api.sql<{ id: number }>(
      "insert into app_user (email, password_hash, first_name, last_name) values ('b@b.fr', 'x', 'A', 'B') returning id",
    );
    const [stock] = await api.sql<{ id: number; offer_id: number }>(
      'select id, offer_id from stock limit 1',
    );
    const insert = (token: string, status = 'CONFIRMED') =>
      api.sql(
        `insert into booking (user_id, stock_id, offer_id, token, amount_cents, status, cancelled_at, cancellation_reason)
         values ($1, $2, $3, $4, 0, $5, $6, $7)`,
        [
          user!.id,
          stock!.id,
          stock!.offer_id,
          token,
          status,
          status === 'CANCELLED' ? new Date() : null,
          status === 'CANCELLED' ? 'BENEFICIARY' : null,
        ],
      );
    await insert('AAAAAA', 'CANCELLED');
    await insert('BBBBBB');
    await expect(insert('CCCCCC')).rejects.toThrow(/booking_one_active_per_user_offer/);
    await expect(insert('BBBBBB', 'CANCELLED')).rejects.toThrow(/booking_token_unique/);
  });
});
