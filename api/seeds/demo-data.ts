/**
 * Public facts and French name parts for the demo seed, read from seeds/data/demo/:
 * real cities with their postal codes and approximate coordinates (places.json), first
 * and last names (names.json), venue names (venue-names.json), and the kinds of offerers
 * found in the 2019 experiment (offerers.json).
 */
import { z } from 'zod';
import { VENUE_TYPES, type VenueType } from '../src/modules/catalog/venue-types.js';
import { groupBy, rowsOf } from './data-files.js';
import NAMES from './data/demo/names.json' with { type: 'json' };
import OFFERERS from './data/demo/offerers.json' with { type: 'json' };
import PLACES from './data/demo/places.json' with { type: 'json' };
import VENUE_NAME_LISTS from './data/demo/venue-names.json' with { type: 'json' };

export interface City {
  name: string;
  postalCode: string;
  latitude: number;
  longitude: number;
}

/** Cities where demo venues stand: the 14 experiment departments of 2019, and Paris. */
export const VENUE_CITIES: Readonly<Record<string, readonly City[]>> = groupBy(
  rowsOf<City & { department: string }>(PLACES.venueCities),
  (city) => city.department,
);

/** Where young people outside the experiment live: departments not open in 2019. */
export const CLOSED_DEPARTMENT_CITIES: readonly City[] = rowsOf(PLACES.closedDepartmentCities);

/** Venues and offerers are spread over departments with these weights. */
export const OFFERER_DEPARTMENT_WEIGHTS: Readonly<Record<string, number>> =
  PLACES.offererDepartmentWeights;

/** Jitter radius around a city's centre, in km: tight in Paris, wider elsewhere. */
export function jitterRadiusKm(departmentCode: string): number {
  return departmentCode === '75' ? 1 : 2.5;
}

export const STREETS: readonly string[] = PLACES.streets;
export const YOUNG_FIRST_NAMES: readonly string[] = NAMES.youngFirstNames;
export const ADULT_FIRST_NAMES: readonly string[] = NAMES.adultFirstNames;
export const LAST_NAMES: readonly string[] = NAMES.lastNames;

/** Regional surnames, drawn more often for people living there. */
export const REGIONAL_LAST_NAMES: Readonly<Record<string, readonly string[]>> =
  NAMES.regionalLastNames;

/**
 * Public names of venues by type. Placeholders: `{city}` the city's name,
 * `{deCity}` the city with its French preposition ("de Brest", "d'Avignon",
 * "du Creusot").
 */
export const VENUE_NAMES: Readonly<Record<VenueType, readonly string[]>> = VENUE_NAME_LISTS;

/** "de Brest", "d'Avignon", "du Creusot", "des Lilas". */
export function deCity(cityName: string): string {
  if (cityName.startsWith('Le ')) return `du ${cityName.slice(3)}`;
  if (cityName.startsWith('Les ')) return `des ${cityName.slice(4)}`;
  return elidedDe(cityName);
}

/** "de Marc", but "d'Anne", "d'Émile", "d'Hélène" (French elision before a vowel or a mute h). */
export function elidedDe(name: string): string {
  return /^[AEIOUYÉÈÊÎÔH]/.test(name) ? `d'${name}` : `de ${name}`;
}

/** Replaces `{city}` and `{deCity}` in a name template. */
export function fillCity(template: string, cityName: string): string {
  return template.replaceAll('{deCity}', deCity(cityName)).replaceAll('{city}', cityName);
}

/** The kinds of offerers: which venues they run and which digital offers they sell. */
export interface OffererProfile {
  key: string;
  weight: number;
  /** Venue types drawn for its physical venues; the first one is the main one. */
  venueTypes: readonly VenueType[];
  venueCount: readonly [min: number, max: number];
  /** Legal name templates: `{venue}` the main venue's name, `{city}`/`{deCity}` its city, `{brand}` the brand. */
  legalNames: readonly string[];
  /** All venues in the home city (a town's cultural department). */
  sameCity?: boolean;
  /** Venues are named `{brand} {city}` (chains). */
  brands?: readonly string[];
  /** Digital subcategories sold from the offerer's virtual venue. */
  digitalSubcategories: readonly string[];
  digitalOfferCount: readonly [min: number, max: number];
}

const range = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

/** Checked when read: venue types must be known ones, counts whole ranges. */
const OffererProfileSchema = z.object({
  key: z.string(),
  weight: z.number().positive(),
  venueTypes: z.array(z.enum(VENUE_TYPES)).min(1),
  venueCount: range,
  legalNames: z.array(z.string()).min(1),
  sameCity: z.boolean().optional(),
  brands: z.array(z.string()).optional(),
  digitalSubcategories: z.array(z.string()),
  digitalOfferCount: range,
});

export const OFFERER_PROFILES: readonly OffererProfile[] = z
  .array(OffererProfileSchema)
  .parse(OFFERERS.profiles);

/** Online platforms: one small physical office and a large digital catalogue. */
export interface DigitalPlatform {
  brand: string;
  subcategories: readonly string[];
}

export const DIGITAL_PLATFORMS: readonly DigitalPlatform[] = OFFERERS.digitalPlatforms;

/** Legal forms a digital platform is registered under. */
export const PLATFORM_LEGAL_NAMES: readonly string[] = OFFERERS.platformLegalNames;
