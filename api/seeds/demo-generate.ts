/**
 * The generated part of the demo: offerers of every kind with their venues,
 * offers and stocks; young people; and their bookings.
 */
import { findSubcategory, type SubcategoryDefinition } from '../src/modules/catalog/categories.js';
import { OffererStatus } from '../src/modules/catalog/offerer.entity.js';
import { ValidationStatus } from '../src/modules/catalog/offer.entity.js';
import { BookingStatus, CancellationReason } from '../src/modules/booking/booking.entity.js';
import { ActivationStatus } from '../src/modules/identity/user.entity.js';
import { Role } from '../src/modules/identity/roles.js';
import { EXPERIMENT_DEPARTMENTS_2019 } from '../src/modules/territory/departments.js';
import {
  cancellationLimit,
  slugify,
  type BookingRequest,
  type DemoBuilder,
} from './demo-builder.js';
import {
  ADULT_FIRST_NAMES,
  CLOSED_DEPARTMENT_CITIES,
  DIGITAL_PLATFORMS,
  fillCity,
  LAST_NAMES,
  OFFERER_DEPARTMENT_WEIGHTS,
  OFFERER_PROFILES,
  PLATFORM_LEGAL_NAMES,
  REGIONAL_LAST_NAMES,
  VENUE_CITIES,
  VENUE_NAMES,
  YOUNG_FIRST_NAMES,
  type City,
  type DigitalPlatform,
  type OffererProfile,
} from './demo-data.js';
import { at, type StockRow } from './demo-model.js';
import {
  OFFER_COUNT_BY_VENUE_TYPE,
  OFFER_TEMPLATES,
  SUBCATEGORIES_BY_VENUE_TYPE,
  type OfferTemplate,
} from './demo-offers.js';
import type { Random } from './random.js';
import {
  birthDateFor,
  DAY_MS,
  HOUR_MS,
  later,
  localDateOf,
  maxDate,
  minDate,
  MINUTE_MS,
  PARIS_TIME_ZONE,
} from '../src/shared/time.js';
import type { VenueType } from '../src/modules/catalog/venue-types.js';

/** Offerers in the demo, the hand-written ones included. */
export const DEMO_OFFERER_COUNT = 60;
export const GENERATED_BENEFICIARY_COUNT = 40;

/** Generated offerers that are not validated, by rank: the admin's queue, their offers hidden. */
const GENERATED_STATUS_BY_RANK: ReadonlyMap<number, OffererStatus> = new Map([
  [6, OffererStatus.NEW],
  [17, OffererStatus.REJECTED],
  [30, OffererStatus.NEW],
]);

export interface Beneficiary {
  user: number;
  deposit: number;
}

function cityIn(departmentCode: string): readonly City[] {
  const cities = VENUE_CITIES[departmentCode];
  if (!cities) throw new Error(`Demo seed: no cities for department ${departmentCode}`);
  return cities;
}

function lastNameFor(random: Random, departmentCode: string | null): string {
  const regional = departmentCode ? REGIONAL_LAST_NAMES[departmentCode] : undefined;
  return regional && random.chance(0.35) ? random.pick(regional) : random.pick(LAST_NAMES);
}

// ---------------------------------------------------------------- catalogue

/** Digital platforms, then generated offerers until the demo has DEMO_OFFERER_COUNT. */
export function generateCatalogue(b: DemoBuilder): Map<string, number> {
  const platforms = new Map<string, number>();
  for (const platform of DIGITAL_PLATFORMS) {
    platforms.set(platform.brand, addDigitalPlatform(b, platform));
  }
  // Kinds and departments are dealt in proportion to their weights, so that a
  // small demo still covers every department and every kind of offerer.
  const profiles = dealByWeight(
    b.random,
    Object.fromEntries(OFFERER_PROFILES.map((p) => [p.key, p.weight])),
  );
  const departments = dealByWeight(b.random, OFFERER_DEPARTMENT_WEIGHTS);
  for (let rank = 0; b.data.offerers.length < DEMO_OFFERER_COUNT; rank++) {
    const profile = OFFERER_PROFILES.find((p) => p.key === profiles[rank % profiles.length])!;
    const departmentCode = departments[rank % departments.length]!;
    addGeneratedOfferer(
      b,
      profile,
      departmentCode,
      GENERATED_STATUS_BY_RANK.get(rank) ?? OffererStatus.VALIDATED,
    );
  }
  return platforms;
}

