import { properties, type FieldWriters } from '../../graphql/lean-path.js';
import { findSubcategory, type SubcategoryDefinition } from './categories.js';
import type { StockType, VenueType } from './catalog.types.js';

/**
 * How the lean paths (graphql/lean-path.ts) write the catalogue's types, from what their
 * resolvers return: the same properties graphql-js's default resolver would read.
 */

/** An offer's subcategory; unknown, the lean path fails and Apollo answers (with its error). */
export function knownSubcategory(id: string): SubcategoryDefinition {
  const subcategory = findSubcategory(id);
  if (!subcategory) throw new Error(`Unknown subcategory ${id}`);
  return subcategory;
}

export function subcategoryWriters(): FieldWriters<SubcategoryDefinition> {
  return properties<SubcategoryDefinition>(
    'id',
    'label',
    'categoryId',
    'isEvent',
    'isDigital',
    'canBeDuo',
    'catalogueFields',
  );
}

/** A Venue's leaf fields from a VenueType (toVenueType); `location`, `image`, `offers` are not served. */
export function venueTypeWriters(): FieldWriters<VenueType> {
  return properties<VenueType>(
    'id',
    'name',
    'address',
    'postalCode',
    'city',
    'departmentCode',
    'timeZone',
    'venueType',
    'isVirtual',
  );
}

/** A Stock from a StockType (toStockType). */
export function stockTypeWriters(): FieldWriters<StockType> {
  return properties<StockType>(
    'id',
    'priceCents',
    'quantity',
    'remainingQuantity',
    'beginsAt',
    'bookingLimitAt',
    'isBookable',
  );
}
