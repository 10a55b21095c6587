import { describe, expect, it } from 'vitest';
import {
  clusterLabel,
  MAP_MAX_ZOOM,
  markersOverlap,
  VenueClusters,
  venueMarkerLabel,
  type MapVenue,
} from './clusters';

function venue(id: string, latitude: number, longitude: number, offerCount = 1): MapVenue {
  return {
    id,
    name: `Lieu ${id}`,
    city: 'Saint-Denis',
    latitude,
    longitude,
    offerCount,
    distanceMeters: null,
  };
}

const FRANCE: [number, number, number, number] = [-5, 41, 10, 52];

describe('VenueClusters', () => {
  // Two venues 150 m apart in Saint-Denis, one 8 km away in Paris.
  const venues = [
    venue('a', 48.9362, 2.3574, 3),
    venue('b', 48.9375, 2.3584, 2),
    venue('c', 48.8566, 2.3522, 4),
  ];

  it('merges venues closer than a marker at a city zoom, with summed offers', () => {
    const items = new VenueClusters(venues).itemsIn(FRANCE, 11);
    const cluster = items.find((item) => item.kind === 'cluster');
    expect(cluster).toMatchObject({ venueCount: 2, offerCount: 5 });
    expect(items.filter((item) => item.kind === 'venue').map((item) => item.key)).toEqual([
      'venue-c',
    ]);
  });

  it('parts a cluster when zoomed in far enough', () => {
    const clusters = new VenueClusters(venues);
    const keys = (zoom: number) =>
      clusters
        .itemsIn(FRANCE, zoom)
        .map((item) => item.key)
        .sort();
    expect(keys(11)).toEqual(['cluster-a-b', 'venue-c']);
    const parting = clusters.partingZoom(['a', 'b'], 11);
    expect(parting).toBeGreaterThan(12);
    expect(keys(parting - 1)).toEqual(['cluster-a-b', 'venue-c']);
    expect(keys(parting)).toEqual(['venue-a', 'venue-b', 'venue-c']);
  });

  it('keeps venues at one address together at every zoom, and says they never part', () => {
    const clusters = new VenueClusters([venue('x', 48.9, 2.35), venue('y', 48.9, 2.35)]);
    const items = clusters.itemsIn(FRANCE, MAP_MAX_ZOOM);
    expect(items).toHaveLength(1);
    const only = items[0]!;
    if (only.kind !== 'cluster') throw new Error('expected a cluster');
    expect(only.spread).toBe(false);
    expect(clusters.venuesOf(only.venueIds).map((v) => v.id)).toEqual(['x', 'y']);
  });

  it('never lets two markers overlap, whatever the density and zoom', () => {
    // 300 venues scattered over 15 km around Saint-Denis (a deterministic generator).
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const dense = Array.from({ length: 300 }, (_, i) =>
      venue(String(i), 48.93 + (random() - 0.5) * 0.27, 2.36 + (random() - 0.5) * 0.4, 1 + (i % 7)),
    );
    const clusters = new VenueClusters(dense);
    for (const zoom of [9, 10, 11, 12, 13, 14, 15, 16, 17, 18]) {
      const items = clusters.itemsIn(FRANCE, zoom);
      // Every venue is in exactly one marker, and offers add up.
      const ids = items.flatMap((item) =>
        item.kind === 'venue' ? [item.venue.id] : item.venueIds,
      );
      expect(new Set(ids).size).toBe(300);
      expect(ids).toHaveLength(300);
      const offers = items.reduce(
        (sum, item) => sum + (item.kind === 'venue' ? item.venue.offerCount : item.offerCount),
        0,
      );
      expect(offers).toBe(dense.reduce((sum, v) => sum + v.offerCount, 0));
      const overlapping: string[] = [];
      for (let i = 0; i < items.length; i += 1)
        for (let j = i + 1; j < items.length; j += 1)
          if (markersOverlap(items[i]!, items[j]!, zoom))
            overlapping.push(`zoom ${zoom}: ${items[i]!.key} / ${items[j]!.key}`);
      expect(overlapping).toEqual([]);
    }
  });

  it('only returns what is inside the box', () => {
    const items = new VenueClusters(venues).itemsIn([2.3, 48.8, 2.4, 48.9], 14);
    expect(items.map((item) => item.key)).toEqual(['venue-c']);
  });
});

describe('marker labels', () => {
  it('says venues and offers with French plurals', () => {
    expect(clusterLabel(12, 87, true)).toBe('12 lieux, 87 offres. Zoomer sur ce groupe');
    expect(clusterLabel(2, 1, false)).toBe('2 lieux, 1 offre à la même adresse. Voir la liste');
    expect(venueMarkerLabel({ name: 'Le Select', offerCount: 1 })).toBe('Le Select : 1 offre');
    expect(venueMarkerLabel({ name: 'Le Select', offerCount: 1234 })).toBe(
      'Le Select : 1\u202f234 offres',
    );
  });
});
