/**
 * Offers and stocks of the national-scale seed, generated batch by batch and
 * written with one `unnest` insert per table and batch. Offers reuse the demo's
 * French templates (names, descriptions, prices, quantities, start times) and
 * the subcategories each venue type publishes; digital offers go to virtual
 * venues. Events get dated stocks over the next 90 days, things one stock.
 */
import { SUBCATEGORIES, type SubcategoryDefinition } from '../src/modules/catalog/categories.js';
import { ValidationStatus } from '../src/modules/catalog/offer.entity.js';
import { OffererStatus } from '../src/modules/catalog/offerer.entity.js';
import type { VenueType } from '../src/modules/catalog/venue-types.js';
import { DEPARTMENTS } from '../src/modules/territory/departments.js';
import { OFFER_TEMPLATES, SUBCATEGORIES_BY_VENUE_TYPE, type OfferTemplate } from './demo-offers.js';
import type { Random } from './random.js';
import {
  addDays,
  DAY_MS,
  HOUR_MS,
  localDateOf,
  PARIS_TIME_ZONE,
  zonedTime,
} from '../src/shared/time.js';
import type { CataloguePlan, VenuePlan } from './scale-catalogue.js';
import { timeZoneOfDepartment } from '../src/shared/time-zones.js';
import {
  fromEpoch,
  IdPool,
  insertRows,
  Pipeline,
  type InsertSpec,
  type Queryable,
} from './scale-sql.js';
import { apportion, shuffleInPlace, WeightedPicker } from './scale-weights.js';

/** Share of the offers that are digital (at virtual venues). */
const DIGITAL_OFFER_SHARE = 0.06;
/** Stocks per offer on average: things have one, events make up the rest. */
const STOCKS_PER_OFFER = 2;
const MAX_STOCKS_PER_EVENT = 60;
const EVENT_HORIZON_DAYS = 90;
const FREE_OFFER_SHARE = 0.1;
const MAX_PRICE_CENTS = 15_000;
const SOFT_DELETED_SHARE = 0.01;

export const SUBCATEGORY_INDEX = new Map(SUBCATEGORIES.map((s, i) => [s.id, i]));
export const DEPARTMENT_INDEX = new Map(DEPARTMENTS.map(([code], i) => [code, i]));

function templateOf(subcategoryId: string): OfferTemplate {
  const template = OFFER_TEMPLATES[subcategoryId];
  if (!template) throw new Error(`Scale seed: no offer template for ${subcategoryId}`);
  return template;
}

const PICKERS_BY_VENUE_TYPE = new Map(
  (Object.keys(SUBCATEGORIES_BY_VENUE_TYPE) as VenueType[]).map((type) => [
    type,
    WeightedPicker.fromRecord(SUBCATEGORIES_BY_VENUE_TYPE[type]),
  ]),
);

/** Probability that an offer of a physical venue of this type is an event. */
function eventShare(type: VenueType): number {
  const weights = Object.entries(SUBCATEGORIES_BY_VENUE_TYPE[type]);
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  const events = weights
    .filter(([id]) => SUBCATEGORIES[SUBCATEGORY_INDEX.get(id)!]!.isEvent)
    .reduce((sum, [, w]) => sum + w, 0);
  return events / total;
}

// ---------------------------------------------------------------- stocks open to bookings

/**
 * The stocks a beneficiary may book (offer approved and active, offerer
 * validated, stock not withdrawn), kept in typed arrays for the booking phase.
 */
export class BookableStocks {
  length = 0;
  stockId = new Int32Array(1024);
  offerId = new Int32Array(1024);
  priceCents = new Int32Array(1024);
  /** Places left; -1: unlimited. */
  remaining = new Int32Array(1024);
  /** Event start in epoch seconds; 0 for things. */
  beginsAt = new Float64Array(1024);
  createdAt = new Float64Array(1024);
  subcategory = new Uint8Array(1024);
  /** Index in DEPARTMENTS; -1 for digital offers. */
  department = new Int16Array(1024);
  duo = new Uint8Array(1024);

