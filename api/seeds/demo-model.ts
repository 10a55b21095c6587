/**
 * The demo data as plain rows, built in memory before anything is written.
 * Rows reference each other by their index in the dataset's arrays; the writer
 * turns indices into database ids.
 */
import type { CapFamily } from '../src/modules/catalog/categories.js';
import type { VenueType } from '../src/modules/catalog/venue-types.js';
import type { OffererStatus } from '../src/modules/catalog/offerer.entity.js';
import type { ValidationStatus } from '../src/modules/catalog/offer.entity.js';
import type { BookingStatus, CancellationReason } from '../src/modules/booking/booking.entity.js';
import type { ActivationStatus } from '../src/modules/identity/user.entity.js';
import type { Role } from '../src/modules/identity/roles.js';

export interface UserRow {
  email: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  postalCode: string | null;
  departmentCode: string | null;
  roles: Role[];
  activationStatus: ActivationStatus | null;
  activationRequestedAt: Date | null;
  createdAt: Date;
}

export interface OffererRow {
  siren: string;
  name: string;
  status: OffererStatus;
  createdAt: Date;
  validatedAt: Date | null;
  /** Used for e-mail domains and offer URLs; not stored. */
  slug: string;
}

export interface MembershipRow {
  user: number;
  offerer: number;
  status: OffererStatus;
  createdAt: Date;
}

export interface VenueRow {
  offerer: number;
  siret: string | null;
  name: string;
  publicName: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  departmentCode: string | null;
  latitude: number | null;
  longitude: number | null;
  venueType: VenueType;
  isVirtual: boolean;
  motorAccessible: boolean;
  visualAccessible: boolean;
  hearingAccessible: boolean;
  mentalAccessible: boolean;
  bookingEmail: string | null;
  createdAt: Date;
}

export interface OfferRow {
  venue: number;
  subcategoryId: string;
  name: string;
  description: string | null;
  url: string | null;
  isDuo: boolean;
  isActive: boolean;
  validation: ValidationStatus;
  createdAt: Date;
  author?: string | null;
  performer?: string | null;
}

export interface StockRow {
  offer: number;
  priceCents: number;
  quantity: number | null;
  /** Places taken by the seed's non-cancelled bookings (the database recounts them). */
  bookedQuantity: number;
  beginsAt: Date | null;
  bookingLimitAt: Date | null;
  isSoftDeleted: boolean;
  createdAt: Date;
}

export interface DepositRow {
  user: number;
  policyCode: string;
  amountCents: number;
  digitalCapCents: number | null;
  physicalCapCents: number | null;
  createdAt: Date;
  expiresAt: Date;
}

export interface BookingRow {
  user: number;
  deposit: number | null;
  stock: number;
  offer: number;
  token: string;
  quantity: number;
  amountCents: number;
  capFamily: CapFamily | null;
  status: BookingStatus;
  cancellationReason: CancellationReason | null;
  bookedAt: Date;
  cancellationLimitAt: Date | null;
  usedAt: Date | null;
  cancelledAt: Date | null;
}

export interface FavoriteRow {
  user: number;
  offer: number;
  createdAt: Date;
}

export interface DemoDataset {
  users: UserRow[];
  offerers: OffererRow[];
  memberships: MembershipRow[];
  venues: VenueRow[];
  offers: OfferRow[];
  stocks: StockRow[];
  deposits: DepositRow[];
  bookings: BookingRow[];
  favorites: FavoriteRow[];
}

export function emptyDataset(): DemoDataset {
  return {
    users: [],
    offerers: [],
    memberships: [],
    venues: [],
    offers: [],
    stocks: [],
    deposits: [],
    bookings: [],
    favorites: [],
  };
}

/** `items[index]`, or an error naming what was missing. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Demo seed: no row at index ${index}`);
  return item;
}

/** What a deposit has spent on non-cancelled bookings, in cents. */
export interface Spending {
  total: number;
  digital: number;
  physical: number;
}

/**
 * Keeps the seed's bookings within the rules the database enforces: places
 * left on the stock, one active booking per user and offer, deposit total and caps.
 */
export class BookingLedger {
  private readonly spendingByDeposit = new Map<number, Spending>();
  private readonly activeOffersByUser = new Map<number, Set<number>>();

  constructor(private readonly data: DemoDataset) {}

  spendingOf(deposit: number): Spending {
    let spending = this.spendingByDeposit.get(deposit);
    if (!spending) {
      spending = { total: 0, digital: 0, physical: 0 };
      this.spendingByDeposit.set(deposit, spending);
    }
    return spending;
  }

  hasActiveBooking(user: number, offer: number): boolean {
    return this.activeOffersByUser.get(user)?.has(offer) ?? false;
  }

  placesLeft(stock: number): number {
    const row = at(this.data.stocks, stock);
    return row.quantity === null ? Number.POSITIVE_INFINITY : row.quantity - row.bookedQuantity;
  }

  /** Whether a non-cancelled booking of `quantity` places fits the stock, the user and the deposit. */
  canTake(
    user: number,
    deposit: number,
    stock: number,
    quantity: number,
    capFamily: CapFamily | null,
  ): boolean {
    const stockRow = at(this.data.stocks, stock);
    if (this.hasActiveBooking(user, stockRow.offer)) return false;
    if (this.placesLeft(stock) < quantity) return false;
    const depositRow = at(this.data.deposits, deposit);
    const spending = this.spendingOf(deposit);
    const cost = stockRow.priceCents * quantity;
    if (spending.total + cost > depositRow.amountCents) return false;
    if (capFamily === 'DIGITAL' && depositRow.digitalCapCents !== null) {
      if (spending.digital + cost > depositRow.digitalCapCents) return false;
    }
    if (capFamily === 'PHYSICAL' && depositRow.physicalCapCents !== null) {
      if (spending.physical + cost > depositRow.physicalCapCents) return false;
    }
    return true;
  }

  /** Records a non-cancelled booking: places taken, money spent, offer booked. */
  take(
    user: number,
    deposit: number,
    stock: number,
    quantity: number,
    capFamily: CapFamily | null,
  ): void {
    const stockRow = at(this.data.stocks, stock);
    const cost = stockRow.priceCents * quantity;
    stockRow.bookedQuantity += quantity;
    const spending = this.spendingOf(deposit);
    spending.total += cost;
    if (capFamily === 'DIGITAL') spending.digital += cost;
    if (capFamily === 'PHYSICAL') spending.physical += cost;
    let offers = this.activeOffersByUser.get(user);
    if (!offers) {
      offers = new Set();
      this.activeOffersByUser.set(user, offers);
    }
    offers.add(stockRow.offer);
  }
}
