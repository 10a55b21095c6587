import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithRowLocks } from '../support/database.js';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  insertBeneficiary,
  insertBooking,
  insertOfferWithStock,
  insertStock,
} from '../support/fixtures.js';
import {
  isOfferVisible,
  isStockBookable,
  type StockBookabilityFacts,
} from '../../src/modules/catalog/visibility.js';
import {
  refreshExpiredSearchRows,
  reorderSearchPages,
} from '../../src/modules/search/search.queries.js';

/**
 * The search table holds exactly the offers young people can see and book now (the rule of
 * catalog/visibility.ts), whatever writes made them so: checked on generated offers, stocks,
 * venues and offerers written through the real tables and their triggers, then changed.
 */

let api: TestServer;
let sirens = 520_000_000;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(async () => {
  await api?.close();
});

const MINUTE = 60_000;

/** Instants well away from now (the triggers read the clock; a test must not race it). */
const instant = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 5, max: 3 * 24 * 60 }).map((m) => m * MINUTE),
  fc.integer({ min: -3 * 24 * 60, max: -5 }).map((m) => m * MINUTE),
);

const stockFacts = fc
  .record({
    isSoftDeleted: fc.boolean(),
    limitIn: instant,
    beginsIn: instant,
    quantity: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    priceCents: fc.integer({ min: 0, max: 5_000 }),
  })
  // The database refuses a booking limit after the start.
  .filter((s) => s.limitIn === null || s.beginsIn === null || s.limitIn <= s.beginsIn);

const offerFacts = fc.record({
  validation: fc.constantFrom('DRAFT', 'PENDING', 'APPROVED', 'APPROVED', 'REJECTED'),
  isActive: fc.boolean(),
  digital: fc.boolean(),
  stocks: fc.array(stockFacts, { maxLength: 3 }),
});

const caseFacts = fc.record({
  offererStatus: fc.constantFrom('NEW', 'VALIDATED', 'VALIDATED', 'REJECTED'),
  offers: fc.array(offerFacts, { minLength: 1, maxLength: 5 }),
  /** Then: the offerer's new status, offers switched on or off, stocks deleted. */
  thenStatus: fc.constantFrom('NEW', 'VALIDATED', 'REJECTED'),
  thenFlip: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  thenDeleteStock: fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
});

interface Written {
  offerId: number;
  validation: string;
  isActive: boolean;
  stocks: { id: number; facts: StockBookabilityFacts; priceCents: number }[];
}

function expected(status: string, offers: Written[], now: Date): Map<number, number> {
  const members = new Map<number, number>();
  for (const o of offers) {
    const visible = isOfferVisible({
      validation: o.validation,
      isActive: o.isActive,
      offererValidated: status === 'VALIDATED',
    });
    const bookable = o.stocks.filter((s) => isStockBookable(s.facts, now));
    if (visible && bookable.length > 0) {
      members.set(o.offerId, Math.min(...bookable.map((s) => s.priceCents)));
    }
  }
  return members;
}

/** offer_search's columns but its text, as the page table mirrors them. */
const PAGE_COLUMNS = `offer_id, venue_id, location::text, subcategory_id, category_id, is_duo,
  motor_accessible, visual_accessible, hearing_accessible, mental_accessible, min_price_cents,
  max_price_cents, first_begins_at, last_begins_at, next_deadline, name`;

/** The rows of these offers that differ between offer_search and its page table (both ways). */
async function pageDifferences(offerIds: number[] | null): Promise<unknown[]> {
  const only = offerIds ? 'where offer_id = any($1::int[])' : '';
  const values = offerIds ? [offerIds] : [];
  return api.sql(
    `(select 'search' as side, * from (select ${PAGE_COLUMNS} from offer_search ${only}
        except all select ${PAGE_COLUMNS} from offer_search_page ${only}) a)
     union all
     (select 'page', * from (select ${PAGE_COLUMNS} from offer_search_page ${only}
        except all select ${PAGE_COLUMNS} from offer_search ${only}) b)`,
    values,
  );
}