  add(stock: StockRow, offer: OfferRow, venue: VenuePlan): void {
    if (this.length === this.stockId.length) this.grow();
    const i = this.length++;
    this.stockId[i] = stock.id;
    this.offerId[i] = offer.id;
    this.priceCents[i] = stock.price_cents;
    this.remaining[i] = stock.quantity ?? -1;
    this.beginsAt[i] = stock.begins_at ?? 0;
    this.createdAt[i] = stock.created_at;
    this.subcategory[i] = SUBCATEGORY_INDEX.get(offer.subcategory_id)!;
    const department = venue.place?.departmentCode;
    this.department[i] = department === undefined ? -1 : DEPARTMENT_INDEX.get(department)!;
    this.duo[i] = offer.is_duo ? 1 : 0;
  }

  private grow(): void {
    const grown = <T extends { length: number; set(a: T): void }>(
      make: (n: number) => T,
      old: T,
    ) => {
      const next = make(old.length * 2);
      next.set(old);
      return next;
    };
    this.stockId = grown((n) => new Int32Array(n), this.stockId);
    this.offerId = grown((n) => new Int32Array(n), this.offerId);
    this.priceCents = grown((n) => new Int32Array(n), this.priceCents);
    this.remaining = grown((n) => new Int32Array(n), this.remaining);
    this.beginsAt = grown((n) => new Float64Array(n), this.beginsAt);
    this.createdAt = grown((n) => new Float64Array(n), this.createdAt);
    this.subcategory = grown((n) => new Uint8Array(n), this.subcategory);
    this.department = grown((n) => new Int16Array(n), this.department);
    this.duo = grown((n) => new Uint8Array(n), this.duo);
  }
}

// ---------------------------------------------------------------- rows

interface OfferRow {
  id: number;
  venue_id: number;
  subcategory_id: string;
  name: string;
  description: string;
  /** A book's author, a concert's artist, as the demo's templates name them (search finds them). */
  author: string | null;
  performer: string | null;
  url: string | null;
  is_duo: boolean;
  is_active: boolean;
  validation: ValidationStatus;
  created_at: number;
  updated_at: number;
}

interface StockRow {
  id: number;
  offer_id: number;
  price_cents: number;
  quantity: number | null;
  begins_at: number | null;
  booking_limit_at: number | null;
  is_soft_deleted: boolean;
  created_at: number;
}

const OFFERS: InsertSpec = {
  table: 'offer',
  fields: [
    ['id', 'int'],
    ['venue_id', 'int'],
    ['subcategory_id', 'text'],
    ['name', 'text'],
    ['description', 'text'],
    ['author', 'text'],
    ['performer', 'text'],
    ['url', 'text'],
    ['is_duo', 'boolean'],
    ['is_active', 'boolean'],
    ['validation', 'text'],
    ['created_at', 'float8', fromEpoch('created_at')],
    ['updated_at', 'float8', fromEpoch('updated_at')],
  ],
};

const STOCKS: InsertSpec = {
  table: 'stock',
  fields: [
    ['id', 'int'],
    ['offer_id', 'int'],
    ['price_cents', 'int'],
    ['quantity', 'int'],
    ['begins_at', 'float8', fromEpoch('begins_at')],
    ['booking_limit_at', 'float8', fromEpoch('booking_limit_at')],
    ['is_soft_deleted', 'boolean'],
    ['created_at', 'float8', fromEpoch('created_at')],
  ],
};

// ---------------------------------------------------------------- local times

/** Instants of local wall-clock times `dayOffset` days from today, per time zone (cached). */
class LocalClock {
  private readonly days = new Map<string, { wallMidnight: number; offsetMs: number }>();

  constructor(private readonly now: Date) {}

  /** Epoch milliseconds of `hour`:`minute` on that local day. */
  at(timeZone: string, dayOffset: number, hour: number, minute: number): number {
    const key = `${timeZone}|${dayOffset}`;
    let day = this.days.get(key);
    if (!day) {
      const date = addDays(localDateOf(this.now, timeZone), dayOffset);
      const wallMidnight = Date.UTC(date.year, date.month - 1, date.day);
      // Offset at noon: right for every time after the night's DST change.
      const noon = zonedTime(date, 12, 0, timeZone).getTime();
      day = { wallMidnight, offsetMs: wallMidnight + 12 * HOUR_MS - noon };
      this.days.set(key, day);
    }
    return day.wallMidnight + hour * HOUR_MS + minute * 60_000 - day.offsetMs;
  }
}

