/**
 * Primitives that add consistent rows to a demo dataset: identifiers, places,
 * default booking limits, deposits copied from the grant policy, bookings kept
 * within the ledger's limits.
 */
import { findSubcategory, type SubcategoryDefinition } from '../src/modules/catalog/categories.js';
import { defaultBookingLimit } from '../src/modules/catalog/stock.rules.js';
import type { VenueType } from '../src/modules/catalog/venue-types.js';
import { OffererStatus } from '../src/modules/catalog/offerer.entity.js';
import { ValidationStatus } from '../src/modules/catalog/offer.entity.js';
import { BookingStatus, type CancellationReason } from '../src/modules/booking/booking.entity.js';
import { ActivationStatus } from '../src/modules/identity/user.entity.js';
import { Role } from '../src/modules/identity/roles.js';
import { departmentFromPostalCode } from '../src/modules/territory/departments.js';
import { timeZoneOfDepartment } from '../src/shared/time-zones.js';
import { jitterRadiusKm, STREETS, type City } from './demo-data.js';
import { BookingLedger, at, emptyDataset, type OfferRow, type UserRow } from './demo-model.js';
import { generateSiren, generateSiret, generateToken } from './identifiers.js';
import type { Random } from './random.js';
import {
  addDays,
  addMonths,
  DAY_MS,
  HOUR_MS,
  later,
  localDateOf,
  maxDate,
  minDate,
  PARIS_TIME_ZONE,
  zonedTime,
  type LocalDate,
} from '../src/shared/time.js';

/** The figures a deposit copies from its grant policy. */
export interface GrantPolicyFigures {
  code: string;
  amountCents: number;
  validityMonths: number;
  digitalCapCents: number | null;
  physicalCapCents: number | null;
}

export interface BookingRequest {
  user: number;
  deposit: number;
  stock: number;
  quantity: number;
  status: BookingStatus;
  bookedAt: Date;
  usedAt?: Date;
  cancelledAt?: Date;
  cancellationReason?: CancellationReason;
}

