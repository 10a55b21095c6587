/** Rows as the catalogue's read queries return them: plain data, no ORM entity. */

/** What the catalogue says about an offer besides its name and description. */
export interface CatalogueDetails {
  author: string | null;
  performer: string | null;
  stageDirector: string | null;
  /** EAN-13 (a book's ISBN, a record's barcode). */
  ean: string | null;
  durationMinutes: number | null;
  language: string | null;
  ageAdvice: string | null;
}

/** The CatalogueDetails of offer `o`. */
export const CATALOGUE_DETAIL_COLUMNS = `o.author, o.performer, o.stage_director as "stageDirector", o.ean,
  o.duration_minutes as "durationMinutes", o.language, o.age_advice as "ageAdvice"`;

export interface OfferRow extends CatalogueDetails {
  id: number;
  venueId: number;
  subcategoryId: string;
  name: string;
  description: string | null;
  url: string | null;
  isDuo: boolean;
  isActive: boolean;
  validation: string;
  offererValidated: boolean;
}

export interface VenueRow {
  id: number;
  offererId: number;
  name: string;
  publicName: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  departmentCode: string | null;
  latitude: number | null;
  longitude: number | null;
  venueType: string;
  isVirtual: boolean;
  motorAccessible: boolean;
  visualAccessible: boolean;
  hearingAccessible: boolean;
  mentalAccessible: boolean;
}

/** A venue as young people's queries load it: with what its visibility depends on. */
export interface PublicVenueRow extends VenueRow {
  offererValidated: boolean;
}

export interface StockRow {
  id: number;
  offerId: number;
  priceCents: number;
  quantity: number | null;
  bookedQuantity: number;
  beginsAt: Date | null;
  bookingLimitAt: Date | null;
  isSoftDeleted: boolean;
}

export const OFFER_COLUMNS = `o.id, o.venue_id as "venueId", o.subcategory_id as "subcategoryId", o.name,
  o.description, o.url, o.is_duo as "isDuo", o.is_active as "isActive", o.validation,
  (f.status = 'VALIDATED') as "offererValidated", ${CATALOGUE_DETAIL_COLUMNS}`;

export const OFFER_FROM = `offer o join venue v on v.id = o.venue_id join offerer f on f.id = v.offerer_id`;

export const VENUE_COLUMNS = `v.id, v.offerer_id as "offererId", v.name, v.public_name as "publicName", v.address,
  v.postal_code as "postalCode", v.city, v.department_code as "departmentCode",
  ST_Y(v.location::geometry) as latitude, ST_X(v.location::geometry) as longitude,
  v.venue_type as "venueType", v.is_virtual as "isVirtual", v.motor_accessible as "motorAccessible",
  v.visual_accessible as "visualAccessible", v.hearing_accessible as "hearingAccessible",
  v.mental_accessible as "mentalAccessible"`;

/** VENUE_COLUMNS and the offerer's status, for `venue v join offerer f`. */
export const PUBLIC_VENUE_COLUMNS = `${VENUE_COLUMNS}, (f.status = 'VALIDATED') as "offererValidated"`;

export const STOCK_COLUMNS = `s.id, s.offer_id as "offerId", s.price_cents as "priceCents", s.quantity,
  s.booked_quantity as "bookedQuantity", s.begins_at as "beginsAt", s.booking_limit_at as "bookingLimitAt",
  s.is_soft_deleted as "isSoftDeleted"`;

export const STOCK_DATES = ['beginsAt', 'bookingLimitAt'] as const;