// ---------------------------------------------------------------- generation

interface OfferGenerationContext {
  random: Random;
  now: number;
  clock: LocalClock;
  season: string;
  year: number;
  /** Parameter of the exponential draw of extra dates per event. */
  extraDatesMean: number;
  bookable: BookableStocks | null;
}

/** Most offers are approved and active; a few wait, were refused, or were switched off. */
function drawModeration(random: Random): Pick<OfferRow, 'validation' | 'is_active'> {
  const draw = random.float();
  if (draw < 0.01) return { validation: ValidationStatus.DRAFT, is_active: true };
  if (draw < 0.02) return { validation: ValidationStatus.PENDING, is_active: true };
  if (draw < 0.025) return { validation: ValidationStatus.REJECTED, is_active: false };
  return { validation: ValidationStatus.APPROVED, is_active: !random.chance(0.005) };
}

/** A price in cents: free for ~10 % of offers, otherwise the template's, at most 150 €. */
function drawPrice(random: Random, template: OfferTemplate): number {
  if (random.chance(FREE_OFFER_SHARE)) return 0;
  for (let attempt = 0; attempt < 5; attempt++) {
    const price = template.price(random);
    if (price > 0) return Math.min(price, MAX_PRICE_CENTS);
  }
  return 500;
}

function drawQuantity(random: Random, template: OfferTemplate): number | null {
  if (random.chance(template.unlimitedChance)) return null;
  return random.int(template.quantity[0], template.quantity[1]);
}

function pickSubcategory(random: Random, venue: VenuePlan): SubcategoryDefinition {
  const id = venue.isVirtual
    ? random.pick(venue.offerer.kind.digitalSubcategories)
    : PICKERS_BY_VENUE_TYPE.get(venue.venueType)!.pick(random);
  return SUBCATEGORIES[SUBCATEGORY_INDEX.get(id)!]!;
}

function makeOffer(
  ctx: OfferGenerationContext,
  id: number,
  venue: VenuePlan,
  subcategory: SubcategoryDefinition,
): OfferRow {
  const r = ctx.random;
  const content = templateOf(subcategory.id).content(r, {
    venueName: venue.publicName,
    city: venue.place?.city ?? null,
    season: ctx.season,
    year: ctx.year,
    pickupDays: subcategory.bookingExpiryDays ?? 30,
  });
  const from = Math.max(venue.createdAt, ctx.now - 365 * DAY_MS);
  const createdAt = Math.floor(from + r.float() * (ctx.now - HOUR_MS - from));
  return {
    id,
    venue_id: venue.id,
    subcategory_id: subcategory.id,
    name: content.name.slice(0, 140),
    description: content.description,
    author: content.author ?? null,
    performer: content.performer ?? null,
    url: subcategory.isDigital ? `https://${venue.offerer.slug}.example/offres/${id}` : null,
    is_duo: subcategory.isEvent && subcategory.canBeDuo && r.chance(1 / 3),
    ...drawModeration(r),
    created_at: createdAt / 1000,
    updated_at: createdAt / 1000,
  };
}

type NewStock = Omit<StockRow, 'id'>;

/** The thing's single stock; some have a booking deadline a few months ahead. */
function thingStock(
  ctx: OfferGenerationContext,
  template: OfferTemplate,
  timeZone: string,
): Pick<StockRow, 'quantity' | 'begins_at' | 'booking_limit_at' | 'is_soft_deleted'> {
  const r = ctx.random;
  const limit = r.chance(0.08) ? ctx.clock.at(timeZone, r.int(30, 180), 23, 59) / 1000 : null;
  return {
    quantity: drawQuantity(r, template),
    begins_at: null,
    booking_limit_at: limit,
    is_soft_deleted: r.chance(SOFT_DELETED_SHARE),
  };
}