async function actual(offerIds: number[]): Promise<Map<number, number>> {
  // Searches without text read the page table: it must say the same in the same transaction.
  expect(await pageDifferences(offerIds)).toEqual([]);
  const rows = await api.sql<{ offer_id: number; min_price_cents: number }>(
    `select offer_id, min_price_cents from offer_search
      where offer_id = any($1::int[]) and (next_deadline is null or next_deadline > now())`,
    [offerIds],
  );
  return new Map(rows.map((r) => [r.offer_id, r.min_price_cents]));
}

describe('the search table', () => {
  it('holds exactly the visible offers with a bookable stock, through every write', async () => {
    await fc.assert(
      fc.asyncProperty(caseFacts, async (c) => {
        const [offerer] = await api.sql<{ id: number }>(
          `insert into offerer (siren, name, status) values ($1, 'O', $2) returning id`,
          [String(sirens++), c.offererStatus],
        );
        const [place] = await api.sql<{ id: number }>(
          `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type)
           values ($1, $2, 'Lieu', '35000', 'Rennes', '35', 'SRID=4326;POINT(-1.68 48.11)', 'OTHER') returning id`,
          [offerer!.id, `${sirens++}00011`],
        );
        const [online] = await api.sql<{ id: number }>(
          `insert into venue (offerer_id, name, venue_type, is_virtual) values ($1, 'En ligne', 'DIGITAL', true) returning id`,
          [offerer!.id],
        );
        const offers: Written[] = [];
        for (const o of c.offers) {
          const [offer] = await api.sql<{ id: number }>(
            `insert into offer (venue_id, subcategory_id, name, validation, is_active)
             values ($1, $2, 'Offre', $3, $4) returning id`,
            [
              o.digital ? online!.id : place!.id,
              o.digital ? 'VOD' : 'CONCERT',
              o.validation,
              o.isActive,
            ],
          );
          const stocks: Written['stocks'] = [];
          for (const s of o.stocks) {
            const at = (ms: number | null) => (ms === null ? null : new Date(Date.now() + ms));
            const facts = {
              isSoftDeleted: s.isSoftDeleted,
              bookingLimitAt: at(s.limitIn),
              beginsAt: at(s.beginsIn),
              quantity: s.quantity,
              bookedQuantity: 0,
            };
            const id = await insertStock(api, offer!.id, { ...facts, priceCents: s.priceCents });
            stocks.push({ id, facts, priceCents: s.priceCents });
          }
          offers.push({
            offerId: offer!.id,
            validation: o.validation,
            isActive: o.isActive,
            stocks,
          });
        }
        const ids = offers.map((o) => o.offerId);
        expect(await actual(ids)).toEqual(expected(c.offererStatus, offers, new Date()));

        // Then the offerer's status, some offers' active flags and some stocks change.
        await api.sql('update offerer set status = $2 where id = $1', [offerer!.id, c.thenStatus]);
        for (const [i, o] of offers.entries()) {
          if (c.thenFlip[i]) {
            o.isActive = !o.isActive;
            await api.sql('update offer set is_active = $2 where id = $1', [o.offerId, o.isActive]);
          }
        }
        const all = offers.flatMap((o) => o.stocks);
        const deleted = all.filter((_, i) => c.thenDeleteStock[i]);
        if (deleted.length > 0) {
          await api.sql('update stock set is_soft_deleted = true where id = any($1::int[])', [
            deleted.map((s) => s.id),
          ]);
          for (const s of deleted) s.facts = { ...s.facts, isSoftDeleted: true };
        }
        expect(await actual(ids)).toEqual(expected(c.thenStatus, offers, new Date()));
      }),
      { numRuns: 30 },
    );
  });

  it('keeps its rollups equal to counts over its rows', async () => {
    const venueCounts = await api.sql(
      `select venue_id, subcategory_id, offers from offer_search_venue_count
       except
       select venue_id, subcategory_id, count(*)::int from offer_search group by 1, 2`,
    );
    expect(venueCounts).toEqual([]);
    const [sums] = await api.sql<{ a: number; b: number }>(
      `select (select coalesce(sum(offers), 0)::int from offer_search_venue_count) as a,
              (select count(*)::int from offer_search) as b`,
    );
    expect(sums!.a).toBe(sums!.b);
    const names = await api.sql(
      `select name_key, offers from offer_search_name
       except
       select search_fold(name), count(*)::int from offer_search group by 1`,
    );
    expect(names).toEqual([]);
  });

  it('mirrors its rows but the text in the page table, also once reordered', async () => {
    expect(await pageDifferences(null)).toEqual([]);
    await reorderSearchPages(api.server.db);
    expect(await pageDifferences(null)).toEqual([]);
  });

  itWithRowLocks(
    'reorders the page table while searches go on, with the writes made meanwhile',
    async () => {
      const venue = await validatedVenue(BREST);
      const { offerId } = await insertOfferWithStock(api, venue.id, {
        subcategoryId: 'LIVRE_PAPIER',
        priceCents: 800,
        quantity: 5,
      });
      const { offerId: withdrawnId } = await insertOfferWithStock(api, venue.id, {
        subcategoryId: 'LIVRE_PAPIER',
        priceCents: 900,
        quantity: 5,
      });
      const around = { around: { latitude: 48.39, longitude: -4.486 }, radiusKm: 1 };
      const search = () =>
        api.gql<{ searchOffers: { edges: { node: { id: string; name: string } }[] } }>(
          'query($input: SearchOffersInput!) { searchOffers(input: $input) { edges { node { id name } } } }',
          { input: around },
        );
      const writer = new pg.Client({ connectionString: api.server.database.url });
      const reorderer = new pg.Client({ connectionString: api.server.database.url });
      await Promise.all([writer.connect(), reorderer.connect()]);
      try {
        // A write in flight (through offer_search's triggers) when the reorder copies the table.
        await writer.query('begin');
        await writer.query(`update offer set name = 'Pendant la réorganisation' where id = $1`, [
          offerId,
        ]);
        await writer.query('update offer set is_active = false where id = $1', [withdrawnId]);
        const reordered = reorderer.query('select offer_search_page_reorder()');
        reordered.catch(() => undefined);
        // The copy is made; the reorder waits for the write to end before catching up with it…
        await expect
          .poll(
            async () => {
              const [row] = await api.sql<{ waiting: number }>(
                `select count(*)::int as waiting from pg_locks
                  where relation = 'offer_search_page'::regclass and mode = 'ExclusiveLock' and not granted`,
              );
              return row!.waiting;
            },
            { timeout: 10_000 },
          )
          .toBe(1);
        // …and searches are answered meanwhile, from the table as it was.
        const during = await search();
        expect(during.errors).toBeUndefined();
        expect(during.data!.searchOffers.edges.map((e) => e.node.id)).toContain(String(offerId));
        await writer.query('commit');
        await reordered;
      } finally {
        await writer.end().catch(() => undefined);
        await reorderer.end();
      }
      expect(await pageDifferences(null)).toEqual([]);
      const [row] = await api.sql<{ name: string }>(
        'select name from offer_search_page where offer_id = $1',
        [offerId],
      );
      expect(row!.name).toBe('Pendant la réorganisation');
      expect(
        await api.sql('select 1 from offer_search_page where offer_id = $1', [withdrawnId]),
      ).toEqual([]);
      const indexes = await api.sql<{ indexname: string }>(
        `select indexname from pg_indexes where tablename = 'offer_search_page' order by 1`,
      );
      expect(indexes.map((i) => i.indexname)).toEqual([
        'offer_search_page_category_location_gist',
        'offer_search_page_digital_index',
        'offer_search_page_geohash_index',
        'offer_search_page_location_gist',
        'offer_search_page_pkey',
      ]);
      // Statements the api prepared on the old table now read the new one.
      const after = await search();
      expect(
        after.data!.searchOffers.edges.find((e) => e.node.id === String(offerId))?.node.name,
      ).toBe('Pendant la réorganisation');
      // Again, in a session that already ran it once (plans cached on the dropped table).
      await reorderSearchPages(api.server.db);
      await reorderSearchPages(api.server.db);
      expect(await pageDifferences(null)).toEqual([]);
    },
  );

  it('drops an offer at once when its last place is booked, and brings it back on cancel', async () => {
    const venue = await validatedVenue(RENNES);
    const { offerId, stockId } = await insertOfferWithStock(api, venue.id, {
      subcategoryId: 'LIVRE_PAPIER',
      priceCents: 0,
      quantity: 1,
    });
    expect((await actual([offerId])).has(offerId)).toBe(true);
    const { userId, depositId } = await insertBeneficiary(api, 'lecteur@exemple.fr');
    const bookingId = await insertBooking(api, {
      userId,
      depositId,
      stockId,
      offerId,
      amountCents: 0,
    });
    expect((await actual([offerId])).has(offerId)).toBe(false);
    await api.sql(
      `update booking set status = 'CANCELLED', cancelled_at = now(), cancellation_reason = 'BENEFICIARY' where id = $1`,
      [bookingId],
    );
    expect((await actual([offerId])).has(offerId)).toBe(true);
  });

  it('skips an offer whose first stock closed, until the expiry job recomputes it', async () => {
    const venue = await validatedVenue(RENNES);
    const soon = new Date(Date.now() + 1_500);
    const later = new Date(Date.now() + 3 * 86_400_000);
    // One stock closing in a moment: the offer leaves. Two stocks: it stays, at the later price.
    const single = await insertOfferWithStock(api, venue.id, {
      subcategoryId: 'CONCERT',
      priceCents: 100,
      beginsAt: soon,
    });
    const double = await insertOfferWithStock(api, venue.id, {
      subcategoryId: 'CONCERT',
      priceCents: 100,
      beginsAt: soon,
    });
    await insertStock(api, double.offerId, { priceCents: 900, beginsAt: later });
    const ids = [single.offerId, double.offerId];
    expect(await actual(ids)).toEqual(
      new Map([
        [single.offerId, 100],
        [double.offerId, 100],
      ]),
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await actual(ids)).toEqual(new Map());
    expect(await refreshExpiredSearchRows(api.server.db)).toBeGreaterThanOrEqual(2);
    expect(await actual(ids)).toEqual(new Map([[double.offerId, 900]]));
    const [left] = await api.sql<{ n: number }>(
      'select count(*)::int as n from offer_search where offer_id = $1',
      [single.offerId],
    );
    expect(left!.n).toBe(0);
  });
});

const RENNES = {
  postalCode: '35000',
  city: 'Rennes',
  department: '35',
  point: 'POINT(-1.68 48.11)',
};
const BREST = {
  postalCode: '29200',
  city: 'Brest',
  department: '29',
  point: 'POINT(-4.486 48.390)',
};

/** A venue of a new validated offerer, in that town. */
async function validatedVenue(town: typeof RENNES): Promise<{ id: number }> {
  const [offerer] = await api.sql<{ id: number }>(
    `insert into offerer (siren, name, status) values ($1, 'O', 'VALIDATED') returning id`,
    [String(sirens++)],
  );
  const [venue] = await api.sql<{ id: number }>(
    `insert into venue (offerer_id, siret, name, postal_code, city, department_code, location, venue_type)
     values ($1, $2, 'Lieu', $3, $4, $5, $6, 'OTHER') returning id`,
    [
      offerer!.id,
      `${sirens++}00011`,
      town.postalCode,
      town.city,
      town.department,
      `SRID=4326;${town.point}`,
    ],
  );
  return venue!;
}
