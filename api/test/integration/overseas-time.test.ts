import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailKind } from '../../src/modules/notification/outbox.entity.js';
import { renderMail } from '../../src/modules/notification/templates.js';
import {
  insertBeneficiary,
  insertPro,
  insertVenue,
  ledgerViolations,
  withLuhnKey,
} from '../support/fixtures.js';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 18, bug 3: overseas venues live on their own clock. A concert at 20:00 in Cayenne
 * is stored at 23:00 UTC, its booking limit is 23:59 Cayenne time three days before,
 * recurrence follows the venue's clock, emails and the counter say the local time.
 */
const OFFER_FIELDS = `id stocks { id beginsAt bookingLimitAt }`;
const DRAFT = `mutation($i: OfferDraftInput!) { createOfferDraft(input: $i) { id } }`;
const ADD_STOCKS = `mutation($id: ID!, $i: StocksInput!) { addStocks(offerId: $id, input: $i) { ${OFFER_FIELDS} } }`;
const UPDATE_STOCK = `mutation($id: ID!, $i: StockUpdateInput!) { updateStock(id: $id, input: $i) { ${OFFER_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishOffer(id: $id) { id } }`;

/** A January of the year after next: no daylight saving in Paris (UTC+1) nor overseas. */
const YEAR = new Date().getUTCFullYear() + 2;

let api: TestServer;
let proToken: string;