/** Distinct dates over the next 90 days; the booking limit is the default one or the start. */
function eventDates(
  ctx: OfferGenerationContext,
  template: OfferTemplate,
  timeZone: string,
): Array<{ beginsAt: number; bookingLimitAt: number }> {
  const r = ctx.random;
  const extra = Math.floor(-Math.log(1 - r.float()) * ctx.extraDatesMean);
  const count = Math.min(MAX_STOCKS_PER_EVENT, 1 + extra);
  const startTimes = template.startTimes ?? [[20, 0]];
  const seen = new Set<string>();
  const dates: Array<{ beginsAt: number; bookingLimitAt: number }> = [];
  for (let attempt = 0; dates.length < count && attempt < count * 3; attempt++) {
    const day = r.int(1, EVENT_HORIZON_DAYS);
    const [hour, minute] = r.pick(startTimes);
    const key = `${day}|${hour}|${minute}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const beginsAt = ctx.clock.at(timeZone, day, hour, minute);
    // Default: the event day at 23:59 minus 3 days; until the start for near or open events.
    const bookingLimitAt =
      day >= 4 && !r.chance(0.3) ? ctx.clock.at(timeZone, day - 3, 23, 59) : beginsAt;
    dates.push({ beginsAt, bookingLimitAt: Math.min(bookingLimitAt, beginsAt) });
  }
  return dates.sort((a, b) => a.beginsAt - b.beginsAt);
}

function makeStocks(
  ctx: OfferGenerationContext,
  offer: OfferRow,
  venue: VenuePlan,
  subcategory: SubcategoryDefinition,
): NewStock[] {
  const r = ctx.random;
  const template = templateOf(subcategory.id);
  const price = drawPrice(r, template);
  const timeZone = timeZoneOfDepartment(venue.place?.departmentCode ?? '75');
  const base = { offer_id: offer.id, price_cents: price, created_at: offer.created_at };
  if (!subcategory.isEvent) return [{ ...base, ...thingStock(ctx, template, timeZone) }];
  return eventDates(ctx, template, timeZone).map(({ beginsAt, bookingLimitAt }) => ({
    ...base,
    quantity: drawQuantity(r, template),
    begins_at: beginsAt / 1000,
    booking_limit_at: bookingLimitAt / 1000,
    is_soft_deleted: r.chance(SOFT_DELETED_SHARE),
  }));
}

/** Remembers the open stocks of bookable offers (with places) for the booking phase. */
function recordBookable(
  bookable: BookableStocks,
  offers: readonly OfferRow[],
  stocks: readonly StockRow[],
  bookableOffers: ReadonlySet<number>,
  venueOf: ReadonlyMap<number, VenuePlan>,
): void {
  const offersById = new Map(offers.map((offer) => [offer.id, offer]));
  for (const stock of stocks) {
    if (stock.is_soft_deleted || stock.quantity === 0 || !bookableOffers.has(stock.offer_id)) {
      continue;
    }
    bookable.add(stock, offersById.get(stock.offer_id)!, venueOf.get(stock.offer_id)!);
  }
}

function isBookable(offer: OfferRow, venue: VenuePlan): boolean {
  return (
    offer.validation === ValidationStatus.APPROVED &&
    offer.is_active &&
    venue.offerer.status === OffererStatus.VALIDATED
  );
}

// ---------------------------------------------------------------- planning and writing

/** How many offers each venue publishes: exactly `offers` in all, ~6 % digital. */
export function offerCountsByVenue(plan: CataloguePlan, offers: number): Int32Array {
  const virtualWeights = plan.venues.map((v) => (v.isVirtual ? v.offerWeight : 0));
  const physicalWeights = plan.venues.map((v) => (v.isVirtual ? 0 : v.offerWeight));
  const hasDigital = virtualWeights.some((w) => w > 0);
  const digital = hasDigital ? Math.round(offers * DIGITAL_OFFER_SHARE) : 0;
  const counts = apportion(offers - digital, physicalWeights);
  const digitalCounts = apportion(digital, virtualWeights);
  return counts.map((count, i) => count + digitalCounts[i]!);
}

/** Mean of the exponential that gives `STOCKS_PER_OFFER` stocks per offer on average. */
function extraDatesMean(plan: CataloguePlan, counts: Int32Array): number {
  let offers = 0;
  let events = 0;
  plan.venues.forEach((venue, i) => {
    offers += counts[i]!;
    if (!venue.isVirtual) events += counts[i]! * eventShare(venue.venueType);
  });
  if (events === 0) return 0;
  const wanted = 1 + (offers * (STOCKS_PER_OFFER - 1)) / events;
  // E[floor(X)] = 1 / (e^(1/mu) - 1) for X exponential of mean mu.
  return wanted <= 1 ? 0 : 1 / Math.log(1 + 1 / (wanted - 1));
}

/** Venue indices, each repeated by its offer count, shuffled: offers come in no venue order. */
function offerVenueOrder(random: Random, counts: Int32Array): Int32Array {
  const total = counts.reduce((sum, c) => sum + c, 0);
  const order = new Int32Array(total);
  let k = 0;
  counts.forEach((count, venue) => order.fill(venue, k, (k += count)));
  shuffleInPlace(random, order);
  return order;
}

function seasonOf(now: Date): { season: string; year: number } {
  const today = localDateOf(now, PARIS_TIME_ZONE);
  const startYear = today.month >= 8 ? today.year : today.year - 1;
  return { season: `${startYear}-${startYear + 1}`, year: today.year };
}

export interface OfferWriteResult {
  offers: number;
  stocks: number;
}

/** Generates and writes every offer and its stocks, `batchSize` offers per statement. */
export async function writeOffersAndStocks(
  db: Queryable,
  options: {
    plan: CataloguePlan;
    offers: number;
    random: Random;
    now: Date;
    batchSize: number;
    bookable: BookableStocks | null;
    onProgress: (offers: number, stocks: number) => void;
  },
): Promise<OfferWriteResult> {
  const { plan, random, now, batchSize } = options;
  const counts = offerCountsByVenue(plan, options.offers);
  const order = offerVenueOrder(random, counts);
  const ctx: OfferGenerationContext = {
    random,
    now: now.getTime(),
    clock: new LocalClock(now),
    ...seasonOf(now),
    extraDatesMean: extraDatesMean(plan, counts),
    bookable: options.bookable,
  };
  const offerIds = new IdPool(db, 'offer', 0);
  const stockIds = new IdPool(db, 'stock', 0);
  await offerIds.reserve(order.length);

  const pipeline = new Pipeline();
  let offersWritten = 0;
  let stocksWritten = 0;
  for (let start = 0; start < order.length; start += batchSize) {
    const end = Math.min(order.length, start + batchSize);
    const offers: OfferRow[] = [];
    const newStocks: NewStock[] = [];
    const bookableOffers = new Set<number>();
    const venueOf = new Map<number, VenuePlan>();
    for (let k = start; k < end; k++) {
      const venue = plan.venues[order[k]!]!;
      const subcategory = pickSubcategory(random, venue);
      const offer = makeOffer(ctx, offerIds.take(), venue, subcategory);
      offers.push(offer);
      newStocks.push(...makeStocks(ctx, offer, venue, subcategory));
      if (ctx.bookable && isBookable(offer, venue)) {
        bookableOffers.add(offer.id);
        venueOf.set(offer.id, venue);
      }
    }
    // Ids are taken once the batch is built: no sequence value is wasted.
    await stockIds.reserve(newStocks.length);
    const stocks: StockRow[] = newStocks.map((stock) => ({ id: stockIds.take(), ...stock }));
    if (ctx.bookable) recordBookable(ctx.bookable, offers, stocks, bookableOffers, venueOf);
    await pipeline.push(async () => {
      await insertRows(db, OFFERS, offers);
      await insertRows(db, STOCKS, stocks);
      offersWritten += offers.length;
      stocksWritten += stocks.length;
      options.onProgress(offersWritten, stocksWritten);
    });
  }
  await pipeline.drain();
  return { offers: offersWritten, stocks: stocksWritten };
}