/** Every key once (shuffled), then each again as many times as its weight minus one (shuffled). */
function dealByWeight(random: Random, weights: Readonly<Record<string, number>>): string[] {
  const entries = Object.entries(weights);
  const extra = entries.flatMap(([key, weight]) =>
    Array<string>(Math.max(0, weight - 1)).fill(key),
  );
  return [...random.shuffle(entries.map(([key]) => key)), ...random.shuffle(extra)];
}

/** An online platform: a small office (activation codes) and a large digital catalogue. */
function addDigitalPlatform(b: DemoBuilder, platform: DigitalPlatform): number {
  const r = b.random;
  const city = cityIn(r.pick(['75', '75', '35', '34', '67']))[0]!;
  const createdAt = b.daysAgo(r.int(400, 1500));
  const offerer = b.addOfferer({
    name: r.pick(PLATFORM_LEGAL_NAMES).replace('{brand}', platform.brand),
    slug: b.freeSlug(platform.brand),
    status: OffererStatus.VALIDATED,
    createdAt,
  });
  b.reserveVenueName(platform.brand, city);
  const office = b.addPhysicalVenue(offerer, {
    publicName: platform.brand,
    venueType: 'DIGITAL',
    city,
    createdAt,
  });
  addVenueOffers(b, office);
  const virtualVenue = b.addVirtualVenue(offerer, createdAt);
  addDigitalOffers(b, virtualVenue, platform.subcategories, r.int(25, 40));
  addPro(b, offerer);
  return offerer;
}

interface OffererNaming {
  name: string;
  slugBase: string;
  homeCity: City;
  brand: string | null;
  mainVenueName: string;
}

/** An offerer of that kind in that department (another kind when its names are all taken there). */
function addGeneratedOfferer(
  b: DemoBuilder,
  profile: OffererProfile,
  departmentCode: string,
  status: OffererStatus,
): number {
  const r = b.random;
  let kind = profile;
  for (let attempt = 0; attempt < 50; attempt++) {
    const naming = nameOfferer(b, kind, departmentCode);
    if (!naming) {
      kind = r.pick(OFFERER_PROFILES);
      continue;
    }
    const createdAt =
      status === OffererStatus.NEW ? b.daysAgo(r.int(2, 20)) : b.daysAgo(r.int(150, 1500));
    const offerer = b.addOfferer({
      name: naming.name,
      slug: b.freeSlug(naming.slugBase),
      status,
      createdAt,
    });
    addOffererVenues(b, offerer, kind, departmentCode, naming, createdAt);
    addPro(b, offerer);
    return offerer;
  }
  throw new Error('Demo seed: ran out of offerer names');
}

/** Picks a home city and a main venue whose names are not taken yet; null when none is found. */
function nameOfferer(
  b: DemoBuilder,
  profile: OffererProfile,
  departmentCode: string,
): OffererNaming | null {
  const r = b.random;
  const mainType = profile.venueTypes[0]!;
  for (let attempt = 0; attempt < 30; attempt++) {
    const homeCity = r.pick(cityIn(departmentCode));
    const brand = profile.brands ? r.pick(profile.brands) : null;
    const mainVenueName = brand
      ? `${brand} ${homeCity.name}`
      : fillCity(r.pick(VENUE_NAMES[mainType]), homeCity.name);
    const name = fillCity(r.pick(profile.legalNames), homeCity.name)
      .replace('{venue}', mainVenueName)
      .replace('{brand}', brand ?? '');
    // One offerer per brand, per town, per main venue name: no look-alike offerers.
    const identity = brand ?? (profile.sameCity ? `town:${homeCity.postalCode}` : mainVenueName);
    if (b.isOffererIdentityTaken(identity)) continue;
    if (!b.reserveVenueName(mainVenueName, homeCity)) continue;
    b.reserveOffererIdentity(identity);
    const slugBase = brand ?? (profile.sameCity ? `ville-${homeCity.name}` : mainVenueName);
    return { name, slugBase, homeCity, brand, mainVenueName };
  }
  return null;
}

