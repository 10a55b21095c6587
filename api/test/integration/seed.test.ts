import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../../seeds/demo.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ledgerViolations } from '../support/fixtures.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

describe('demo seed', () => {
  it('fills an empty database once, with consistent money and places', async () => {
    const first = await seedDemo(api.server.db);
    expect(first.seeded).toBe(true);
    expect(first.venues).toBeGreaterThanOrEqual(250);
    expect(first.offers).toBeGreaterThanOrEqual(2_500);
    expect(first.bookings).toBeGreaterThan(50);
    expect(await ledgerViolations(api)).toBe(0);

    const second = await seedDemo(api.server.db);
    expect(second).toEqual({ ...first, seeded: false });
  });

  it('covers every category and the 14 experiment departments', async () => {
    const [row] = await api.sql<{ subcategories: string; departments: string }>(
      `select count(distinct o.subcategory_id) as subcategories,
              count(distinct v.department_code) filter (where v.department_code in
                ('08','22','25','29','34','35','56','58','67','71','84','93','94','973')) as departments
         from offer o join venue v on v.id = o.venue_id`,
    );
    expect(Number(row!.departments)).toBe(14);
    expect(Number(row!.subcategories)).toBeGreaterThanOrEqual(30);
  });

  it('names most books’ authors and concerts’ artists; escape games have no date (things)', async () => {
    const [row] = await api.sql<{ books: number; concerts: number; dated_escape_games: number }>(
      `select avg((author is not null)::int) filter (where subcategory_id = 'LIVRE_PAPIER') as books,
              avg((performer is not null)::int) filter (where subcategory_id = 'CONCERT') as concerts,
              (select count(*)::int from stock s join offer e on e.id = s.offer_id
                where e.subcategory_id = 'ESCAPE_GAME' and s.begins_at is not null) as dated_escape_games
         from offer`,
    );
    expect(Number(row!.books)).toBeGreaterThan(0.5);
    expect(Number(row!.concerts)).toBeGreaterThan(0.9); // the hand-written ones aside
    expect(row!.dated_escape_games).toBe(0);
  });

  it('lets every demo account log in, and shows the beneficiary her credit', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const res = await api.gql<{ logIn: { token: string } }>(
        'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }',
        { e: account.email, p: DEMO_PASSWORD },
      );
      expect(res.errors, account.email).toBeUndefined();
    }
    const login = await api.gql<{ logIn: { token: string } }>(
      'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }',
      { e: 'jeune@passculture.test', p: DEMO_PASSWORD },
    );
    const me = await api.gql<{
      me: {
        firstName: string;
        roles: string[];
        wallet: { initialCents: number; remainingCents: number };
      };
    }>(
      'query { me { firstName roles wallet { initialCents remainingCents } } }',
      {},
      { token: login.data!.logIn.token },
    );
    expect(me.data?.me).toMatchObject({
      firstName: 'Camille',
      roles: ['BENEFICIARY'],
      wallet: { initialCents: 50_000 },
    });
    expect(me.data!.me.wallet.remainingCents).toBeLessThan(50_000);
  });
});
