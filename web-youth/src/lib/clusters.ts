// Venue clustering for the search map: nearby venues merge into one numbered
// bubble so that no two markers ever sit on top of each other at any zoom.
import { plural } from '@passculture/client';
import Supercluster from 'supercluster';

/** One venue the map shows, with how many matching offers it has. */
export interface MapVenue {
  id: string;
  name: string;
  city: string;
  latitude: number;
  longitude: number;
  offerCount: number;
  distanceMeters: number | null;
}

interface VenueProperties {
  venueId: string;
  offerCount: number;
}

interface ClusterProperties {
  offerCount: number;
}

export type MapItem =
  | {
      kind: 'cluster';
      key: string;
      latitude: number;
      longitude: number;
      venueIds: string[];
      venueCount: number;
      offerCount: number;
      /** False when every venue is at the same spot: zooming would never split them. */
      spread: boolean;
    }
  | { kind: 'venue'; key: string; venue: MapVenue };

/** The map's highest zoom: at it, a cluster lists its venues instead of zooming. */
export const MAP_MAX_ZOOM = 18;

/**
 * Screen pixels within which supercluster merges markers (its first pass). Pins
 * are 34 px wide and bubbles up to 48 px; a second pass merges whatever still
 * overlaps, so no marker ever covers another.
 */
const CLUSTER_RADIUS_PX = 44;
/** Air kept between two markers, in pixels. */
const MARKER_GAP_PX = 2;

/** A venue pin: 34 px square, its tip (bottom centre) on the venue. */
export const PIN_SIZE_PX = 34;

/** A cluster bubble's diameter, centred on the cluster: larger for more venues. */
export function bubbleSize(venueCount: number): number {
  if (venueCount < 10) return 36;
  return venueCount < 100 ? 42 : 48;
}

/** Web Mercator pixel coordinates at a zoom (Leaflet's 256 px tiles). */
function project(latitude: number, longitude: number, zoom: number): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const sin = Math.sin((Math.max(-85.05, Math.min(85.05, latitude)) * Math.PI) / 180);
  return {
    x: ((longitude + 180) / 360) * scale,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  };
}

interface Group {
  venueIds: string[];
  latitude: number;
  longitude: number;
  offerCount: number;
}

/** The screen box a group's marker covers at a zoom: `[left, top, right, bottom]`. */
function boxOf(group: Group, zoom: number): [number, number, number, number] {
  const { x, y } = project(group.latitude, group.longitude, zoom);
  const gap = MARKER_GAP_PX / 2;
  if (group.venueIds.length === 1) {
    const half = PIN_SIZE_PX / 2;
    return [x - half - gap, y - PIN_SIZE_PX - gap, x + half + gap, y + gap];
  }
  const half = bubbleSize(group.venueIds.length) / 2 + gap;
  return [x - half, y - half, x + half, y + half];
}