/** The offerer's physical venues (the main one first) and its virtual venue, with their offers. */
function addOffererVenues(
  b: DemoBuilder,
  offerer: number,
  profile: OffererProfile,
  departmentCode: string,
  naming: Pick<OffererNaming, 'homeCity' | 'brand' | 'mainVenueName'>,
  createdAt: Date,
): void {
  const r = b.random;
  const venueCount = r.int(profile.venueCount[0], profile.venueCount[1]);
  const venueCreatedAt = () => minDate(later(createdAt, r.int(0, 60) * DAY_MS), b.now);
  const main = b.addPhysicalVenue(offerer, {
    publicName: naming.mainVenueName,
    venueType: profile.venueTypes[0]!,
    city: naming.homeCity,
    createdAt,
  });
  addVenueOffers(b, main);
  for (let i = 1; i < venueCount; i++) {
    const planned = planVenue(b, profile, departmentCode, naming);
    if (!planned) continue;
    const venue = b.addPhysicalVenue(offerer, { ...planned, createdAt: venueCreatedAt() });
    addVenueOffers(b, venue);
  }
  const virtualVenue = b.addVirtualVenue(offerer, createdAt);
  const [min, max] = profile.digitalOfferCount;
  if (profile.digitalSubcategories.length > 0) {
    addDigitalOffers(b, virtualVenue, profile.digitalSubcategories, r.int(min, max));
  }
}

/** Tells apart two shops of a chain in the same city. */
const BRANCH_SUFFIXES = ['Centre', 'Gare', 'Nord', 'Sud', 'Les Halles'];

/** Another venue of the offerer: a type of its kind, a city nearby, a name not taken there. */
function planVenue(
  b: DemoBuilder,
  profile: OffererProfile,
  departmentCode: string,
  naming: Pick<OffererNaming, 'homeCity' | 'brand'>,
): { publicName: string; venueType: VenueType; city: City } | null {
  const r = b.random;
  for (let attempt = 0; attempt < 12; attempt++) {
    const venueType = r.pick(profile.venueTypes);
    let city = naming.homeCity;
    if (!profile.sameCity && r.chance(0.7)) {
      // Chains also open shops in other experiment departments.
      const elsewhere = naming.brand && departmentCode !== '75' && r.chance(0.3);
      city = r.pick(cityIn(elsewhere ? r.pick(EXPERIMENT_DEPARTMENTS_2019) : departmentCode));
    }
    const branch = attempt === 0 ? '' : ` ${r.pick(BRANCH_SUFFIXES)}`;
    const publicName = naming.brand
      ? `${naming.brand} ${city.name}${branch}`
      : fillCity(r.pick(VENUE_NAMES[venueType]), city.name);
    if (b.reserveVenueName(publicName, city)) return { publicName, venueType, city };
  }
  return null;
}

function addPro(b: DemoBuilder, offerer: number): number {
  const r = b.random;
  const offererRow = at(b.data.offerers, offerer);
  const firstName = r.pick(ADULT_FIRST_NAMES);
  const lastName = lastNameFor(r, null);
  const user = b.addUser({
    email: b.freeEmail(`${slugify(firstName)}.${slugify(lastName)}`, `${offererRow.slug}.test`),
    firstName,
    lastName,
    birthDate: null,
    postalCode: null,
    departmentCode: null,
    roles: [Role.PRO],
    activationStatus: null,
    activationRequestedAt: null,
    createdAt: offererRow.createdAt,
  });
  b.addMembership(user, offerer, OffererStatus.VALIDATED, offererRow.createdAt);
  return user;
}

