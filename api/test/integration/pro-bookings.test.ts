import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertBooking,
  insertOfferWithStock,
  insertPro,
  insertStock,
  insertVenue,
} from '../support/fixtures.js';

const BOOKINGS = `query($f: ProBookingFilterInput, $first: Int, $after: String) {
  proBookings(filter: $f, first: $first, after: $after) {
    edges { cursor node { id token status amountCents offerName venueName beneficiaryName beneficiaryEmail beginsAt bookedAt } }
    pageInfo { hasNextPage endCursor } } }`;
const REIMBURSEMENTS = `query($v: ID!, $from: String!, $to: String!) { reimbursements(venueId: $v, from: $from, to: $to) {
  venueName totalAmountCents totalReimbursedCents
  lines { token amountCents cumulativeCents scale ratePercent reimbursedCents } } }`;
const OVERVIEW = `query($v: ID) { proOverview(venueId: $v) {
  venues { venueId offers bookings revenueCents }
  offers { offerId offerName bookings usedBookings placesLeft revenueCents } } }`;

interface Node {
  id: string;
  token: string;
  status: string;
  amountCents: number;
  offerName: string;
  beneficiaryEmail: string;
  beginsAt: string | null;
}
type Page = {
  proBookings: {
    edges: { cursor: string; node: Node }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const DAY = 86_400_000;

let api: TestServer;
let pro: { userId: number; token: string };
let otherPro: { token: string };
let venueId: number;
let secondVenueId: number;
let concert: { offerId: number; stockId: number };
let book: { offerId: number; stockId: number };
let theirBookingToken: string;
const tokens: Record<string, string> = {};

async function tokenOf(bookingId: number): Promise<string> {
  const [row] = await api.sql<{ token: string }>('select token from booking where id = $1', [
    bookingId,
  ]);
  return row!.token;
}

beforeAll(async () => {
  api = await startTestServer();
  const a = await insertVenue(api);
  venueId = a.venueId;
  const [second] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, siret, name, public_name, postal_code, city, department_code, location, venue_type)
     values ($1, null, 'Salle B', 'Salle Bleue', '93200', 'Saint-Denis', '93', 'SRID=4326;POINT(2.36 48.93)', 'CONCERT_HALL') returning id`,
    [a.offererId],
  );
  secondVenueId = second!.id;
  pro = await insertPro(api, 'resas@exemple.fr', a.offererId);
  const b = await insertVenue(api);
  otherPro = await insertPro(api, 'resas-autre@exemple.fr', b.offererId);

  concert = await insertOfferWithStock(api, secondVenueId, {
    subcategoryId: 'CONCERT',
    priceCents: 1_250,
    quantity: 10,
    beginsAt: new Date(Date.now() + 20 * DAY),
    name: 'Concert; "Les Lilas"',
  });
  book = await insertOfferWithStock(api, venueId, {
    subcategoryId: 'LIVRE_PAPIER',
    priceCents: 2_000,
    quantity: null,
    name: 'Roman',
  });
  for (const [key, email, stock, status] of [
    ['c1', 'ana@exemple.fr', concert, 'CONFIRMED'],
    ['c2', 'ben@exemple.fr', concert, 'CANCELLED'],
    ['b1', 'cleo@exemple.fr', book, 'USED'],
    ['b2', 'dan@exemple.fr', book, 'CONFIRMED'],
  ] as const) {
    const young = await insertBeneficiary(api, email);
    const id = await insertBooking(api, {
      userId: young.userId,
      depositId: young.depositId,
      stockId: stock.stockId,
      offerId: stock.offerId,
      amountCents: stock === concert ? 1_250 : 2_000,
      status,
      capFamily: stock === book ? 'PHYSICAL' : null,
    });
    tokens[key] = await tokenOf(id);
  }
  // Spread the booking dates: c1 oldest … b2 newest.
  await api.sql(`update booking set booked_at = now() - (interval '1 day' * (10 - id)) where true`);

  const theirs = await insertOfferWithStock(api, b.venueId, {
    subcategoryId: 'LIVRE_PAPIER',
    priceCents: 500,
    name: 'Livre des autres',
  });
  const stranger = await insertBeneficiary(api, 'autre-client@exemple.fr');
  theirBookingToken = await tokenOf(
    await insertBooking(api, {
      userId: stranger.userId,
      depositId: stranger.depositId,
      stockId: theirs.stockId,
      offerId: theirs.offerId,
      amountCents: 500,
    }),
  );
});
afterAll(async () => {
  await api?.close();
});

async function list(filter: Record<string, unknown> = {}, token = pro.token): Promise<Node[]> {
  const res = await api.gql<Page>(BOOKINGS, { f: filter, first: 50 }, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.proBookings.edges.map((e) => e.node);
}

describe('bookings of the pro', () => {
  it("lists the bookings of the pro's venues only, newest first, with the beneficiary", async () => {
    const all = await list();
    expect(all.map((b) => b.token)).toEqual([tokens.b2, tokens.b1, tokens.c2, tokens.c1]);
    expect(all[0]).toMatchObject({
      beneficiaryEmail: 'dan@exemple.fr',
      offerName: 'Roman',
      amountCents: 2_000,
    });
    expect(all.map((b) => b.token)).not.toContain(theirBookingToken);
    expect((await list({}, otherPro.token)).map((b) => b.token)).toEqual([theirBookingToken]);
  });

  it('filters by venue, offer, status, booking dates and event dates', async () => {
    expect((await list({ venueId: String(secondVenueId) })).map((b) => b.token)).toEqual([
      tokens.c2,
      tokens.c1,
    ]);
    expect((await list({ offerId: String(book.offerId) })).map((b) => b.token)).toEqual([
      tokens.b2,
      tokens.b1,
    ]);
    expect((await list({ status: 'USED' })).map((b) => b.token)).toEqual([tokens.b1]);
    const [c2] = await api.sql<{ booked_at: Date }>(
      'select booked_at from booking where token = $1',
      [tokens.c2],
    );
    const [b1] = await api.sql<{ booked_at: Date }>(
      'select booked_at from booking where token = $1',
      [tokens.b1],
    );
    expect(
      (
        await list({
          bookedFrom: new Date(c2!.booked_at).toISOString(),
          bookedTo: new Date(b1!.booked_at).toISOString(),
        })
      ).map((b) => b.token),
    ).toEqual([tokens.c2]);
    expect(
      (
        await list({
          eventFrom: new Date(Date.now() + 19 * DAY).toISOString(),
          eventTo: new Date(Date.now() + 21 * DAY).toISOString(),
        })
      ).map((b) => b.token),
    ).toEqual([tokens.c2, tokens.c1]);
    // Another offerer's venue or offer as a filter finds nothing of theirs.
    expect(await list({ venueId: String(venueId) }, otherPro.token)).toEqual([]);
  });

  it('pages with a cursor, without gaps or repeats, even on equal booking times', async () => {
    await api.sql(
      `update booking set booked_at = '2026-01-01T10:00:00.123456Z' where token in ($1, $2)`,
      [tokens.b1, tokens.c2],
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: { data?: Page | null } = await api.gql<Page>(
        BOOKINGS,
        { first: 1, after },
        { token: pro.token },
      );
      const { edges, pageInfo } = res.data!.proBookings;
      seen.push(...edges.map((e) => e.node.token));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(Object.values(tokens).sort());
    const bad = await api.gql(BOOKINGS, { after: 'nimportequoi' }, { token: pro.token });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('is FORBIDDEN to young people', async () => {
    const young = await insertBeneficiary(api, 'curieux@exemple.fr');
    expect(errorCode(await api.gql(BOOKINGS, {}, { token: young.token }))).toBe('FORBIDDEN');
  });
});

describe('CSV export of bookings', () => {
  it('streams UTF-8 with a BOM, ; separators and French headers, with the filter applied', async () => {
    const res = await fetch(`${api.url}/exports/bookings.csv?offerId=${concert.offerId}`, {
      headers: { authorization: `Bearer ${pro.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="reservations-/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(bytes)
      .slice(1)
      .split('\r\n');
    expect(lines[0]).toBe(
      "Lieu;Offre;Date de l'évènement (heure du lieu);Nom du bénéficiaire;Email du bénéficiaire;Réservé le;Utilisé le;Contremarque;Prix;Statut",
    );
    expect(lines).toHaveLength(4); // header, two bookings, and the final line break
    const cells = lines.find((l) => l.includes(tokens.c1!))!.split(';');
    expect(cells[0]).toBe('Salle Bleue');
    expect(lines[1]).toContain('"Concert; ""Les Lilas"""');
    expect(cells).toContain('ana@exemple.fr');
    expect(cells).toContain('12,50');
    expect(cells.at(-1)).toBe('Confirmée');
    expect(cells.find((c) => /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(c))).toBeDefined();
  });

  it("exports nothing of another offerer, and needs a pro's session (cookie or Bearer)", async () => {
    const theirs = await fetch(`${api.url}/exports/bookings.csv`, {
      headers: { cookie: `pc_session=${otherPro.token}` },
    });
    const text = await theirs.text();
    expect(text).toContain(theirBookingToken);
    expect(text).not.toContain(tokens.c1!);
    expect((await fetch(`${api.url}/exports/bookings.csv`)).status).toBe(401);
    const young = await insertBeneficiary(api, 'export-jeune@exemple.fr');
    const forbidden = await fetch(`${api.url}/exports/bookings.csv`, {
      headers: { authorization: `Bearer ${young.token}` },
    });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toMatchObject({ code: 'FORBIDDEN' });
    const bad = await fetch(`${api.url}/exports/bookings.csv?status=PERDU`, {
      headers: { authorization: `Bearer ${pro.token}` },
    });
    expect(bad.status).toBe(400);
  });
});