function intersects(a: [number, number, number, number], b: [number, number, number, number]) {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function merge(into: Group, other: Group): Group {
  const [n, m] = [into.venueIds.length, other.venueIds.length];
  return {
    venueIds: [...into.venueIds, ...other.venueIds],
    latitude: (into.latitude * n + other.latitude * m) / (n + m),
    longitude: (into.longitude * n + other.longitude * m) / (n + m),
    offerCount: into.offerCount + other.offerCount,
  };
}

/**
 * Merges markers whose boxes overlap, the larger groups absorbing the smaller,
 * until none overlaps (each merge removes a marker, so this ends).
 */
function separate(groups: Group[], zoom: number): Group[] {
  let current = groups;
  for (;;) {
    const sorted = [...current].sort((a, b) => b.venueIds.length - a.venueIds.length);
    const out: Group[] = [];
    let merged = false;
    for (const group of sorted) {
      const box = boxOf(group, zoom);
      const index = out.findIndex((kept) => intersects(boxOf(kept, zoom), box));
      if (index === -1) out.push(group);
      else {
        out[index] = merge(out[index]!, group);
        merged = true;
      }
    }
    current = out;
    if (!merged) return current;
  }
}

export class VenueClusters {
  private readonly index: Supercluster<VenueProperties, ClusterProperties>;
  private readonly venues = new Map<string, MapVenue>();

  constructor(venues: readonly MapVenue[]) {
    for (const venue of venues) this.venues.set(venue.id, venue);
    // Leaflet tiles are 256 px: with a 256 extent the radius is in screen pixels.
    this.index = new Supercluster<VenueProperties, ClusterProperties>({
      radius: CLUSTER_RADIUS_PX,
      extent: 256,
      minZoom: 0,
      maxZoom: MAP_MAX_ZOOM,
      map: (properties) => ({ offerCount: properties.offerCount }),
      reduce: (accumulated, properties) => {
        accumulated.offerCount += properties.offerCount;
      },
    });
    this.index.load(
      [...this.venues.values()].map((venue) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [venue.longitude, venue.latitude] },
        properties: { venueId: venue.id, offerCount: venue.offerCount },
      })),
    );
  }

  /** Clusters and single venues inside `[west, south, east, north]` at a zoom, none overlapping. */
  itemsIn(bbox: [number, number, number, number], zoom: number): MapItem[] {
    const groups: Group[] = this.index.getClusters(bbox, Math.round(zoom)).map((feature) => {
      const [longitude, latitude] = feature.geometry.coordinates as [number, number];
      const properties = feature.properties;
      if ('cluster' in properties && properties.cluster) {
        const venueIds = this.index
          .getLeaves(properties.cluster_id, Infinity)
          .map((leaf) => leaf.properties.venueId);
        return { venueIds, latitude, longitude, offerCount: properties.offerCount };
      }
      const venue = properties as VenueProperties;
      return { venueIds: [venue.venueId], latitude, longitude, offerCount: venue.offerCount };
    });
    const items = separate(groups, zoom).map((group): MapItem => {
      if (group.venueIds.length === 1) {
        const venue = this.venues.get(group.venueIds[0]!)!;
        return { kind: 'venue', key: `venue-${venue.id}`, venue };
      }
      const venueIds = [...group.venueIds].sort();
      const places = venueIds.map((id) => this.venues.get(id)!);
      return {
        kind: 'cluster',
        key: `cluster-${venueIds.join('-')}`,
        latitude: group.latitude,
        longitude: group.longitude,
        venueIds,
        venueCount: venueIds.length,
        offerCount: group.offerCount,
        spread: places.some(
          (venue) =>
            venue.latitude !== places[0]!.latitude || venue.longitude !== places[0]!.longitude,
        ),
      };
    });
    // A stable order (north to south, then west to east) so Tab goes through the map as read.
    return items.sort((a, b) => latitudeOf(b) - latitudeOf(a) || longitudeOf(a) - longitudeOf(b));
  }

  /**
   * The first zoom above `from` at which these venues no longer share one
   * marker (the map's highest zoom when they never part).
   */
  partingZoom(venueIds: readonly string[], from: number): number {
    const venues = this.venuesOf(venueIds);
    const wanted = new Set(venueIds);
    const lats = venues.map((venue) => venue.latitude);
    const lons = venues.map((venue) => venue.longitude);
    const margin = 0.01;
    const bbox: [number, number, number, number] = [
      Math.min(...lons) - margin,
      Math.min(...lats) - margin,
      Math.max(...lons) + margin,
      Math.max(...lats) + margin,
    ];
    for (let zoom = Math.floor(from) + 1; zoom < MAP_MAX_ZOOM; zoom += 1) {
      const holding = this.itemsIn(bbox, zoom).filter((item) =>
        item.kind === 'venue'
          ? wanted.has(item.venue.id)
          : item.venueIds.some((id) => wanted.has(id)),
      );
      if (holding.length > 1) return zoom;
    }
    return MAP_MAX_ZOOM;
  }

  /** The venues of a cluster, nearest to the search point first. */
  venuesOf(venueIds: readonly string[]): MapVenue[] {
    return venueIds
      .map((id) => this.venues.get(id))
      .filter((venue): venue is MapVenue => venue !== undefined)
      .sort((a, b) => (a.distanceMeters ?? 0) - (b.distanceMeters ?? 0));
  }
}

/** Whether two markers' boxes overlap at a zoom (for tests and checks). */
export function markersOverlap(a: MapItem, b: MapItem, zoom: number): boolean {
  const group = (item: MapItem): Group =>
    item.kind === 'venue'
      ? {
          venueIds: [item.venue.id],
          latitude: item.venue.latitude,
          longitude: item.venue.longitude,
          offerCount: item.venue.offerCount,
        }
      : item;
  return intersects(boxOf(group(a), zoom), boxOf(group(b), zoom));
}

function latitudeOf(item: MapItem): number {
  return item.kind === 'cluster' ? item.latitude : item.venue.latitude;
}

function longitudeOf(item: MapItem): number {
  return item.kind === 'cluster' ? item.longitude : item.venue.longitude;
}

/** What a bubble shows: the number of venues, `99+` beyond. */
export function clusterBadge(venueCount: number): string {
  return venueCount > 99 ? '99+' : String(venueCount);
}

/** A cluster's accessible name: `12 lieux, 87 offres. Zoomer sur ce groupe`. */
export function clusterLabel(venueCount: number, offerCount: number, canZoom: boolean): string {
  const what = `${plural(venueCount, 'lieu', 'lieux')}, ${plural(offerCount, 'offre')}`;
  return canZoom ? `${what}. Zoomer sur ce groupe` : `${what} à la même adresse. Voir la liste`;
}

/** A venue marker's accessible name: `Cinéma Le Select : 4 offres`. */
export function venueMarkerLabel(venue: Pick<MapVenue, 'name' | 'offerCount'>): string {
  return `${venue.name} : ${plural(venue.offerCount, 'offre')}`;
}
