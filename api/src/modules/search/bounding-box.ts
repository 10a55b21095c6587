/**
 * Map boxes in longitude/latitude, of any size and position. A box whose west is
 * east of its east crosses the antimeridian; west −180 to east 180 is the whole world.
 *
 * Venues are tested exactly on their coordinates. The geography index can only help
 * through a circle: for a box less than 180° wide, every point of it is within the
 * farthest corner's distance of its centre (along a meridian of the box the distance
 * to the centre is unimodal in latitude, and it grows with the longitude gap), so
 * `ST_DWithin(centre, that distance)` is a superset the index answers. Wider boxes
 * are tested on coordinates alone. (A geography envelope is no box: its edges are
 * great circles, which bend towards the poles, and antipodal corners are an error.)
 */
export interface BoundingBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** PostGIS's sphere (use_spheroid = false). */
const EARTH_RADIUS_METERS = 6_371_008.771415;
/** Rounding room for the index circle; coordinates decide exactly afterwards. */
const CIRCLE_MARGIN_METERS = 1_000;

/** Longitudes covered, from west going east, in degrees (0-360). */
export function longitudeSpan(box: BoundingBox): number {
  if (box.west === -180 && box.east === 180) return 360;
  return box.west <= box.east ? box.east - box.west : 360 - (box.west - box.east);
}

export function crossesAntimeridian(box: BoundingBox): boolean {
  return box.west > box.east;
}

/** Whether a point lies in the box (edges included). */
export function boxContains(box: BoundingBox, point: { latitude: number; longitude: number }) {
  if (point.latitude < box.south || point.latitude > box.north) return false;
  return crossesAntimeridian(box)
    ? point.longitude >= box.west || point.longitude <= box.east
    : point.longitude >= box.west && point.longitude <= box.east;
}

const rad = (degrees: number) => (degrees * Math.PI) / 180;

export function sphereDistanceMeters(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) *
      Math.cos(rad(b.latitude)) *
      Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A circle holding the whole box, for the geography index; null when the box is too wide. */
export function enclosingCircle(
  box: BoundingBox,
): { centre: { latitude: number; longitude: number }; radiusMeters: number } | null {
  const span = longitudeSpan(box);
  if (span >= 180) return null;
  let longitude = box.west + span / 2;
  if (longitude > 180) longitude -= 360;
  const centre = { latitude: (box.south + box.north) / 2, longitude };
  const corners = [
    { latitude: box.south, longitude: box.west },
    { latitude: box.south, longitude: box.east },
    { latitude: box.north, longitude: box.west },
    { latitude: box.north, longitude: box.east },
  ];
  const farthest = Math.max(...corners.map((corner) => sphereDistanceMeters(centre, corner)));
  return { centre, radiusMeters: farthest + CIRCLE_MARGIN_METERS };
}
