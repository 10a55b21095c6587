/**
 * The hand-written part of the demo, around the accounts people log in with: staff, the
 * demo pros' offerers, the two demo beneficiaries with their offers and bookings, the
 * pre-registered young person and the pending activation request. Who and what they are
 * is in seeds/data/demo/showcase.json; this file turns it into dataset rows.
 */
import { z } from 'zod';
import { OffererStatus } from '../src/modules/catalog/offerer.entity.js';
import { ValidationStatus } from '../src/modules/catalog/offer.entity.js';
import { VENUE_TYPES } from '../src/modules/catalog/venue-types.js';
import { BookingStatus, CancellationReason } from '../src/modules/booking/booking.entity.js';
import { ActivationStatus } from '../src/modules/identity/user.entity.js';
import { Role } from '../src/modules/identity/roles.js';
import { DEMO_EMAILS, type DemoAccountKey } from './demo-accounts.js';
import type { BookingRequest, DemoBuilder } from './demo-builder.js';
import { VENUE_CITIES, type City } from './demo-data.js';
import { addDigitalOffers, addVenueOffers, type Beneficiary } from './demo-generate.js';
import { at } from './demo-model.js';
import SHOWCASE_DATA from './data/demo/showcase.json' with { type: 'json' };
import {
  birthDateFor,
  DAY_MS,
  later,
  localDateOf,
  maxDate,
  MINUTE_MS,
  PARIS_TIME_ZONE,
} from '../src/shared/time.js';

// ---------------------------------------------------------------- the data file's shape

const daysAgo = z.number().int().min(0);
const ageSpec = z.tuple([z.number().int(), z.number().int()]);
const cityRef = z.object({ departmentCode: z.string(), name: z.string() });
/** A demo account (accounts.json) or another address. */
const person = {
  account: z.enum(Object.keys(DEMO_EMAILS) as [DemoAccountKey]).optional(),
  email: z.string().optional(),
};

const StaffSchema = z.object({
  ...person,
  firstName: z.string(),
  lastName: z.string(),
  role: z.enum([Role.ADMIN, Role.PRO]),
  createdDaysAgo: daysAgo,
});

const OffererSchema = z.object({
  name: z.string(),
  slugBase: z.string(),
  status: z.enum(OffererStatus),
  createdDaysAgo: daysAgo,
  venues: z.array(
    z.object({
      key: z.string().optional(),
      publicName: z.string(),
      venueType: z.enum(VENUE_TYPES),
      departmentCode: z.string(),
      city: z.string(),
      street: z.string(),
    }),
  ),
  digital: z.array(z.string()),
  members: z.array(z.object({ ...person, status: z.enum(OffererStatus), sinceDaysAgo: daysAgo })),
});

const StockSchema = z.object({
  priceCents: z.number().int().min(0),
  quantity: z.number().int().positive().nullable(),
  /** Events only: days from today and the local start time. */
  dayOffset: z.number().int().optional(),
  hour: z.number().int().optional(),
  minute: z.number().int().optional(),
});

/** EXPIRED: cancelled by the expiry job once the subcategory's pickup days had passed. */
const BookingSchema = z.object({
  status: z.enum(['USED', 'CONFIRMED', 'CANCELLED', 'EXPIRED']),
  quantity: z.number().int().positive().optional(),
  bookedDaysAgo: daysAgo,
  usedDaysAgo: daysAgo.optional(),
  usedMinutesAfter: z.number().int().positive().optional(),
  cancelledDaysAgo: daysAgo.optional(),
  cancellationReason: z.enum(CancellationReason).optional(),
});

const HandOfferSchema = z.object({
  /** A showcase venue's key, or the brand of a digital platform. */
  venue: z.string().optional(),
  platform: z.string().optional(),
  subcategoryId: z.string(),
  /** `{year}`: the current year. */
  name: z.string(),
  description: z.string(),
  isDuo: z.boolean().optional(),
  createdDaysAgo: daysAgo,
  stocks: z.array(StockSchema).min(1),
  /** The beneficiary's booking of the first stock. */
  booking: BookingSchema,
});

const ShowcaseSchema = z.object({
  staff: z.array(StaffSchema),
  offerers: z.array(OffererSchema),
  beneficiaries: z.array(
    z.object({
      ...person,
      firstName: z.string(),
      lastName: z.string(),
      /** [years, days]: this old today, or on the day the credit was granted. */
      ageToday: ageSpec.optional(),
      ageWhenGranted: ageSpec.optional(),
      city: cityRef,
      grantedDaysAgo: daysAgo,
      offers: z.array(HandOfferSchema),
    }),
  ),
  youngWithoutCredit: z.array(
    z.object({
      ...person,
      firstName: z.string(),
      lastName: z.string(),
      ageToday: ageSpec,
      city: cityRef,
      activationStatus: z.enum([ActivationStatus.PRE_REGISTERED, ActivationStatus.REQUESTED]),
      activationRequestedDaysAgo: daysAgo.nullable(),
      createdDaysAgo: daysAgo,
    }),
  ),
});