// ---------------------------------------------------------------- offers and stocks

export function addVenueOffers(b: DemoBuilder, venue: number): void {
  const venueType = at(b.data.venues, venue).venueType;
  const [min, max] = OFFER_COUNT_BY_VENUE_TYPE[venueType];
  const count = b.random.int(min, max);
  for (let i = 0; i < count; i++) {
    addGeneratedOffer(b, venue, b.random.weighted(SUBCATEGORIES_BY_VENUE_TYPE[venueType]));
  }
}

export function addDigitalOffers(
  b: DemoBuilder,
  virtualVenue: number,
  subcategories: readonly string[],
  count: number,
): void {
  for (let i = 0; i < count; i++) addGeneratedOffer(b, virtualVenue, b.random.pick(subcategories));
}

function templateOf(subcategoryId: string): OfferTemplate {
  const template = OFFER_TEMPLATES[subcategoryId];
  if (!template) throw new Error(`Demo seed: no offer template for ${subcategoryId}`);
  return template;
}

/** Most offers are approved and active; a few wait, were refused, or were switched off. */
function drawModeration(random: Random): { validation: ValidationStatus; isActive: boolean } {
  const draw = random.float();
  if (draw < 0.015) return { validation: ValidationStatus.DRAFT, isActive: true };
  if (draw < 0.03) return { validation: ValidationStatus.PENDING, isActive: true };
  if (draw < 0.04) return { validation: ValidationStatus.REJECTED, isActive: false };
  return { validation: ValidationStatus.APPROVED, isActive: !random.chance(0.025) };
}

function addGeneratedOffer(b: DemoBuilder, venue: number, subcategoryId: string): number {
  const r = b.random;
  const subcategory = findSubcategory(subcategoryId)!;
  const template = templateOf(subcategoryId);
  const venueRow = at(b.data.venues, venue);
  const content = template.content(r, {
    venueName: venueRow.publicName ?? venueRow.name,
    city: venueRow.city,
    season: b.season,
    year: b.today.year,
    pickupDays: subcategory.bookingExpiryDays ?? 30,
  });
  const offer = b.addOffer({
    venue,
    subcategoryId,
    name: content.name,
    description: content.description,
    author: content.author ?? null,
    performer: content.performer ?? null,
    isDuo: subcategory.isEvent && subcategory.canBeDuo && r.chance(1 / 3),
    ...drawModeration(r),
    createdAt: maxDate(venueRow.createdAt, b.daysAgo(r.int(1, 180))),
  });
  addGeneratedStocks(b, offer, subcategory, template);
  return offer;
}

function drawQuantity(random: Random, template: OfferTemplate): number | null {
  if (random.chance(template.unlimitedChance)) return null;
  return random.int(template.quantity[0], template.quantity[1]);
}

/** Event dates are published from 4 days ahead, so their booking limit (day − 3) is still open. */
const DAYS_AHEAD = Array.from({ length: 57 }, (_, i) => i + 4);

