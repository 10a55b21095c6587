import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../support/server.js';
import { itWithRowLocks } from '../support/database.js';
import {
  insertBeneficiary,
  insertOfferWithStock,
  insertPro,
  insertVenue,
  ledgerViolations,
} from '../support/fixtures.js';

const OFFER_FIELDS = `id name description url isDuo isActive validation isEvent isDigital venueId
  subcategory { id } stocks { id priceCents quantity bookedQuantity remainingQuantity beginsAt bookingLimitAt }`;
const DRAFT = `mutation($i: OfferDraftInput!) { createOfferDraft(input: $i) { ${OFFER_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: OfferDetailsInput!) { updateOffer(id: $id, input: $i) { ${OFFER_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishOffer(id: $id) { ${OFFER_FIELDS} } }`;
const ACTIVE = `mutation($id: ID!, $a: Boolean!) { setOfferActive(id: $id, isActive: $a) { ${OFFER_FIELDS} } }`;
const DUPLICATE = `mutation($id: ID!) { duplicateOffer(id: $id) { ${OFFER_FIELDS} } }`;
const ADD_STOCKS = `mutation($id: ID!, $i: StocksInput!) { addStocks(offerId: $id, input: $i) { ${OFFER_FIELDS} } }`;
const UPDATE_STOCK = `mutation($id: ID!, $i: StockUpdateInput!) { updateStock(id: $id, input: $i) { ${OFFER_FIELDS} } }`;
const DELETE_STOCK = `mutation($id: ID!, $c: Boolean) { deleteStock(id: $id, confirm: $c) { cancelledBookings offer { id stocks { id } } } }`;
const OFFER = `query($id: ID!) { proOffer(id: $id) { ${OFFER_FIELDS} } }`;
const OFFERS = `query($v: ID, $first: Int, $after: String) { proOffers(venueId: $v, first: $first, after: $after) {
  edges { cursor node { id name validation stocks { id } } } pageInfo { hasNextPage endCursor } } }`;

interface Stock {
  id: string;
  priceCents: number;
  quantity: number | null;
  bookedQuantity: number;
  beginsAt: string | null;
  bookingLimitAt: string | null;
}
interface Offer {
  id: string;
  name: string;
  validation: string;
  isActive: boolean;
  stocks: Stock[];
}

const DAY = 86_400_000;

let api: TestServer;
let venueId: number;
let virtualVenueId: number;
let offererId: number;
let proToken: string;
let newOffererVenueId: number;
let newOffererProToken: string;
let otherProToken: string;

/** The year after next, so every date is in the future. */
const YEAR = new Date().getUTCFullYear() + 2;

