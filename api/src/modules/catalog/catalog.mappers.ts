import { findSubcategory } from './categories.js';
import type { OfferRow, StockRow, VenueRow } from './catalog.rows.js';
import type { OfferType, StockType, Subcategory, VenueType } from './catalog.types.js';
import { remainingQuantity, stockRefusal } from './stock.rules.js';

export function toOfferType(row: OfferRow): OfferType {
  const subcategory = findSubcategory(row.subcategoryId);
  return {
    id: String(row.id),
    name: row.name,
    description: row.description,
    url: row.url,
    isDuo: row.isDuo,
    isDigital: subcategory?.isDigital ?? false,
    isEvent: subcategory?.isEvent ?? false,
    venueId: row.venueId,
    subcategoryId: row.subcategoryId,
  };
}

export function toSubcategory(id: string): Subcategory {
  const s = findSubcategory(id);
  if (!s) throw new Error(`Unknown subcategory ${id}`);
  return {
    id: s.id,
    label: s.label,
    categoryId: s.categoryId,
    isEvent: s.isEvent,
    isDigital: s.isDigital,
    canBeDuo: s.canBeDuo,
  };
}

export function toVenueType(row: VenueRow): VenueType {
  return {
    id: String(row.id),
    name: row.publicName || row.name,
    address: row.address,
    postalCode: row.postalCode ?? '',
    city: row.city ?? '',
    departmentCode: row.departmentCode ?? '',
    location:
      row.latitude === null || row.longitude === null
        ? null
        : { latitude: row.latitude, longitude: row.longitude },
    venueType: row.venueType,
    isVirtual: row.isVirtual,
    accessibility: {
      motor: row.motorAccessible,
      visual: row.visualAccessible,
      hearing: row.hearingAccessible,
      mental: row.mentalAccessible,
    },
  };
}

export function toStockType(row: StockRow, now = new Date()): StockType {
  return {
    id: String(row.id),
    priceCents: row.priceCents,
    quantity: row.quantity,
    remainingQuantity: remainingQuantity(row),
    beginsAt: row.beginsAt,
    bookingLimitAt: row.bookingLimitAt,
    isBookable: stockRefusal(row, now) === null,
  };
}