describe('counter ownership', () => {
  it("does not find another offerer's token", async () => {
    const res = await api.gql(
      'query($t: String!) { bookingByToken(token: $t) { id } }',
      { t: theirBookingToken },
      { token: pro.token },
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
    const use = await api.gql(
      'mutation($t: String!) { useBooking(token: $t) { id } }',
      { t: theirBookingToken },
      { token: pro.token },
    );
    expect(errorCode(use)).toBe('NOT_FOUND');
  });
});

describe('reimbursements', () => {
  it('applies the scale by cumulative revenue in the calendar year, and the book rule', async () => {
    const year = new Date().getUTCFullYear() - 1;
    const big = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 0,
      quantity: null,
      beginsAt: new Date(Date.now() + 5 * DAY),
      name: 'Grand concert',
    });
    const paperStock = await insertStock(api, book.offerId, { priceCents: 2_000, quantity: null });
    const rows: [number, number, string, 'CONCERT' | 'BOOK'][] = [
      [1_999_500, 1, `${year}-02-01T10:00:00Z`, 'CONCERT'], // cumulative 19,995 €: 100 %
      [1_000, 2, `${year}-03-01T10:00:00Z`, 'CONCERT'], // 20,005 €: 95 %
      [2_000, 3, `${year}-04-01T10:00:00Z`, 'BOOK'], // 20,025 €: books 95 %
      [1_000, 4, `${year + 1}-01-01T10:00:00Z`, 'CONCERT'], // a new year: 100 %
    ];
    for (const [amount, n, usedAt, kind] of rows) {
      const young = await insertBeneficiary(api, `rembourse${n}@exemple.fr`, {
        amountCents: 2_000_000,
      });
      const [id] = await api.sql<{ id: number }>(
        `insert into booking (user_id, deposit_id, stock_id, offer_id, token, amount_cents, status, used_at, booked_at)
         values ($1, $2, $3, $4, $5, $6, 'USED', $7, $8) returning id`,
        [
          young.userId,
          young.depositId,
          kind === 'BOOK' ? paperStock : big.stockId,
          kind === 'BOOK' ? book.offerId : big.offerId,
          `RB${n}AAA`.slice(0, 6),
          amount,
          usedAt,
          usedAt,
        ],
      );
      expect(id).toBeDefined();
    }
    const res = await api.gql<{
      reimbursements: {
        totalAmountCents: number;
        totalReimbursedCents: number;
        lines: {
          token: string;
          cumulativeCents: number;
          scale: string;
          ratePercent: number;
          reimbursedCents: number;
        }[];
      };
    }>(
      REIMBURSEMENTS,
      { v: String(venueId), from: `${year}-02-15`, to: `${year}-12-31` },
      { token: pro.token },
    );
    expect(res.errors).toBeUndefined();
    // The February booking is out of the period but counts in the year's revenue.
    expect(
      res.data!.reimbursements.lines.map((l) => [
        l.cumulativeCents,
        l.scale,
        l.ratePercent,
        l.reimbursedCents,
      ]),
    ).toEqual([
      [2_000_500, 'STANDARD_2021', 95, 950],
      [2_002_500, 'BOOK', 95, 1_900],
    ]);
    expect(res.data!.reimbursements).toMatchObject({
      totalAmountCents: 3_000,
      totalReimbursedCents: 2_850,
    });

    const next = await api.gql<{ reimbursements: { lines: { ratePercent: number }[] } }>(
      REIMBURSEMENTS,
      { v: String(venueId), from: `${year + 1}-01-01`, to: `${year + 1}-01-31` },
      { token: pro.token },
    );
    expect(next.data!.reimbursements.lines.map((l) => l.ratePercent)).toEqual([100]);

    const csv = await fetch(
      `${api.url}/exports/reimbursements.csv?venueId=${venueId}&from=${year}-02-15&to=${year}-12-31`,
      {
        headers: { authorization: `Bearer ${pro.token}` },
      },
    );
    const text = await csv.text(); // fetch drops the BOM
    expect(text.split('\r\n')[0]).toContain('Montant remboursé');
    expect(text).toContain('95 %');
    expect(text.split('\r\n').at(-2)).toBe('Total;;;;;30,00;;;;28,50');
  });

  it("is NOT_FOUND on another offerer's venue, and refuses a bad period", async () => {
    const theirs = await api.gql(
      REIMBURSEMENTS,
      { v: String(venueId), from: '2026-01-01', to: '2026-12-31' },
      { token: otherPro.token },
    );
    expect(errorCode(theirs)).toBe('NOT_FOUND');
    const csv = await fetch(
      `${api.url}/exports/reimbursements.csv?venueId=${venueId}&from=2026-01-01&to=2026-12-31`,
      {
        headers: { authorization: `Bearer ${otherPro.token}` },
      },
    );
    expect(csv.status).toBe(404);
    const bad = await api.gql(
      REIMBURSEMENTS,
      { v: String(venueId), from: '2026-12-31', to: '2026-01-01' },
      { token: pro.token },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('overview', () => {
  it('gives bookings, places left and revenue per offer and venue, of the pro only', async () => {
    const res = await api.gql<{
      proOverview: {
        venues: { venueId: string; bookings: number; revenueCents: number }[];
        offers: {
          offerId: string;
          bookings: number;
          usedBookings: number;
          placesLeft: number | null;
          revenueCents: number;
        }[];
      };
    }>(OVERVIEW, { v: String(secondVenueId) }, { token: pro.token });
    expect(res.data!.proOverview.offers).toEqual([
      expect.objectContaining({
        offerId: String(concert.offerId),
        bookings: 1,
        usedBookings: 0,
        placesLeft: 9,
        revenueCents: 1_250,
      }),
    ]);
    expect(res.data!.proOverview.venues).toEqual([
      expect.objectContaining({ venueId: String(secondVenueId), bookings: 1, revenueCents: 1_250 }),
    ]);
    const all = await api.gql<{
      proOverview: { offers: { offerId: string; placesLeft: number | null }[] };
    }>(OVERVIEW, {}, { token: pro.token });
    expect(
      all.data!.proOverview.offers.find((o) => o.offerId === String(book.offerId))!.placesLeft,
    ).toBeNull();
    const theirs = await api.gql<{ proOverview: { offers: unknown[] } }>(
      OVERVIEW,
      { v: String(secondVenueId) },
      { token: otherPro.token },
    );
    expect(theirs.data!.proOverview.offers).toEqual([]);
  });
});