type ShowcaseData = z.infer<typeof ShowcaseSchema>;
type HandOffer = z.infer<typeof HandOfferSchema>;

const SHOWCASE: ShowcaseData = ShowcaseSchema.parse(SHOWCASE_DATA);

// ---------------------------------------------------------------- builders

/** The showcase venues by key, for the hand-written offers. */
export type Showcase = ReadonlyMap<string, number>;

function emailOf(who: { account?: DemoAccountKey; email?: string }): string {
  const email = who.account ? DEMO_EMAILS[who.account] : who.email;
  if (!email) throw new Error('Demo seed: showcase person without account or e-mail');
  return email;
}

function findCity(departmentCode: string, name: string): City {
  const city = VENUE_CITIES[departmentCode]?.find((c) => c.name === name);
  if (!city) throw new Error(`Demo seed: no city ${name} in ${departmentCode}`);
  return city;
}

/** The admin and the demo pros. */
function addStaff(b: DemoBuilder): Map<string, number> {
  const users = new Map<string, number>();
  for (const staff of SHOWCASE.staff) {
    const email = emailOf(staff);
    const user = b.addUser({
      email,
      firstName: staff.firstName,
      lastName: staff.lastName,
      birthDate: null,
      postalCode: null,
      departmentCode: null,
      roles: [staff.role],
      activationStatus: null,
      activationRequestedAt: null,
      createdAt: b.daysAgo(staff.createdDaysAgo),
    });
    users.set(email, user);
  }
  return users;
}

/** An offerer described by hand; its venues get generated offers like the others. */
function addHandOfferer(
  b: DemoBuilder,
  fields: ShowcaseData['offerers'][number],
  users: ReadonlyMap<string, number>,
  venuesByKey: Map<string, number>,
): void {
  const createdAt = b.daysAgo(fields.createdDaysAgo);
  const offerer = b.addOfferer({
    name: fields.name,
    slug: b.freeSlug(fields.slugBase),
    status: fields.status,
    createdAt,
  });
  for (const venue of fields.venues) {
    const city = findCity(venue.departmentCode, venue.city);
    // Demo venues keep their names to themselves, whatever the city.
    b.reserveVenueNameEverywhere(venue.publicName);
    b.reserveOffererIdentity(venue.publicName);
    const index = b.addPhysicalVenue(offerer, { ...venue, city, createdAt });
    addVenueOffers(b, index);
    if (venue.key) venuesByKey.set(venue.key, index);
  }
  const virtualVenue = b.addVirtualVenue(offerer, createdAt);
  if (fields.digital.length > 0) addDigitalOffers(b, virtualVenue, fields.digital, 6);
  for (const member of fields.members) {
    const user = users.get(emailOf(member));
    if (user === undefined) throw new Error(`Demo seed: member ${emailOf(member)} is not staff`);
    b.addMembership(user, offerer, member.status, b.daysAgo(member.sinceDaysAgo));
  }
}

/** The admin, the demo pros and their offerers (one validated in 93, one new in 94), one in Strasbourg. */
export function addStaffAndShowcaseOfferers(b: DemoBuilder): Showcase {
  const users = addStaff(b);
  const venues = new Map<string, number>();
  for (const offerer of SHOWCASE.offerers) addHandOfferer(b, offerer, users, venues);
  return venues;
}

/** The venue a hand-written offer is published at. */
function venueOf(
  b: DemoBuilder,
  offer: HandOffer,
  showcase: Showcase,
  platforms: ReadonlyMap<string, number>,
): number {
  if (offer.platform !== undefined) {
    const platform = platforms.get(offer.platform);
    if (platform === undefined) throw new Error(`Demo seed: no platform ${offer.platform}`);
    return b.virtualVenueOf(platform);
  }
  const venue = offer.venue === undefined ? undefined : showcase.get(offer.venue);
  if (venue === undefined) throw new Error(`Demo seed: no showcase venue ${offer.venue}`);
  return venue;
}

/** An approved, active offer written by hand, with its stocks; returns its first stock. */
function addHandOffer(b: DemoBuilder, venue: number, fields: HandOffer): number {
  const offer = b.addOffer({
    venue,
    subcategoryId: fields.subcategoryId,
    name: fields.name.replaceAll('{year}', String(b.today.year)),
    description: fields.description,
    isDuo: fields.isDuo ?? false,
    isActive: true,
    validation: ValidationStatus.APPROVED,
    createdAt: maxDate(at(b.data.venues, venue).createdAt, b.daysAgo(fields.createdDaysAgo)),
  });
  const stocks = fields.stocks.map(({ dayOffset, hour, minute, priceCents, quantity }) =>
    dayOffset === undefined
      ? b.addThingStock(offer, { priceCents, quantity })
      : b.addEventStock(offer, {
          dayOffset,
          hour: hour ?? 20,
          minute: minute ?? 0,
          priceCents,
          quantity,
        }),
  );
  return at(stocks, 0);
}