/** Things: one stock without date. Events: 1-4 dates in the next 60 days, sometimes one past date. */
function addGeneratedStocks(
  b: DemoBuilder,
  offer: number,
  subcategory: SubcategoryDefinition,
  template: OfferTemplate,
): void {
  const r = b.random;
  const priceCents = template.price(r);
  if (!subcategory.isEvent) {
    const stock = b.addThingStock(offer, { priceCents, quantity: drawQuantity(r, template) });
    varyStock(b, stock);
    return;
  }
  const startTimes = template.startTimes ?? [[20, 0]];
  const days = r.sample(DAYS_AHEAD, r.int(1, 4)).sort((x, y) => x - y);
  for (const dayOffset of days) {
    const [hour, minute] = r.pick(startTimes);
    const stock = b.addEventStock(offer, {
      dayOffset,
      hour,
      minute,
      priceCents,
      quantity: drawQuantity(r, template),
    });
    varyStock(b, stock);
  }
  // A date already played, for the history of used bookings.
  const pastDay = -r.int(3, 25);
  if (r.chance(0.2) && at(b.data.offers, offer).createdAt < b.daysAgo(-pastDay + 10)) {
    const [hour, minute] = r.pick(startTimes);
    b.addEventStock(offer, {
      dayOffset: pastDay,
      hour,
      minute,
      priceCents,
      quantity: drawQuantity(r, template),
    });
  }
}

/** A few stocks are withdrawn, sold out (no places), or so small that bookings fill them. */
function varyStock(b: DemoBuilder, stock: number): void {
  const r = b.random;
  const row = at(b.data.stocks, stock);
  const draw = r.float();
  if (draw < 0.01) {
    row.isSoftDeleted = true;
  } else if (draw < 0.018) {
    row.quantity = 0;
  } else if (draw < 0.033 && canBeFilledByDemoBookings(b, row)) {
    row.quantity = r.int(1, 2);
    b.smallStocks.push(stock);
  }
}

function canBeFilledByDemoBookings(b: DemoBuilder, stock: StockRow): boolean {
  const venue = at(b.data.venues, b.venueOfOffer(stock.offer));
  return (
    b.isBookable(stock.offer) &&
    !venue.isVirtual &&
    EXPERIMENT_DEPARTMENTS_2019.includes(venue.departmentCode ?? '') &&
    (stock.beginsAt === null || stock.beginsAt > b.now)
  );
}

// ---------------------------------------------------------------- young people

/** Beneficiaries spread over the experiment departments, each with a GRANT_2019 deposit. */
export function generateBeneficiaries(b: DemoBuilder, count: number): Beneficiary[] {
  const r = b.random;
  const departments = EXPERIMENT_DEPARTMENTS_2019;
  const beneficiaries: Beneficiary[] = [];
  for (let i = 0; i < count; i++) {
    const departmentCode =
      i < departments.length * 2 ? departments[i % departments.length]! : r.pick(departments);
    const city = r.pick(cityIn(departmentCode));
    const firstName = r.pick(YOUNG_FIRST_NAMES);
    const lastName = lastNameFor(r, departmentCode);
    const grantedAt = b.daysAgo(r.int(5, 330));
    beneficiaries.push(
      b.addBeneficiary({
        email: b.freeEmail(`${slugify(firstName)}.${slugify(lastName)}`, 'exemple.test'),
        firstName,
        lastName,
        // 18 on the day the credit was granted.
        birthDate: birthDateFor(localDateOf(grantedAt, PARIS_TIME_ZONE), 18, r.int(1, 300)),
        city,
        grantedAt,
      }),
    );
  }
  return beneficiaries;
}

/**
 * Young people without credit: pre-registered in closed departments (and 17-year-olds
 * in open ones), activation requests waiting for an admin, and a few refused ones.
 */
export function generatePreRegistered(b: DemoBuilder): void {
  const r = b.random;
  const openCity = () => r.pick(cityIn(r.pick(EXPERIMENT_DEPARTMENTS_2019)));
  const groups: Array<{
    count: number;
    city: () => City;
    age: number | null;
    status: ActivationStatus;
  }> = [
    {
      count: 16,
      city: () => r.pick(CLOSED_DEPARTMENT_CITIES),
      age: null,
      status: ActivationStatus.PRE_REGISTERED,
    },
    { count: 8, city: openCity, age: 18, status: ActivationStatus.REQUESTED },
    { count: 4, city: openCity, age: 17, status: ActivationStatus.PRE_REGISTERED },
    { count: 2, city: openCity, age: 18, status: ActivationStatus.REJECTED },
  ];
  for (const group of groups) {
    for (let i = 0; i < group.count; i++) {
      addYoungWithoutCredit(b, group.city(), group.age ?? r.pick([17, 18]), group.status);
    }
  }
}

