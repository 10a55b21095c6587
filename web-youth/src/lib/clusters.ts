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
      clusterId: number;
      latitude: number;
      longitude: number;
      venueCount: number;
      offerCount: number;
    }
  | { kind: 'venue'; key: string; venue: MapVenue };

/** The map's highest zoom: clusters exist up to it, so even venues at one address never overlap. */
export const MAP_MAX_ZOOM = 18;

/**
 * Screen pixels within which markers merge. Pins are 34 px wide and bubbles
 * 40 px: 44 px keeps them apart with a little air.
 */
const CLUSTER_RADIUS_PX = 44;

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

  /** Clusters and single venues inside `[west, south, east, north]` at a zoom. */
  itemsIn(bbox: [number, number, number, number], zoom: number): MapItem[] {
    const features = this.index.getClusters(bbox, Math.round(zoom));
    const items: MapItem[] = [];
    for (const feature of features) {
      const [longitude, latitude] = feature.geometry.coordinates as [number, number];
      const properties = feature.properties;
      if ('cluster' in properties && properties.cluster) {
        items.push({
          kind: 'cluster',
          key: `cluster-${properties.cluster_id}`,
          clusterId: properties.cluster_id,
          latitude,
          longitude,
          venueCount: properties.point_count,
          offerCount: properties.offerCount,
        });
      } else {
        const venue = this.venues.get((properties as VenueProperties).venueId);
        if (venue) items.push({ kind: 'venue', key: `venue-${venue.id}`, venue });
      }
    }
    // A stable order (north to south, then west to east) so Tab goes through the map as read.
    return items.sort((a, b) => latitudeOf(b) - latitudeOf(a) || longitudeOf(a) - longitudeOf(b));
  }

  /** The zoom at which a cluster splits; above the map's maximum when its venues share a spot. */
  expansionZoom(clusterId: number): number {
    return this.index.getClusterExpansionZoom(clusterId);
  }

  /** The venues a cluster gathers, nearest to the search point first. */
  venuesOf(clusterId: number): MapVenue[] {
    return this.index
      .getLeaves(clusterId, Infinity)
      .map((leaf) => this.venues.get(leaf.properties.venueId))
      .filter((venue): venue is MapVenue => venue !== undefined)
      .sort((a, b) => (a.distanceMeters ?? 0) - (b.distanceMeters ?? 0));
  }

  /** The keys of what a cluster splits into at its expansion zoom (to move focus there). */
  childKeys(clusterId: number): string[] {
    return this.index.getChildren(clusterId).map((child) => {
      const properties = child.properties;
      return 'cluster' in properties && properties.cluster
        ? `cluster-${properties.cluster_id}`
        : `venue-${(properties as VenueProperties).venueId}`;
    });
  }
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