/** Lower-case ASCII words joined by dashes: "Cinéma L'Eden" → "cinema-l-eden". */
export function slugify(text: string): string {
  return text
    .replaceAll('œ', 'oe')
    .replaceAll('Œ', 'Oe')
    .replaceAll('æ', 'ae')
    .replaceAll('&', ' et ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export class DemoBuilder {
  readonly data = emptyDataset();
  readonly ledger = new BookingLedger(this.data);
  /** Today on the Paris wall clock. */
  readonly today: LocalDate;
  /** The cultural season around today, e.g. "2026-2027". */
  readonly season: string;
  /** Stocks of one or two places that generated bookings fill up. */
  readonly smallStocks: number[] = [];

  private readonly sirens = new Set<string>();
  private readonly sirets = new Set<string>();
  private readonly tokens = new Set<string>();
  private readonly emails = new Set<string>();
  private readonly slugs = new Set<string>();
  private readonly venueNamesByCity = new Set<string>();
  private readonly venueNamesEverywhere = new Set<string>();
  private readonly offererIdentities = new Set<string>();
  private readonly virtualVenueByOfferer = new Map<number, number>();

  constructor(
    readonly random: Random,
    readonly now: Date,
    readonly policy: GrantPolicyFigures,
  ) {
    this.today = localDateOf(now, PARIS_TIME_ZONE);
    const startYear = this.today.month >= 8 ? this.today.year : this.today.year - 1;
    this.season = `${startYear}-${startYear + 1}`;
  }

  // ------------------------------------------------------------ time

  daysAgo(days: number): Date {
    return later(this.now, -days * DAY_MS);
  }

  /** A random instant in [from, to], to the second. */
  between(from: Date, to: Date): Date {
    const ms = from.getTime() + this.random.float() * (to.getTime() - from.getTime());
    return new Date(Math.floor(ms / 1000) * 1000);
  }

  // ------------------------------------------------------------ people

  isEmailTaken(email: string): boolean {
    return this.emails.has(email.toLowerCase());
  }

  /** An e-mail address not used yet: `local@domain`, or `local2@domain`, `local3@domain`... */
  freeEmail(local: string, domain: string): string {
    for (let n = 1; ; n++) {
      const email = `${local}${n === 1 ? '' : n}@${domain}`;
      if (!this.isEmailTaken(email)) return email;
    }
  }

  addUser(row: UserRow): number {
    const email = row.email.toLowerCase();
    if (this.emails.has(email)) throw new Error(`Demo seed: e-mail ${email} used twice`);
    this.emails.add(email);
    this.data.users.push({ ...row, email });
    return this.data.users.length - 1;
  }

  /** A young person's home: postal code and the department it belongs to. */
  homeOf(city: City): { postalCode: string; departmentCode: string } {
    const departmentCode = departmentFromPostalCode(city.postalCode);
    if (!departmentCode) throw new Error(`Demo seed: no department for ${city.postalCode}`);
    return { postalCode: city.postalCode, departmentCode };
  }

  /** An activated beneficiary with a deposit granted at `grantedAt`; returns both indices. */
  addBeneficiary(fields: {
    email: string;
    firstName: string;
    lastName: string;
    birthDate: string;
    city: City;
    grantedAt: Date;
  }): { user: number; deposit: number } {
    const activationRequestedAt = later(fields.grantedAt, -this.random.int(2, 72) * HOUR_MS);
    const user = this.addUser({
      email: fields.email,
      firstName: fields.firstName,
      lastName: fields.lastName,
      birthDate: fields.birthDate,
      ...this.homeOf(fields.city),
      roles: [Role.BENEFICIARY],
      activationStatus: ActivationStatus.ACTIVATED,
      activationRequestedAt,
      createdAt: later(activationRequestedAt, -this.random.int(1, 40) * DAY_MS),
    });
    return { user, deposit: this.addDeposit(user, fields.grantedAt) };
  }

  addDeposit(user: number, createdAt: Date): number {
    this.data.deposits.push({
      user,
      policyCode: this.policy.code,
      amountCents: this.policy.amountCents,
      digitalCapCents: this.policy.digitalCapCents,
      physicalCapCents: this.policy.physicalCapCents,
      createdAt,
      expiresAt: addMonths(createdAt, this.policy.validityMonths),
    });
    return this.data.deposits.length - 1;
  }

  // ------------------------------------------------------------ offerers and venues

  /** A slug not used by another offerer. */
  freeSlug(base: string): string {
    const root = slugify(base);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? root : `${root}-${n}`;
      if (!this.slugs.has(slug)) {
        this.slugs.add(slug);
        return slug;
      }
    }
  }

  addOfferer(fields: {
    name: string;
    slug: string;
    status: OffererStatus;
    createdAt: Date;
  }): number {
    const validatedAt =
      fields.status === OffererStatus.VALIDATED
        ? minDate(later(fields.createdAt, this.random.int(1, 15) * DAY_MS), this.now)
        : null;
    this.data.offerers.push({
      ...fields,
      siren: generateSiren(this.random, this.sirens),
      validatedAt,
    });
    return this.data.offerers.length - 1;
  }

  /** What makes an offerer recognisable (a brand, a town, a main venue name): one offerer each. */
  isOffererIdentityTaken(identity: string): boolean {
    return this.offererIdentities.has(identity);
  }

  reserveOffererIdentity(identity: string): void {
    this.offererIdentities.add(identity);
  }

  addMembership(user: number, offerer: number, status: OffererStatus, createdAt: Date): void {
    this.data.memberships.push({ user, offerer, status, createdAt });
  }

  /** Reserves a venue name in a city; false when that city already has a venue of that name. */
  reserveVenueName(name: string, city: City): boolean {
    const key = `${name}|${city.postalCode}|${city.name}`;
    if (this.venueNamesEverywhere.has(name) || this.venueNamesByCity.has(key)) return false;
    this.venueNamesByCity.add(key);
    return true;
  }

  /** Reserves a venue name in every city (the demo accounts' venues). */
  reserveVenueNameEverywhere(name: string): void {
    this.venueNamesEverywhere.add(name);
  }

  addPhysicalVenue(
    offerer: number,
    fields: {
      publicName: string;
      venueType: VenueType;
      city: City;
      createdAt: Date;
      street?: string;
    },
  ): number {
    const offererRow = at(this.data.offerers, offerer);
    const { postalCode, departmentCode } = this.homeOf(fields.city);
    const { latitude, longitude } = this.jitter(fields.city, jitterRadiusKm(departmentCode));
    this.data.venues.push({
      offerer,
      siret: generateSiret(this.random, offererRow.siren, this.sirets),
      name: fields.publicName,
      publicName: fields.publicName,
      address: `${this.random.int(1, 140)} ${fields.street ?? this.random.pick(STREETS)}`,
      postalCode,
      city: fields.city.name,
      departmentCode,
      latitude,
      longitude,
      venueType: fields.venueType,
      isVirtual: false,
      motorAccessible: this.random.chance(0.65),
      visualAccessible: this.random.chance(0.3),
      hearingAccessible: this.random.chance(0.35),
      mentalAccessible: this.random.chance(0.3),
      bookingEmail: `reservations@${offererRow.slug}.test`,
      createdAt: fields.createdAt,
    });
    return this.data.venues.length - 1;
  }

  /** The offerer's one venue for digital offers: no SIRET, no place. */
  addVirtualVenue(offerer: number, createdAt: Date): number {
    const offererRow = at(this.data.offerers, offerer);
    this.data.venues.push({
      offerer,
      siret: null,
      name: `${offererRow.name} — Offre numérique`,
      publicName: 'Offre numérique',
      address: null,
      postalCode: null,
      city: null,
      departmentCode: null,
      latitude: null,
      longitude: null,
      venueType: 'DIGITAL',
      isVirtual: true,
      motorAccessible: false,
      visualAccessible: false,
      hearingAccessible: false,
      mentalAccessible: false,
      bookingEmail: `numerique@${offererRow.slug}.test`,
      createdAt,
    });
    const venue = this.data.venues.length - 1;
    this.virtualVenueByOfferer.set(offerer, venue);
    return venue;
  }

  virtualVenueOf(offerer: number): number {
    const venue = this.virtualVenueByOfferer.get(offerer);
    if (venue === undefined) throw new Error(`Demo seed: offerer ${offerer} has no virtual venue`);
    return venue;
  }

  /** A point within `radiusKm` of the city centre, uniformly spread over the disc. */
  private jitter(city: City, radiusKm: number): { latitude: number; longitude: number } {
    const distanceKm = radiusKm * Math.sqrt(this.random.float());
    const angle = 2 * Math.PI * this.random.float();
    const kmPerDegree = 111.32;
    const latitude = city.latitude + (distanceKm * Math.cos(angle)) / kmPerDegree;
    const longitude =
      city.longitude +
      (distanceKm * Math.sin(angle)) / (kmPerDegree * Math.cos((city.latitude * Math.PI) / 180));
    const round = (value: number) => Math.round(value * 1e6) / 1e6;
    return { latitude: round(latitude), longitude: round(longitude) };
  }

  // ------------------------------------------------------------ offers and stocks

  subcategoryOf(offer: number): SubcategoryDefinition {
    const id = at(this.data.offers, offer).subcategoryId;
    const subcategory = findSubcategory(id);
    if (!subcategory) throw new Error(`Demo seed: unknown subcategory ${id}`);
    return subcategory;
  }

  /** Adds an offer; digital offers get a URL on their offerer's (fictitious) site. */
  addOffer(row: Omit<OfferRow, 'url'> & { url?: string }): number {
    const subcategory = findSubcategory(row.subcategoryId);
    if (!subcategory) throw new Error(`Demo seed: unknown subcategory ${row.subcategoryId}`);
    const venue = at(this.data.venues, row.venue);
    if (subcategory.isDigital !== venue.isVirtual) {
      throw new Error(`Demo seed: ${row.subcategoryId} cannot be offered at venue ${venue.name}`);
    }
    const index = this.data.offers.length;
    const slug = at(this.data.offerers, venue.offerer).slug;
    const url = subcategory.isDigital
      ? (row.url ?? `https://${slug}.example/offres/${index + 1}-${slugify(row.name).slice(0, 60)}`)
      : null;
    this.data.offers.push({ ...row, name: row.name.slice(0, 140), url });
    return index;
  }

  /** Offer is visible and bookable: approved, active, and its offerer validated. */
  isBookable(offer: number): boolean {
    const row = at(this.data.offers, offer);
    const offerer = at(this.data.offerers, at(this.data.venues, row.venue).offerer);
    return (
      row.validation === ValidationStatus.APPROVED &&
      row.isActive &&
      offerer.status === OffererStatus.VALIDATED
    );
  }

  venueOfOffer(offer: number): number {
    return at(this.data.offers, offer).venue;
  }

  addThingStock(offer: number, fields: { priceCents: number; quantity: number | null }): number {
    const createdAt = at(this.data.offers, offer).createdAt;
    return this.pushStock({ offer, ...fields, beginsAt: null, bookingLimitAt: null, createdAt });
  }

  /**
   * An event date `dayOffset` days from today at a local time of the venue;
   * the booking limit is the default one: the event day at 23:59 minus 3 days.
   */
  addEventStock(
    offer: number,
    fields: {
      dayOffset: number;
      hour: number;
      minute: number;
      priceCents: number;
      quantity: number | null;
    },
  ): number {
    const offerRow = at(this.data.offers, offer);
    const timeZone = timeZoneOfDepartment(
      at(this.data.venues, offerRow.venue).departmentCode ?? '75',
    );
    const eventDay = addDays(localDateOf(this.now, timeZone), fields.dayOffset);
    const beginsAt = zonedTime(eventDay, fields.hour, fields.minute, timeZone);
    const bookingLimitAt = defaultBookingLimit(beginsAt, timeZone);
    return this.pushStock({
      offer,
      priceCents: fields.priceCents,
      quantity: fields.quantity,
      beginsAt,
      bookingLimitAt,
      createdAt: offerRow.createdAt,
    });
  }

  private pushStock(fields: {
    offer: number;
    priceCents: number;
    quantity: number | null;
    beginsAt: Date | null;
    bookingLimitAt: Date | null;
    createdAt: Date;
  }): number {
    this.data.stocks.push({ ...fields, bookedQuantity: 0, isSoftDeleted: false });
    return this.data.stocks.length - 1;
  }

  // ------------------------------------------------------------ bookings

  /** Whether the stock still takes bookings at `instant`: limit not passed, event not started. */
  isOpenAt(stock: number, instant: Date): boolean {
    const row = at(this.data.stocks, stock);
    if (row.isSoftDeleted) return false;
    if (row.bookingLimitAt && row.bookingLimitAt.getTime() < instant.getTime()) return false;
    if (row.beginsAt && row.beginsAt.getTime() <= instant.getTime()) return false;
    return true;
  }

  /**
   * Adds a booking with its amount, cap family, token and cancellation limit.
   * A non-cancelled booking must fit the ledger (places, one per offer, wallet).
   */
  addBooking(request: BookingRequest): number {
    const stock = at(this.data.stocks, request.stock);
    const subcategory = this.subcategoryOf(stock.offer);
    const active = request.status !== BookingStatus.CANCELLED;
    this.assertBookingIsPlausible(request);
    if (active) {
      if (
        !this.ledger.canTake(
          request.user,
          request.deposit,
          request.stock,
          request.quantity,
          subcategory.capFamily,
        )
      ) {
        throw new Error(
          `Demo seed: booking of stock ${request.stock} by user ${request.user} does not fit`,
        );
      }
      this.ledger.take(
        request.user,
        request.deposit,
        request.stock,
        request.quantity,
        subcategory.capFamily,
      );
    }
    this.data.bookings.push({
      user: request.user,
      deposit: request.deposit,
      stock: request.stock,
      offer: stock.offer,
      token: generateToken(this.random, this.tokens),
      quantity: request.quantity,
      amountCents: stock.priceCents,
      capFamily: subcategory.capFamily,
      status: request.status,
      cancellationReason:
        request.status === BookingStatus.CANCELLED ? (request.cancellationReason ?? null) : null,
      bookedAt: request.bookedAt,
      cancellationLimitAt: cancellationLimit(request.bookedAt, stock.beginsAt),
      usedAt: request.status === BookingStatus.USED ? (request.usedAt ?? null) : null,
      cancelledAt:
        request.status === BookingStatus.CANCELLED ? (request.cancelledAt ?? null) : null,
    });
    return this.data.bookings.length - 1;
  }

  private assertBookingIsPlausible(request: BookingRequest): void {
    const stock = at(this.data.stocks, request.stock);
    const deposit = at(this.data.deposits, request.deposit);
    const within = (instant: Date | undefined, from: Date) =>
      !instant || (instant >= from && instant <= this.now);
    const checks: Array<[ok: boolean, problem: string]> = [
      [this.isBookable(stock.offer), 'offer not bookable'],
      [this.isOpenAt(request.stock, request.bookedAt), 'stock closed when booked'],
      [within(request.bookedAt, deposit.createdAt), 'booked outside the deposit life'],
      [request.bookedAt >= stock.createdAt, 'booked before the stock existed'],
      [deposit.user === request.user, 'deposit of another user'],
      [request.quantity === 1 || at(this.data.offers, stock.offer).isDuo, 'duo on a solo offer'],
      [request.status !== BookingStatus.USED || !!request.usedAt, 'used without usedAt'],
      [within(request.usedAt, request.bookedAt), 'usedAt out of range'],
      [
        request.status !== BookingStatus.CANCELLED ||
          !!(request.cancelledAt && request.cancellationReason),
        'cancelled without date and reason',
      ],
      [within(request.cancelledAt, request.bookedAt), 'cancelledAt out of range'],
    ];
    const problems = checks.filter(([ok]) => !ok).map(([, problem]) => problem);
    if (problems.length > 0) {
      throw new Error(
        `Demo seed: implausible booking of stock ${request.stock}: ${problems.join(', ')}`,
      );
    }
  }
}

/** Events: max(bookedAt, min(start − 48 h, bookedAt + 48 h)); things: none. */
export function cancellationLimit(bookedAt: Date, beginsAt: Date | null): Date | null {
  if (!beginsAt) return null;
  return maxDate(bookedAt, minDate(later(beginsAt, -48 * HOUR_MS), later(bookedAt, 48 * HOUR_MS)));
}
