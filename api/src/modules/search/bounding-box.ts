/**
 * Map boxes in longitude/latitude, of any size and position. A box whose west is
 * east of its east crosses the antimeridian; west −180 to east 180 is the whole world.
 *
 * Venues are tested exactly on their coordinates, through a GIST index on
 * `location::geometry`; a box crossing the antimeridian is two boxes. (A geography
 * envelope is no box: its edges are great circles, which bend towards the poles, and
 * antipodal corners are an error.)
 */
export interface BoundingBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

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