beforeAll(async () => {
  api = await startTestServer();
  const venue = await insertVenue(api);
  venueId = venue.venueId;
  offererId = venue.offererId;
  const [virtual] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, name, is_virtual, venue_type) values ($1, 'Numérique', true, 'DIGITAL') returning id`,
    [offererId],
  );
  virtualVenueId = virtual!.id;
  proToken = (await insertPro(api, 'offres@exemple.fr', offererId)).token;
  const fresh = await insertVenue(api, 'NEW');
  newOffererVenueId = fresh.venueId;
  newOffererProToken = (await insertPro(api, 'offres-nouveau@exemple.fr', fresh.offererId)).token;
  otherProToken = (
    await insertPro(api, 'offres-autre@exemple.fr', (await insertVenue(api)).offererId)
  ).token;
});
afterAll(async () => {
  expect(await ledgerViolations(api)).toBe(0);
  await api?.close();
});

async function gql<T>(
  query: string,
  variables: Record<string, unknown>,
  token = proToken,
): Promise<T> {
  const res = await api.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const concert = (venue = venueId) => ({
  venueId: String(venue),
  subcategoryId: 'CONCERT',
  name: 'Jazz au canal',
  description: 'Un trio de jazz.',
  isDuo: true,
});

describe('offer creation in steps', () => {
  let offer: Offer;

  it('keeps the first step as a draft', async () => {
    offer = (await gql<{ createOfferDraft: Offer }>(DRAFT, { i: concert() })).createOfferDraft;
    expect(offer).toMatchObject({
      name: 'Jazz au canal',
      validation: 'DRAFT',
      isActive: true,
      stocks: [],
    });
    const read = await gql<{ proOffer: Offer }>(OFFER, { id: offer.id });
    expect(read.proOffer.validation).toBe('DRAFT');
  });

  it('refuses a digital offer at a place, a physical one online, and duo where it cannot be', async () => {
    const vodHere = await api.gql(
      DRAFT,
      { i: { ...concert(), subcategoryId: 'VOD', url: 'https://vod.fr/film', isDuo: false } },
      { token: proToken },
    );
    expect(errorCode(vodHere)).toBe('BAD_USER_INPUT');
    const concertOnline = await api.gql(DRAFT, { i: concert(virtualVenueId) }, { token: proToken });
    expect(errorCode(concertOnline)).toBe('BAD_USER_INPUT');
    const noUrl = await api.gql(
      DRAFT,
      { i: { ...concert(virtualVenueId), subcategoryId: 'VOD', isDuo: false } },
      { token: proToken },
    );
    expect(noUrl.errors![0]!.extensions!.fields).toHaveProperty('url');
    const duoBook = await api.gql(
      DRAFT,
      { i: { ...concert(), subcategoryId: 'LIVRE_PAPIER' } },
      { token: proToken },
    );
    expect(duoBook.errors![0]!.extensions!.fields).toHaveProperty('isDuo');
    const vod = await gql<{ createOfferDraft: Offer & { isDigital: boolean; url: string } }>(
      DRAFT,
      {
        i: {
          ...concert(virtualVenueId),
          subcategoryId: 'VOD',
          url: 'https://vod.fr/film',
          isDuo: false,
        },
      },
    );
    expect(vod.createOfferDraft).toMatchObject({ isDigital: true, url: 'https://vod.fr/film' });
  });

  it('refuses to publish a draft without stocks', async () => {
    const res = await api.gql(PUBLISH, { id: offer.id }, { token: proToken });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('adds dates one by one and every Friday at 20:30, each with the default booking limit', async () => {
    const res = await gql<{ addStocks: Offer }>(ADD_STOCKS, {
      id: offer.id,
      i: {
        priceCents: 1_500,
        quantity: 50,
        dates: [`${YEAR}-03-02T19:00:00.000Z`],
        recurrence: {
          from: `${YEAR}-03-01`,
          until: `${YEAR}-03-21`,
          weekdays: [5],
          times: ['20:30'],
        },
      },
    });
    const stocks = res.addStocks.stocks;
    const fridays = [...Array(31).keys()]
      .map((d) => new Date(Date.UTC(YEAR, 2, d + 1)))
      .filter((d) => d.getUTCDay() === 5 && d.getUTCDate() <= 21);
    expect(stocks).toHaveLength(1 + fridays.length);
    expect(stocks.every((s) => s.priceCents === 1_500 && s.quantity === 50)).toBe(true);
    // Sorted soonest first; booking limit 23:59 Paris three days before (winter: 22:59 UTC).
    const first = stocks[0]!;
    const day = new Date(first.beginsAt!);
    const limit = new Date(first.bookingLimitAt!);
    expect(limit.toISOString().slice(11, 16)).toBe('22:59');
    expect(
      Math.round(
        (Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) -
          Date.UTC(limit.getUTCFullYear(), limit.getUTCMonth(), limit.getUTCDate())) /
          DAY,
      ),
    ).toBe(3);
    expect(stocks.filter((s) => s.beginsAt!.endsWith('T19:30:00.000Z'))).toHaveLength(
      fridays.length,
    );
  });

  it('refuses past dates and a bad recurrence, in French, adding nothing', async () => {
    const past = await api.gql(
      ADD_STOCKS,
      { id: offer.id, i: { priceCents: 0, dates: ['2020-01-01T10:00:00Z'] } },
      { token: proToken },
    );
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    const badRecurrence = await api.gql(
      ADD_STOCKS,
      {
        id: offer.id,
        i: {
          priceCents: 0,
          recurrence: {
            from: `${YEAR}-04-10`,
            until: `${YEAR}-04-01`,
            weekdays: [5],
            times: ['20:30'],
          },
        },
      },
      { token: proToken },
    );
    expect(badRecurrence.errors![0]!.message).toBe('La date de fin doit suivre la date de début.');
    const negative = await api.gql(
      ADD_STOCKS,
      { id: offer.id, i: { priceCents: -1, dates: [`${YEAR}-05-01T10:00:00Z`] } },
      { token: proToken },
    );
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    const read = await gql<{ proOffer: Offer }>(OFFER, { id: offer.id });
    expect(read.proOffer.stocks).toHaveLength(4);
  });

  it('publishes: approved while the offerer is validated', async () => {
    const res = await gql<{ publishOffer: Offer }>(PUBLISH, { id: offer.id });
    expect(res.publishOffer.validation).toBe('APPROVED');
  });

  it('edits a published offer, which goes back through moderation', async () => {
    const res = await gql<{ updateOffer: Offer }>(UPDATE, {
      id: offer.id,
      i: { name: 'Jazz au canal — nouvelle formule', description: null, isDuo: false },
    });
    expect(res.updateOffer).toMatchObject({
      name: 'Jazz au canal — nouvelle formule',
      validation: 'APPROVED',
    });
    const tooLong = await api.gql(
      UPDATE,
      { id: offer.id, i: { name: 'x'.repeat(141), isDuo: false } },
      { token: proToken },
    );
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
  });

  it('deactivates and reactivates an offer', async () => {
    expect(
      (await gql<{ setOfferActive: Offer }>(ACTIVE, { id: offer.id, a: false })).setOfferActive
        .isActive,
    ).toBe(false);
    expect(
      (await gql<{ setOfferActive: Offer }>(ACTIVE, { id: offer.id, a: true })).setOfferActive
        .isActive,
    ).toBe(true);
  });

  it('duplicates an offer as a draft without stocks', async () => {
    const copy = (await gql<{ duplicateOffer: Offer }>(DUPLICATE, { id: offer.id })).duplicateOffer;
    expect(copy).toMatchObject({
      name: 'Jazz au canal — nouvelle formule',
      validation: 'DRAFT',
      stocks: [],
    });
    expect(copy.id).not.toBe(offer.id);
  });

  it('lists the pro’s offers newest first, page by page', async () => {
    const first = await gql<{
      proOffers: {
        edges: { node: Offer }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(OFFERS, { first: 2 });
    expect(first.proOffers.edges).toHaveLength(2);
    expect(first.proOffers.pageInfo.hasNextPage).toBe(true);
    const next = await gql<{ proOffers: { edges: { node: Offer }[] } }>(OFFERS, {
      first: 2,
      after: first.proOffers.pageInfo.endCursor,
    });
    const ids = [...first.proOffers.edges, ...next.proOffers.edges].map((e) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(3);
    const theirs = await gql<{ proOffers: { edges: unknown[] } }>(OFFERS, {}, otherProToken);
    expect(theirs.proOffers.edges).toHaveLength(0);
  });
});

describe('moderation status of submitted offers', () => {
  it('goes through the moderation rules: publish, edit and price change', async () => {
    const [rule] = await api.sql<{ id: number }>(
      `insert into moderation_rule (label, kind, words) values ('Revente', 'WORDS', '{revente}') returning id`,
    );
    const [priceRule] = await api.sql<{ id: number }>(
      `insert into moderation_rule (label, kind, price_threshold_cents) values ('Cher', 'PRICE_ABOVE', 30000) returning id`,
    );
    try {
      const draft = (await gql<{ createOfferDraft: Offer }>(DRAFT, { i: concert() }))
        .createOfferDraft;
      const added = await gql<{ addStocks: Offer }>(ADD_STOCKS, {
        id: draft.id,
        i: { priceCents: 2_000, dates: [`${YEAR}-06-01T18:00:00Z`] },
      });
      expect(added.addStocks.validation).toBe('DRAFT');
      const published = await gql<{ publishOffer: Offer }>(PUBLISH, { id: draft.id });
      expect(published.publishOffer.validation).toBe('APPROVED');

      // An edit matching a rule waits for an admin.
      const edited = await gql<{ updateOffer: Offer }>(UPDATE, {
        id: draft.id,
        i: { name: 'Revente de places', isDuo: false },
      });
      expect(edited.updateOffer.validation).toBe('PENDING');
      await gql(UPDATE, { id: draft.id, i: { name: 'Concert du printemps', isDuo: false } });

      // So does a price above the threshold; a quantity change alone does not re-moderate.
      const stockId = edited.updateOffer.stocks[0]!.id;
      await api.sql(`update offer set validation = 'APPROVED' where id = $1`, [Number(draft.id)]);
      const quantity = await gql<{ updateStock: Offer }>(UPDATE_STOCK, {
        id: stockId,
        i: { priceCents: 2_000, quantity: 40 },
      });
      expect(quantity.updateStock.validation).toBe('APPROVED');
      const pricey = await gql<{ updateStock: Offer }>(UPDATE_STOCK, {
        id: stockId,
        i: { priceCents: 35_000, quantity: 40 },
      });
      expect(pricey.updateStock.validation).toBe('PENDING');

      // A rejected offer, edited, waits for an admin again.
      await api.sql(`update offer set validation = 'REJECTED' where id = $1`, [Number(draft.id)]);
      const again = await gql<{ updateOffer: Offer }>(UPDATE, {
        id: draft.id,
        i: { name: 'Concert du printemps', isDuo: false },
      });
      expect(again.updateOffer.validation).toBe('PENDING');
    } finally {
      await api.sql('delete from moderation_rule where id in ($1, $2)', [rule!.id, priceRule!.id]);
    }
  });

  it('approves the offers of an offerer still waiting for validation, which stay invisible', async () => {
    const draft = (
      await gql<{ createOfferDraft: Offer }>(
        DRAFT,
        { i: concert(newOffererVenueId) },
        newOffererProToken,
      )
    ).createOfferDraft;
    await gql(
      ADD_STOCKS,
      { id: draft.id, i: { priceCents: 0, dates: [`${YEAR}-06-01T18:00:00Z`] } },
      newOffererProToken,
    );
    const published = await gql<{ publishOffer: Offer }>(
      PUBLISH,
      { id: draft.id },
      newOffererProToken,
    );
    expect(published.publishOffer.validation).toBe('APPROVED');
    const found = await api.gql<{ offer: { id: string } | null }>(
      'query($id: ID!) { offer(id: $id) { id } }',
      { id: draft.id },
    );
    expect(found.data?.offer ?? null).toBeNull();
  });
});

describe('stocks', () => {
  it('gives a thing one stock, unlimited allowed, and refuses a second', async () => {
    const book = (
      await gql<{ createOfferDraft: Offer }>(DRAFT, {
        i: { ...concert(), subcategoryId: 'LIVRE_PAPIER', isDuo: false },
      })
    ).createOfferDraft;
    const res = await gql<{ addStocks: Offer }>(ADD_STOCKS, {
      id: book.id,
      i: { priceCents: 1_990, quantity: null },
    });
    expect(res.addStocks.stocks).toEqual([
      expect.objectContaining({ quantity: null, beginsAt: null, bookingLimitAt: null }),
    ]);
    const second = await api.gql(
      ADD_STOCKS,
      { id: book.id, i: { priceCents: 990 } },
      { token: proToken },
    );
    expect(errorCode(second)).toBe('BAD_USER_INPUT');
    const dated = await api.gql(
      ADD_STOCKS,
      { id: book.id, i: { priceCents: 990, dates: [`${YEAR}-01-01T10:00:00Z`] } },
      { token: proToken },
    );
    expect(errorCode(dated)).toBe('BAD_USER_INPUT');
  });

  it('never sets a quantity below the places booked (QUANTITY_BELOW_BOOKED)', async () => {
    const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 1_000,
      quantity: 10,
      beginsAt: new Date(Date.now() + 30 * DAY),
      isDuo: true,
    });
    const young = await insertBeneficiary(api, 'quantite@exemple.fr');
    const booked = await api.gql(
      'mutation($s: ID!) { bookOffer(stockId: $s, quantity: 2) { id } }',
      { s: String(stockId) },
      { token: young.token },
    );
    expect(booked.errors).toBeUndefined();
    const below = await api.gql(
      UPDATE_STOCK,
      { id: String(stockId), i: { priceCents: 1_000, quantity: 1 } },
      { token: proToken },
    );
    expect(errorCode(below)).toBe('QUANTITY_BELOW_BOOKED');
    const exact = await gql<{ updateStock: Offer }>(UPDATE_STOCK, {
      id: String(stockId),
      i: { priceCents: 1_200, quantity: 2 },
    });
    expect(exact.updateStock.stocks[0]).toMatchObject({
      priceCents: 1_200,
      quantity: 2,
      bookedQuantity: 2,
    });
    const unlimited = await gql<{ updateStock: Offer }>(UPDATE_STOCK, {
      id: String(stockId),
      i: { priceCents: 1_200, quantity: null },
    });
    expect(unlimited.updateStock.stocks[0]!.quantity).toBeNull();
    const [row] = await api.sql<{ offer_id: number }>('select offer_id from stock where id = $1', [
      stockId,
    ]);
    expect(row!.offer_id).toBe(offerId);
  });

  it('moves an event and recomputes its booking limit; refuses a limit after the start', async () => {
    const { stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 0,
      beginsAt: new Date(Date.now() + 30 * DAY),
    });
    const moved = await gql<{ updateStock: Offer }>(UPDATE_STOCK, {
      id: String(stockId),
      i: { priceCents: 0, quantity: 5, beginsAt: `${YEAR}-07-14T20:00:00.000Z` },
    });
    expect(moved.updateStock.stocks[0]).toMatchObject({
      beginsAt: `${YEAR}-07-14T20:00:00.000Z`,
      bookingLimitAt: `${YEAR}-07-11T21:59:00.000Z`,
    });
    const late = await api.gql(
      UPDATE_STOCK,
      { id: String(stockId), i: { priceCents: 0, bookingLimitAt: `${YEAR}-07-15T20:00:00.000Z` } },
      { token: proToken },
    );
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
  });

  it('deletes a stock with bookings only when confirmed, cancelling them (OFFERER) and giving the credit back', async () => {
    const { stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 2_500,
      beginsAt: new Date(Date.now() + 30 * DAY),
    });
    const young = await insertBeneficiary(api, 'annulee@exemple.fr');
    await api.gql(
      'mutation($s: ID!) { bookOffer(stockId: $s) { id } }',
      { s: String(stockId) },
      { token: young.token },
    );
    const [before] = await api.sql<{ spent_cents: number }>(
      'select spent_cents from deposit where id = $1',
      [young.depositId],
    );
    expect(before!.spent_cents).toBe(2_500);

    const refused = await api.gql(DELETE_STOCK, { id: String(stockId) }, { token: proToken });
    expect(errorCode(refused)).toBe('STOCK_HAS_BOOKINGS');
    expect(refused.errors![0]!.extensions!.bookingsCount).toBe(1);
    const [still] = await api.sql<{ status: string }>(
      'select status from booking where stock_id = $1',
      [stockId],
    );
    expect(still!.status).toBe('CONFIRMED');

    const done = await gql<{ deleteStock: { cancelledBookings: number; offer: Offer } }>(
      DELETE_STOCK,
      { id: String(stockId), c: true },
    );
    expect(done.deleteStock).toMatchObject({ cancelledBookings: 1, offer: { stocks: [] } });
    const [booking] = await api.sql<{ status: string; cancellation_reason: string }>(
      'select status, cancellation_reason from booking where stock_id = $1',
      [stockId],
    );
    expect(booking).toMatchObject({ status: 'CANCELLED', cancellation_reason: 'OFFERER' });
    const [after] = await api.sql<{ spent_cents: number }>(
      'select spent_cents from deposit where id = $1',
      [young.depositId],
    );
    expect(after!.spent_cents).toBe(0);
    const again = await api.gql(
      DELETE_STOCK,
      { id: String(stockId), c: true },
      { token: proToken },
    );
    expect(errorCode(again)).toBe('NOT_FOUND');
  });

  it('deletes a stock without bookings at once', async () => {
    const { stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 0,
      beginsAt: new Date(Date.now() + 30 * DAY),
    });
    const done = await gql<{ deleteStock: { cancelledBookings: number } }>(DELETE_STOCK, {
      id: String(stockId),
    });
    expect(done.deleteStock.cancelledBookings).toBe(0);
  });

  it('holds at most 2,500 stocks per offer, in the service and in the database', async () => {
    const draft = (await gql<{ createOfferDraft: Offer }>(DRAFT, { i: concert() }))
      .createOfferDraft;
    const everyDay = (until: string) => ({
      from: `${YEAR}-01-01`,
      until,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      times: ['10:00', '14:00', '18:00', '21:00'],
    });
    // 625 days × 4 times = 2,500 dates: accepted; one more is refused.
    const full = await gql<{ addStocks: Offer }>(ADD_STOCKS, {
      id: draft.id,
      i: { priceCents: 0, recurrence: everyDay(isoDay(Date.UTC(YEAR, 0, 1) + 624 * DAY)) },
    });
    expect(full.addStocks.stocks).toHaveLength(2_500);
    const oneMore = await api.gql(
      ADD_STOCKS,
      { id: draft.id, i: { priceCents: 0, dates: [`${YEAR + 5}-01-01T10:00:00Z`] } },
      { token: proToken },
    );
    expect(errorCode(oneMore)).toBe('BAD_USER_INPUT');
    await expect(
      api.sql(
        `insert into stock (offer_id, price_cents, begins_at) values ($1, 0, now() + interval '9 years')`,
        [Number(draft.id)],
      ),
    ).rejects.toThrow(/2500 stocks/);
    // Soft-deleted stocks do not count.
    await api.sql(
      `update stock set is_soft_deleted = true where id = (select min(id) from stock where offer_id = $1)`,
      [Number(draft.id)],
    );
    await api.sql(
      `insert into stock (offer_id, price_cents, begins_at) values ($1, 0, now() + interval '9 years')`,
      [Number(draft.id)],
    );
  });
});

describe('under load', () => {
  it('answers a page of offers with their stocks in a constant number of statements', async () => {
    const statementsFor = async (first: number) => {
      const before = api.queryCount();
      const page = await gql<{ proOffers: { edges: { node: Offer }[] } }>(OFFERS, { first });
      expect(page.proOffers.edges).toHaveLength(first);
      return api.queryCount() - before;
    };
    expect(await statementsFor(6)).toBe(await statementsFor(2));
  });

  it('lets only one of two concurrent additions cross the 2,500 cap', async () => {
    const draft = (await gql<{ createOfferDraft: Offer }>(DRAFT, { i: concert() }))
      .createOfferDraft;
    // 325 days × 4 times = 1,300 dates each: together 2,600.
    const batch = (year: number) => ({
      id: draft.id,
      i: {
        priceCents: 0,
        recurrence: {
          from: `${year}-01-01`,
          until: isoDay(Date.UTC(year, 0, 1) + 324 * DAY),
          weekdays: [1, 2, 3, 4, 5, 6, 7],
          times: ['10:00', '14:00', '18:00', '21:00'],
        },
      },
    });
    const results = await Promise.all([
      api.gql(ADD_STOCKS, batch(YEAR + 3), { token: proToken }),
      api.gql(ADD_STOCKS, batch(YEAR + 4), { token: proToken }),
    ]);
    expect(results.map(errorCode).sort()).toEqual(['BAD_USER_INPUT', undefined]);
    const [row] = await api.sql<{ n: number }>(
      'select count(*)::int as n from stock where offer_id = $1 and not is_soft_deleted',
      [Number(draft.id)],
    );
    expect(row!.n).toBe(1_300);
  });
});

describe('stock changes racing bookings', () => {
  it('never leaves fewer places than booked when the pro lowers the quantity during bookings', async () => {
    const { stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 500,
      quantity: 10,
      beginsAt: new Date(Date.now() + 30 * DAY),
    });
    const young = await Promise.all(
      [...Array(8).keys()].map((n) => insertBeneficiary(api, `course${n}@exemple.fr`)),
    );
    const book = (token: string) =>
      api.gql(
        'mutation($s: ID!) { bookOffer(stockId: $s) { id } }',
        { s: String(stockId) },
        { token },
      );
    const lower = api.gql(
      UPDATE_STOCK,
      { id: String(stockId), i: { priceCents: 500, quantity: 4 } },
      { token: proToken },
    );
    const [update, ...bookings] = await Promise.all([lower, ...young.map((y) => book(y.token))]);
    const booked = bookings.filter((b) => !b.errors).length;
    const [stock] = await api.sql<{ quantity: number; booked_quantity: number }>(
      'select quantity, booked_quantity from stock where id = $1',
      [stockId],
    );
    expect(stock!.booked_quantity).toBe(booked);
    if (update.errors) {
      expect(errorCode(update)).toBe('QUANTITY_BELOW_BOOKED');
      expect(stock!.quantity).toBe(10);
    } else {
      expect(stock!.quantity).toBe(4);
      expect(booked).toBeLessThanOrEqual(4);
    }
    for (const refused of bookings.filter((b) => b.errors))
      expect(errorCode(refused)).toBe('SOLD_OUT');
    expect(await ledgerViolations(api)).toBe(0);
  });
});

describe('stock deletion racing bookings', () => {
  it('leaves no live booking on a deleted stock, and every credit back', async () => {
    const { stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 700,
      quantity: 50,
      beginsAt: new Date(Date.now() + 30 * DAY),
    });
    const young = await Promise.all(
      [...Array(6).keys()].map((n) => insertBeneficiary(api, `suppression${n}@exemple.fr`)),
    );
    const [deletion, ...bookings] = await Promise.all([
      api.gql(DELETE_STOCK, { id: String(stockId), c: true }, { token: proToken }),
      ...young.map((y) =>
        api.gql(
          'mutation($s: ID!) { bookOffer(stockId: $s) { id } }',
          { s: String(stockId) },
          { token: y.token },
        ),
      ),
    ]);
    expect(deletion.errors).toBeUndefined();
    for (const refused of bookings.filter((b) => b.errors)) {
      expect(errorCode(refused)).toBe('STOCK_NOT_BOOKABLE');
    }
    const rows = await api.sql<{ status: string; cancellation_reason: string | null }>(
      'select status, cancellation_reason from booking where stock_id = $1',
      [stockId],
    );
    expect(rows).toHaveLength(bookings.filter((b) => !b.errors).length);
    expect(rows.every((r) => r.status === 'CANCELLED' && r.cancellation_reason === 'OFFERER')).toBe(
      true,
    );
    const spent = await api.sql<{ spent_cents: number }>(
      'select spent_cents from deposit where id = any($1::int[])',
      [`{${young.map((y) => y.depositId).join(',')}}`],
    );
    expect(spent.every((d) => d.spent_cents === 0)).toBe(true);
    expect(await ledgerViolations(api)).toBe(0);
  });
});

describe('the database itself', () => {
  itWithRowLocks('refuses two concurrent inserts that together cross 2,500 stocks', async () => {
    const { offerId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 0,
      beginsAt: new Date(Date.now() + 30 * DAY),
    });
    const insert = `insert into stock (offer_id, price_cents, begins_at)
      select $1, 0, now() + make_interval(days => $2 + n) from generate_series(1, 1300) n`;
    // The first transaction inserts and stays open; the second inserts meanwhile.
    let commitFirst!: () => void;
    const firstCommitted = new Promise<void>((resolve) => {
      commitFirst = resolve;
    });
    let firstInserted!: () => void;
    const firstHasInserted = new Promise<void>((resolve) => {
      firstInserted = resolve;
    });
    const first = api.server.db.withConnection(async (client) => {
      await client.query('begin');
      await client.query(insert, [offerId, 100]);
      firstInserted();
      await firstCommitted;
      await client.query('commit');
    });
    await firstHasInserted;
    const second = api.server.db
      .transaction((tx) => tx.query(insert, [offerId, 2_000]))
      .then(
        () => 'committed',
        (error: unknown) => String(error),
      );
    await new Promise((resolve) => setTimeout(resolve, 300));
    commitFirst();
    await first;
    expect(await second).toMatch(/more than 2500 stocks/);
    const [row] = await api.sql<{ n: number }>(
      'select count(*)::int as n from stock where offer_id = $1',
      [offerId],
    );
    expect(row!.n).toBe(1_301);
  });
});

describe('ownership', () => {
  it("is NOT_FOUND for a pro of another offerer on this pro's offers and stocks", async () => {
    const { offerId, stockId } = await insertOfferWithStock(api, venueId, {
      subcategoryId: 'CONCERT',
      priceCents: 0,
      beginsAt: new Date(Date.now() + 30 * DAY),
    });
    const attempts: [string, Record<string, unknown>][] = [
      [OFFER, { id: String(offerId) }],
      [UPDATE, { id: String(offerId), i: { name: 'Volée', isDuo: false } }],
      [PUBLISH, { id: String(offerId) }],
      [ACTIVE, { id: String(offerId), a: false }],
      [DUPLICATE, { id: String(offerId) }],
      [
        ADD_STOCKS,
        { id: String(offerId), i: { priceCents: 0, dates: [`${YEAR}-01-01T10:00:00Z`] } },
      ],
      [UPDATE_STOCK, { id: String(stockId), i: { priceCents: 1, quantity: 1 } }],
      [DELETE_STOCK, { id: String(stockId), c: true }],
      [DRAFT, { i: concert() }],
    ];
    for (const [query, variables] of attempts) {
      const res = await api.gql(query, variables, { token: otherProToken });
      expect(errorCode(res), query).toBe('NOT_FOUND');
    }
    const [untouched] = await api.sql<{ is_active: boolean; n: number }>(
      'select o.is_active, (select count(*)::int from stock where offer_id = o.id and not is_soft_deleted) as n from offer o where o.id = $1',
      [offerId],
    );
    expect(untouched).toEqual({ is_active: true, n: 1 });
  });

  it('is FORBIDDEN to young people', async () => {
    const young = await insertBeneficiary(api, 'jeune-offres@exemple.fr');
    expect(errorCode(await api.gql(OFFERS, {}, { token: young.token }))).toBe('FORBIDDEN');
  });
});

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