/** What became of a hand-written booking: its status and the dates that go with it. */
function outcomeOf(
  b: DemoBuilder,
  booking: HandOffer['booking'],
  bookedAt: Date,
  stock: number,
): Pick<BookingRequest, 'status' | 'usedAt' | 'cancelledAt' | 'cancellationReason'> {
  switch (booking.status) {
    case 'USED':
      return {
        status: BookingStatus.USED,
        usedAt:
          booking.usedMinutesAfter !== undefined
            ? later(bookedAt, booking.usedMinutesAfter * MINUTE_MS)
            : b.daysAgo(booking.usedDaysAgo ?? 0),
      };
    case 'CANCELLED':
      return {
        status: BookingStatus.CANCELLED,
        cancelledAt: b.daysAgo(booking.cancelledDaysAgo ?? 0),
        cancellationReason: booking.cancellationReason ?? CancellationReason.BENEFICIARY,
      };
    case 'EXPIRED': {
      const offer = at(b.data.stocks, stock).offer;
      const expiryDays = b.subcategoryOf(offer).bookingExpiryDays ?? 30;
      return {
        status: BookingStatus.CANCELLED,
        cancelledAt: later(bookedAt, expiryDays * DAY_MS),
        cancellationReason: CancellationReason.EXPIRED,
      };
    }
    case 'CONFIRMED':
      return { status: BookingStatus.CONFIRMED };
  }
}

/** A demo beneficiary (Camille, Léa): credit, hand-written offers and their bookings. */
function addShowcaseBeneficiary(
  b: DemoBuilder,
  fields: ShowcaseData['beneficiaries'][number],
  showcase: Showcase,
  platforms: ReadonlyMap<string, number>,
): Beneficiary {
  const grantedAt = b.daysAgo(fields.grantedDaysAgo);
  const [years, days] = fields.ageWhenGranted ?? fields.ageToday ?? [18, 0];
  const ageOn = fields.ageWhenGranted ? localDateOf(grantedAt, PARIS_TIME_ZONE) : b.today;
  const beneficiary = b.addBeneficiary({
    email: emailOf(fields),
    firstName: fields.firstName,
    lastName: fields.lastName,
    birthDate: birthDateFor(ageOn, years, days),
    city: findCity(fields.city.departmentCode, fields.city.name),
    grantedAt,
  });
  for (const offer of fields.offers) {
    const stock = addHandOffer(b, venueOf(b, offer, showcase, platforms), offer);
    const bookedAt = b.daysAgo(offer.booking.bookedDaysAgo);
    b.addBooking({
      user: beneficiary.user,
      deposit: beneficiary.deposit,
      stock,
      quantity: offer.booking.quantity ?? 1,
      bookedAt,
      ...outcomeOf(b, offer.booking, bookedAt, stock),
    });
  }
  return beneficiary;
}

/** Hugo, pre-registered in Paris (closed), and Inès, whose activation request waits in Rennes. */
function addYoungWithoutCredit(b: DemoBuilder): void {
  for (const young of SHOWCASE.youngWithoutCredit) {
    const [years, days] = young.ageToday;
    b.addUser({
      email: emailOf(young),
      firstName: young.firstName,
      lastName: young.lastName,
      birthDate: birthDateFor(b.today, years, days),
      ...b.homeOf(findCity(young.city.departmentCode, young.city.name)),
      roles: [],
      activationStatus: young.activationStatus,
      activationRequestedAt:
        young.activationRequestedDaysAgo === null
          ? null
          : b.daysAgo(young.activationRequestedDaysAgo),
      createdAt: b.daysAgo(young.createdDaysAgo),
    });
  }
}

/** The demo young people with their hand-written offers and bookings. */
export function addShowcaseYoungPeople(
  b: DemoBuilder,
  showcase: Showcase,
  platforms: ReadonlyMap<string, number>,
): Beneficiary[] {
  const beneficiaries = SHOWCASE.beneficiaries.map((fields) =>
    addShowcaseBeneficiary(b, fields, showcase, platforms),
  );
  addYoungWithoutCredit(b);
  return beneficiaries;
}

/** A few offers near Saint-Denis, and one online, that Camille keeps an eye on. */
export function addFavorites(b: DemoBuilder, beneficiary: Beneficiary): void {
  const user = at(b.data.users, beneficiary.user);
  const candidates = b.data.offers
    .map((offer, index) => ({ offer, index, venue: at(b.data.venues, offer.venue) }))
    .filter(
      ({ index }) => b.isBookable(index) && !b.ledger.hasActiveBooking(beneficiary.user, index),
    );
  const nearby = candidates.filter(({ venue }) => venue.departmentCode === user.departmentCode);
  const online = candidates.filter(({ venue }) => venue.isVirtual);
  for (const { index, offer } of [...b.random.sample(nearby, 6), ...b.random.sample(online, 1)]) {
    const from = maxDate(offer.createdAt, user.createdAt);
    b.data.favorites.push({
      user: beneficiary.user,
      offer: index,
      createdAt: b.between(from, b.now),
    });
  }
}
