/** Where the person searches around: their position, or a town they typed. */
export interface SearchLocation {
  /** `geolocation`: shared by the browser; `place`: a town chosen from `places`. */
  source: 'geolocation' | 'place';
  /** What the app shows: `Saint-Denis (93200)` or `Ma position`. */
  label: string;
  latitude: number;
  longitude: number;
}

export const LOCATION_STORAGE_KEY = 'passculture.youth.location';

function isCoordinate(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
}

/** Reads a stored location; null when absent or not one of ours (never throws). */
export function parseStoredLocation(raw: string | null): SearchLocation | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { source, label, latitude, longitude } = value as Record<string, unknown>;
  if (source !== 'geolocation' && source !== 'place') return null;
  if (typeof label !== 'string' || label.length === 0 || label.length > 200) return null;
  if (!isCoordinate(latitude, 90) || !isCoordinate(longitude, 180)) return null;
  return { source, label, latitude, longitude };
}

export function serializeLocation(location: SearchLocation): string {
  const { source, label, latitude, longitude } = location;
  return JSON.stringify({ source, label, latitude, longitude });
}

/** A town from the `places` query, as the app labels it. */
export function placeLabel(place: { city: string; postalCode: string }): string {
  return `${place.city} (${place.postalCode})`;
}

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres (haversine), close enough to PostGIS for display. */
export function distanceMeters(
  from: { latitude: number; longitude: number },
  to: { latitude: number; longitude: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (to.latitude - from.latitude) * rad;
  const dLon = (to.longitude - from.longitude) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(from.latitude * rad) * Math.cos(to.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Why the browser gave no position, in French, with what to do next. */
export function geolocationFailureMessage(code: number | 'unsupported'): string {
  switch (code) {
    case 1:
      return "Tu n'as pas autorisé l'accès à ta position. Ce n'est pas grave : indique ta ville ou ton code postal ci-dessous.";
    case 3:
      return 'Ta position met trop de temps à arriver. Indique ta ville ou ton code postal ci-dessous, ou réessaie.';
    case 'unsupported':
      return 'Ton navigateur ne sait pas donner ta position. Indique ta ville ou ton code postal ci-dessous.';
    default:
      return "Ta position n'a pas pu être trouvée. Indique ta ville ou ton code postal ci-dessous, ou réessaie.";
  }
}

/** A town as the api's `places` gives it. */
export interface Place {
  city: string;
  postalCode: string;
  latitude: number;
  longitude: number;
}

/** A key that tells two towns apart (a town may have several postal codes). */
export function placeKey(place: { city: string; postalCode: string }): string {
  return `${place.postalCode}-${place.city}`;
}

/**
 * What a search for a town leads to: exactly one match is chosen at once, several are
 * listed to choose from, none says so (`null`: the search failed).
 */
export function townChoice<T>(
  towns: readonly T[] | null,
): { kind: 'one'; town: T } | { kind: 'several'; towns: readonly T[] } | { kind: 'none' } {
  if (!towns || towns.length === 0) return { kind: 'none' };
  if (towns.length === 1) return { kind: 'one', town: towns[0]! };
  return { kind: 'several', towns };
}