async function overseasVenue(postalCode: string, department: string, city: string) {
  const { offererId } = await insertVenue(api);
  const [siren] = await api.sql<{ siren: string }>('select siren from offerer where id = $1', [
    offererId,
  ]);
  const [venue] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type)
     values ($1, $2, 'Salle outre-mer', $3, $4, $5, 'SRID=4326;POINT(-52.3135 4.9224)', 'CONCERT_HALL')
     returning id`,
    [offererId, withLuhnKey(`${siren!.siren}0002`), postalCode, city, department],
  );
  return { offererId, venueId: venue!.id };
}

let cayenne: { offererId: number; venueId: number };
let reunion: { offererId: number; venueId: number };

beforeAll(async () => {
  api = await startTestServer();
  cayenne = await overseasVenue('97300', '973', 'Cayenne');
  reunion = await overseasVenue('97400', '974', 'Saint-Denis');
  proToken = (await insertPro(api, 'outremer@exemple.fr', cayenne.offererId)).token;
  await api.sql(
    `insert into offerer_membership (user_id, offerer_id, status)
     select user_id, $1, 'VALIDATED' from offerer_membership where offerer_id = $2`,
    [reunion.offererId, cayenne.offererId],
  );
});
afterAll(async () => {
  expect(await ledgerViolations(api)).toBe(0);
  await api?.close();
});

async function gql<T>(query: string, variables: Record<string, unknown>, token = proToken) {
  const res = await api.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function concertAt(venueId: number) {
  const { createOfferDraft } = await gql<{ createOfferDraft: { id: string } }>(DRAFT, {
    i: {
      venueId: String(venueId),
      subcategoryId: 'CONCERT',
      name: 'Concert au bord du fleuve',
      isDuo: false,
    },
  });
  return createOfferDraft.id;
}

describe('an event in Cayenne (UTC−3)', () => {
  it('gets its default booking limit at 23:59 Cayenne time three days before', async () => {
    const offerId = await concertAt(cayenne.venueId);
    // 20:00 in Cayenne on 15 January = 23:00 UTC (Paris: already 00:00 on the 16th).
    const { addStocks } = await gql<{
      addStocks: { stocks: { beginsAt: string; bookingLimitAt: string }[] };
    }>(ADD_STOCKS, {
      id: offerId,
      i: { priceCents: 1_000, quantity: 10, dates: [`${YEAR}-01-15T23:00:00.000Z`] },
    });
    expect(addStocks.stocks[0]).toEqual(
      expect.objectContaining({
        beginsAt: `${YEAR}-01-15T23:00:00.000Z`,
        // 12 January 23:59 in Cayenne = 13 January 02:59 UTC (Paris would give 22:59 UTC on the 13th).
        bookingLimitAt: `${YEAR}-01-13T02:59:00.000Z`,
      }),
    );
  });

  it('repeats a recurrence on the venue’s clock: every Friday at 20:30 in Cayenne is 23:30 UTC', async () => {
    const offerId = await concertAt(cayenne.venueId);
    const { addStocks } = await gql<{ addStocks: { stocks: { beginsAt: string }[] } }>(ADD_STOCKS, {
      id: offerId,
      i: {
        priceCents: 1_000,
        recurrence: {
          from: `${YEAR}-01-01`,
          until: `${YEAR}-01-31`,
          weekdays: [5],
          times: ['20:30'],
        },
      },
    });
    expect(addStocks.stocks.length).toBeGreaterThanOrEqual(4);
    for (const stock of addStocks.stocks) {
      expect(stock.beginsAt.slice(11)).toBe('23:30:00.000Z');
      expect(new Date(stock.beginsAt).getUTCDay()).toBe(5);
    }
  });

  it('recomputes the limit on the venue’s clock when the date moves', async () => {
    const offerId = await concertAt(cayenne.venueId);
    const { addStocks } = await gql<{ addStocks: { stocks: { id: string }[] } }>(ADD_STOCKS, {
      id: offerId,
      i: { priceCents: 1_000, dates: [`${YEAR}-01-15T23:00:00.000Z`] },
    });
    const { updateStock } = await gql<{ updateStock: { stocks: { bookingLimitAt: string }[] } }>(
      UPDATE_STOCK,
      {
        id: addStocks.stocks[0]!.id,
        i: { priceCents: 1_000, beginsAt: `${YEAR}-01-22T22:30:00.000Z` },
      },
    );
    // 22 January 19:30 Cayenne → 19 January 23:59 Cayenne = 20 January 02:59 UTC.
    expect(updateStock.stocks[0]!.bookingLimitAt).toBe(`${YEAR}-01-20T02:59:00.000Z`);
  });

  it('tells the young person the local time by email, and shows the venue’s time zone', async () => {
    const offerId = await concertAt(cayenne.venueId);
    const { addStocks } = await gql<{ addStocks: { stocks: { id: string }[] } }>(ADD_STOCKS, {
      id: offerId,
      i: { priceCents: 1_000, dates: [`${YEAR}-01-15T23:00:00.000Z`] },
    });
    await gql(PUBLISH, { id: offerId });
    const young = await insertBeneficiary(api, 'guyane@exemple.fr');
    const booked = await api.gql<{
      bookOffer: { id: string; offer: { venue: { timeZone: string } } };
    }>(
      'mutation($s: ID!) { bookOffer(stockId: $s) { id offer { venue { timeZone departmentCode } } } }',
      { s: addStocks.stocks[0]!.id },
      { token: young.token },
    );
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.bookOffer.offer.venue).toEqual({
      timeZone: 'America/Cayenne',
      departmentCode: '973',
    });
    const [message] = await api.sql<{ payload: Record<string, unknown> }>(
      `select payload from outbox_message where kind = 'BOOKING_CONFIRMED' and recipient = 'guyane@exemple.fr'`,
    );
    const mail = renderMail(MailKind.BOOKING_CONFIRMED, message!.payload);
    expect(mail.text).toMatch(/Quand : [a-z]+ 15 janvier \d{4} à 20:00 \(heure de Cayenne\)/);
  });

  it('says the local time at the counter when it is too early', async () => {
    const offerId = await concertAt(cayenne.venueId);
    const { addStocks } = await gql<{ addStocks: { stocks: { id: string }[] } }>(ADD_STOCKS, {
      id: offerId,
      i: { priceCents: 0, dates: [`${YEAR}-01-15T23:00:00.000Z`] },
    });
    await gql(PUBLISH, { id: offerId });
    const young = await insertBeneficiary(api, 'guyane-guichet@exemple.fr');
    const booked = await api.gql<{ bookOffer: { token: string; cancellationLimitAt: string } }>(
      'mutation($s: ID!) { bookOffer(stockId: $s) { token cancellationLimitAt } }',
      { s: addStocks.stocks[0]!.id },
      { token: young.token },
    );
    const limit = new Date(booked.data!.bookOffer.cancellationLimitAt);
    const early = await api.gql(
      'mutation($t: String!) { useBooking(token: $t) { id } }',
      {
        t: booked.data!.bookOffer.token,
      },
      { token: proToken },
    );
    expect(errorCode(early)).toBe('TOO_EARLY');
    const cayenneClock = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'America/Cayenne',
      hour: '2-digit',
      minute: '2-digit',
    }).format(limit);
    expect(early.errors![0]!.message).toContain(cayenneClock);
    expect(early.errors![0]!.message).toContain('heure de Cayenne');
  });
});

describe('an event in Réunion (UTC+4)', () => {
  it('gets its default booking limit at 23:59 Réunion time three days before', async () => {
    const offerId = await concertAt(reunion.venueId);
    // 20:00 in Réunion on 15 January = 16:00 UTC.
    const { addStocks } = await gql<{ addStocks: { stocks: { bookingLimitAt: string }[] } }>(
      ADD_STOCKS,
      {
        id: offerId,
        i: { priceCents: 1_000, dates: [`${YEAR}-01-15T16:00:00.000Z`] },
      },
    );
    // 12 January 23:59 in Réunion = 12 January 19:59 UTC.
    expect(addStocks.stocks[0]!.bookingLimitAt).toBe(`${YEAR}-01-12T19:59:00.000Z`);
  });
});

describe('overseas collectivities (bug 4)', () => {
  it('are territories of their own, closed to the pass until the ministry opens them (data)', async () => {
    const rows = await api.sql<{ code: string; name: string; is_open: boolean }>(
      `select code, name, is_open from department where code in ('975', '977', '978', '987', '988') order by code`,
    );
    expect(rows).toEqual([
      { code: '975', name: 'Saint-Pierre-et-Miquelon', is_open: false },
      { code: '977', name: 'Saint-Barthélemy', is_open: false },
      { code: '978', name: 'Saint-Martin', is_open: false },
      { code: '987', name: 'Polynésie française', is_open: false },
      { code: '988', name: 'Nouvelle-Calédonie', is_open: false },
    ]);
  });

  it('place a young person of Saint-Barthélemy (97133) in 977, not in Guadeloupe (971)', async () => {
    const birth = new Date();
    birth.setUTCFullYear(birth.getUTCFullYear() - 18, birth.getUTCMonth(), 1);
    const res = await api.gql<{ signUp: { user: { departmentCode: string } } }>(
      `mutation($i: SignUpInput!) { signUp(input: $i) { user { departmentCode } } }`,
      {
        i: {
          email: 'saint-barth@exemple.fr',
          password: 'un mot de passe assez long',
          firstName: 'Léo',
          lastName: 'Questel',
          birthDate: birth.toISOString().slice(0, 10),
          postalCode: '97133',
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.signUp.user.departmentCode).toBe('977');
  });
});

describe('the time zone rule in SQL', () => {
  it('gives every territory the zone the TypeScript function gives', async () => {
    const { timeZoneOfDepartment, timeZoneOfDepartmentSql } =
      await import('../../src/shared/time-zones.js');
    const rows = await api.sql<{ code: string; zone: string }>(
      `select code, ${timeZoneOfDepartmentSql('code')} as zone from department
       union all select null, ${timeZoneOfDepartmentSql('null::text')}`,
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) expect(row.zone, row.code).toBe(timeZoneOfDepartment(row.code));
    const [known] = await api.sql<{ n: number }>(
      `select count(*)::int as n from pg_timezone_names
        where name = any($1::text[])`,
      [[...new Set(rows.map((r) => r.zone))]],
    );
    expect(known!.n).toBe(new Set(rows.map((r) => r.zone)).size);
  });

  it('puts a Cayenne event at its local time in the pro’s CSV export', async () => {
    const { createOfferDraft } = await gql<{ createOfferDraft: { id: string } }>(DRAFT, {
      i: {
        venueId: String(cayenne.venueId),
        subcategoryId: 'CONCERT',
        name: 'Concert export',
        isDuo: false,
      },
    });
    const { addStocks } = await gql<{ addStocks: { stocks: { id: string }[] } }>(ADD_STOCKS, {
      id: createOfferDraft.id,
      i: { priceCents: 0, dates: [`${YEAR}-01-15T23:00:00.000Z`] },
    });
    await gql(PUBLISH, { id: createOfferDraft.id });
    const young = await insertBeneficiary(api, 'guyane-export@exemple.fr');
    await api.gql(
      'mutation($s: ID!) { bookOffer(stockId: $s) { id } }',
      { s: addStocks.stocks[0]!.id },
      {
        token: young.token,
      },
    );
    const response = await fetch(`${api.url}/exports/bookings.csv?venueId=${cayenne.venueId}`, {
      headers: { authorization: `Bearer ${proToken}` },
    });
    const csv = await response.text();
    expect(csv).toContain("Date de l'évènement (heure du lieu)");
    expect(csv).toContain(`Concert export;15/01/${YEAR} 20:00;`);
    const listed = await gql<{ proBookings: { edges: { node: { venueTimeZone: string } }[] } }>(
      `query($v: ID) { proBookings(filter: { venueId: $v }) { edges { node { venueTimeZone } } } }`,
      { v: String(cayenne.venueId) },
    );
    expect(listed.proBookings.edges.map((e) => e.node.venueTimeZone)).toContain('America/Cayenne');
  });
});