function addYoungWithoutCredit(
  b: DemoBuilder,
  city: City,
  age: number,
  status: ActivationStatus,
): number {
  const r = b.random;
  const firstName = r.pick(YOUNG_FIRST_NAMES);
  const home = b.homeOf(city);
  const lastName = lastNameFor(r, home.departmentCode);
  const requestedAt =
    status === ActivationStatus.REQUESTED
      ? b.between(b.daysAgo(12), b.daysAgo(0.1))
      : status === ActivationStatus.REJECTED
        ? b.between(b.daysAgo(60), b.daysAgo(20))
        : null;
  const createdAt = requestedAt
    ? later(requestedAt, -r.int(1, 30) * DAY_MS)
    : b.daysAgo(r.int(1, 200));
  return b.addUser({
    email: b.freeEmail(`${slugify(firstName)}.${slugify(lastName)}`, 'exemple.test'),
    firstName,
    lastName,
    birthDate: birthDateFor(b.today, age, r.int(1, age === 18 ? 300 : 360)),
    ...home,
    roles: [],
    activationStatus: status,
    activationRequestedAt: requestedAt,
    createdAt,
  });
}

// ---------------------------------------------------------------- bookings

interface BookingPools {
  byDepartment: Map<string, number[]>;
  digital: number[];
}

/** Stocks a beneficiary may have booked: of bookable offers, not withdrawn, with places. */
function bookingPools(b: DemoBuilder): BookingPools {
  const pools: BookingPools = { byDepartment: new Map(), digital: [] };
  b.data.stocks.forEach((stock, index) => {
    if (stock.isSoftDeleted || stock.quantity === 0 || !b.isBookable(stock.offer)) return;
    const venue = at(b.data.venues, b.venueOfOffer(stock.offer));
    if (venue.isVirtual) {
      pools.digital.push(index);
      return;
    }
    const department = venue.departmentCode ?? '';
    let pool = pools.byDepartment.get(department);
    if (!pool) pools.byDepartment.set(department, (pool = []));
    pool.push(index);
  });
  return pools;
}

/** A few bookings per beneficiary, mostly near home, some digital. */
export function generateBookings(b: DemoBuilder, beneficiaries: readonly Beneficiary[]): void {
  const r = b.random;
  const pools = bookingPools(b);
  for (const beneficiary of beneficiaries) {
    const department = at(b.data.users, beneficiary.user).departmentCode ?? '';
    const wanted = r.int(2, 6);
    let made = 0;
    for (let attempt = 0; attempt < wanted * 8 && made < wanted; attempt++) {
      const pool = r.chance(0.2) ? pools.digital : (pools.byDepartment.get(department) ?? []);
      if (pool.length === 0) continue;
      const request = planBooking(b, beneficiary, r.pick(pool), { mayCancel: true });
      if (!request) continue;
      b.addBooking(request);
      made++;
    }
  }
}

/** Books the small stocks up by beneficiaries of their department: sold out for real. */
export function fillSmallStocks(b: DemoBuilder, beneficiaries: readonly Beneficiary[]): void {
  const byDepartment = new Map<string, Beneficiary[]>();
  for (const beneficiary of beneficiaries) {
    const department = at(b.data.users, beneficiary.user).departmentCode ?? '';
    byDepartment.set(department, [...(byDepartment.get(department) ?? []), beneficiary]);
  }
  for (const stock of b.smallStocks) {
    const department =
      at(b.data.venues, b.venueOfOffer(at(b.data.stocks, stock).offer)).departmentCode ?? '';
    for (const beneficiary of b.random.shuffle(byDepartment.get(department) ?? [])) {
      if (b.ledger.placesLeft(stock) <= 0) break;
      const request = planBooking(b, beneficiary, stock, { mayCancel: false });
      if (request) b.addBooking(request);
    }
  }
}

