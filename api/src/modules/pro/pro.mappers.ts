import { toVenueType } from '../catalog/catalog.mappers.js';
import type { OffererWithVenues, ProVenueRow } from './structure.service.js';
import type { OffererType, ProVenueType } from './structure.types.js';

export function toProVenueType(row: ProVenueRow): ProVenueType {
  const shown = toVenueType(row);
  return {
    id: shown.id,
    offererId: String(row.offererId),
    siret: row.siret,
    name: row.name,
    publicName: row.publicName,
    address: row.address,
    postalCode: row.postalCode,
    city: row.city,
    departmentCode: row.departmentCode,
    location: shown.location,
    venueType: row.venueType,
    isVirtual: row.isVirtual,
    accessibility: shown.accessibility,
    bookingEmail: row.bookingEmail,
  };
}

export function toOffererType(row: OffererWithVenues): OffererType {
  return {
    id: String(row.id),
    siren: row.siren,
    name: row.name,
    status: row.status,
    membershipStatus: row.membershipStatus,
    venues: row.venues.map(toProVenueType),
  };
}