/**
 * A booking the beneficiary could have made: while their deposit and the stock
 * were open, with an outcome consistent with time (used after the event,
 * expired when not collected in time); null when it does not fit.
 */
function planBooking(
  b: DemoBuilder,
  beneficiary: Beneficiary,
  stock: number,
  options: { mayCancel: boolean },
): BookingRequest | null {
  const r = b.random;
  const stockRow = at(b.data.stocks, stock);
  const offerRow = at(b.data.offers, stockRow.offer);
  const subcategory = b.subcategoryOf(stockRow.offer);
  const deposit = at(b.data.deposits, beneficiary.deposit);
  const from = later(maxDate(deposit.createdAt, stockRow.createdAt), HOUR_MS);
  let to = later(b.now, -10 * MINUTE_MS);
  if (stockRow.bookingLimitAt) to = minDate(to, stockRow.bookingLimitAt);
  if (stockRow.beginsAt) to = minDate(to, later(stockRow.beginsAt, -2 * HOUR_MS));
  if (to <= from) return null;
  const bookedAt = b.between(from, to);
  const quantity = offerRow.isDuo && r.chance(0.4) ? 2 : 1;
  const outcome = drawOutcome(b, stockRow, subcategory, bookedAt, options.mayCancel);
  const active = outcome.status !== BookingStatus.CANCELLED;
  if (
    active &&
    !b.ledger.canTake(beneficiary.user, beneficiary.deposit, stock, quantity, subcategory.capFamily)
  ) {
    return null;
  }
  return {
    user: beneficiary.user,
    deposit: beneficiary.deposit,
    stock,
    quantity,
    bookedAt,
    ...outcome,
  };
}

type Outcome = Pick<BookingRequest, 'status' | 'usedAt' | 'cancelledAt' | 'cancellationReason'>;

function drawOutcome(
  b: DemoBuilder,
  stock: StockRow,
  subcategory: SubcategoryDefinition,
  bookedAt: Date,
  mayCancel: boolean,
): Outcome {
  const r = b.random;
  const cancelled = (until: Date, reason: CancellationReason): Outcome => ({
    status: BookingStatus.CANCELLED,
    cancelledAt: b.between(bookedAt, minDate(until, b.now)),
    cancellationReason: reason,
  });
  if (stock.beginsAt) {
    if (mayCancel && r.chance(0.15)) {
      const reason = r.chance(0.8) ? CancellationReason.BENEFICIARY : CancellationReason.OFFERER;
      return cancelled(cancellationLimit(bookedAt, stock.beginsAt)!, reason);
    }
    if (stock.beginsAt < b.now) {
      // Checked in at the counter just before the show.
      return {
        status: BookingStatus.USED,
        usedAt: later(stock.beginsAt, -r.int(5, 40) * MINUTE_MS),
      };
    }
    return { status: BookingStatus.CONFIRMED };
  }
  const expiryDays = subcategory.bookingExpiryDays;
  if (expiryDays !== null && b.now.getTime() - bookedAt.getTime() > expiryDays * DAY_MS) {
    const expiresAt = later(bookedAt, expiryDays * DAY_MS);
    if (mayCancel && r.chance(0.35)) {
      return {
        status: BookingStatus.CANCELLED,
        cancelledAt: expiresAt,
        cancellationReason: CancellationReason.EXPIRED,
      };
    }
    return { status: BookingStatus.USED, usedAt: b.between(bookedAt, expiresAt) };
  }
  const draw = r.float();
  if (mayCancel && draw < 0.1) return cancelled(b.now, CancellationReason.BENEFICIARY);
  if (draw < 0.45) return { status: BookingStatus.USED, usedAt: b.between(bookedAt, b.now) };
  return { status: BookingStatus.CONFIRMED };
}
