import 'leaflet/dist/leaflet.css';
import { useQuery } from '@apollo/client/react';
import { plural } from '@passculture/client';
import { ErrorAlert, Loading } from '@passculture/ui';
import L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  MapContainer,
  Marker,
  Popup,
  TileLayer,
  ZoomControl,
  useMap,
  useMapEvents,
} from 'react-leaflet';
import { Link } from 'react-router';
import {
  bubbleSize,
  clusterBadge,
  clusterLabel,
  MAP_MAX_ZOOM,
  PIN_SIZE_PX,
  VenueClusters,
  venueMarkerLabel,
  type MapItem,
  type MapVenue,
} from '../lib/clusters';
import { formatDistance } from '../lib/format';
import type { SearchLocation } from '../lib/location';
import { toVenuesInput, type SearchFilters } from '../lib/search';
import { venuesAroundQuery } from '../queries';

/** Map tiles: `VITE_TILE_URL` at build time, OpenStreetMap by default. */
const TILE_URL: string =
  import.meta.env.VITE_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_ATTRIBUTION =
  import.meta.env.VITE_TILE_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright">contributeurs OpenStreetMap</a>';

/** Zoom level that shows roughly the search radius on a phone. */
function zoomFor(radiusKm: number): number {
  if (radiusKm <= 5) return 13;
  if (radiusKm <= 10) return 12;
  if (radiusKm <= 20) return 11;
  if (radiusKm <= 50) return 10;
  return 9;
}

// Markers are HTML (no image files to load). Icons are cached by their content:
// giving Leaflet a new icon object rebuilds the element and loses keyboard focus.
const icons = new Map<string, L.DivIcon>();

function venueIcon(count: number): L.DivIcon {
  const key = `venue-${count}`;
  let icon = icons.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: 'venue-marker',
      html: `<span class="venue-marker-pin"></span><span class="venue-marker-count" aria-hidden="true">${count > 99 ? '99+' : count}</span>`,
      iconSize: [PIN_SIZE_PX, PIN_SIZE_PX],
      iconAnchor: [PIN_SIZE_PX / 2, PIN_SIZE_PX],
      popupAnchor: [0, -30],
    });
    icons.set(key, icon);
  }
  return icon;
}

function clusterIcon(venueCount: number): L.DivIcon {
  const badge = clusterBadge(venueCount);
  const key = `cluster-${badge}`;
  let icon = icons.get(key);
  if (!icon) {
    const size = bubbleSize(venueCount);
    icon = L.divIcon({
      className: 'cluster-marker',
      html: `<span class="cluster-marker-count" aria-hidden="true">${badge}</span>`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
      popupAnchor: [0, -size / 2],
    });
    icons.set(key, icon);
  }
  return icon;
}

const hereIcon = L.divIcon({
  className: 'here-marker',
  html: '<span aria-hidden="true"></span>',
  iconSize: [22, 22],
  iconAnchor: [11, 11],
});

/** The venues the map shows: those of the offers the list finds (the same filters). */
function useMapVenues(filters: SearchFilters, location: SearchLocation) {
  const venuesAround = useQuery(venuesAroundQuery, {
    variables: { input: toVenuesInput(filters, location) },
  });
  const venues = useMemo<MapVenue[] | null>(() => {
    if (!venuesAround.data) return null;
    // Nearest first, as the api sends them.
    return venuesAround.data.venuesAround.flatMap((marker) =>
      marker.venue.location
        ? [
            {
              id: marker.venue.id,
              name: marker.venue.name,
              city: marker.venue.city,
              latitude: marker.venue.location.latitude,
              longitude: marker.venue.location.longitude,
              offerCount: marker.offerCount,
              distanceMeters: marker.distanceMeters,
            },
          ]
        : [],
    );
  }, [venuesAround.data]);
  return {
    venues,
    error: venuesAround.error,
    refetch: () => void venuesAround.refetch(),
  };
}

/**
 * The venues matching the search on a Leaflet map, clustered so that markers
 * never overlap, and the same venues as a list below it: the list keeps
 * working when the map tiles cannot load.
 */
export default function SearchMap({
  filters,
  location,
}: {
  filters: SearchFilters;
  location: SearchLocation;
}) {
  const { venues, error, refetch } = useMapVenues(filters, location);
  const [tilesFailed, setTilesFailed] = useState(false);
  const center = useMemo<[number, number]>(
    () => [location.latitude, location.longitude],
    [location.latitude, location.longitude],
  );
  const tileEvents = useMemo(() => ({ tileerror: () => setTilesFailed(true) }), []);
  const [announce, setAnnounce] = useState('');

  return (
    <section className="map-view" aria-labelledby="map-heading">
      <h2 id="map-heading">Lieux autour de {location.label}</h2>
      <p className="hint">
        La carte montre les lieux qui proposent des offres correspondant à ta recherche, à moins de{' '}
        {filters.radiusKm} km. Les lieux proches sont regroupés : choisis un groupe pour zoomer.
      </p>
      <div className="map-frame" role="region" aria-label="Carte des lieux">
        <MapContainer
          center={center}
          zoom={zoomFor(filters.radiusKm)}
          maxZoom={MAP_MAX_ZOOM}
          zoomControl={false}
          scrollWheelZoom={false}
          className="map"
        >
          <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} eventHandlers={tileEvents} />
          <ZoomControl position="topright" zoomInTitle="Zoomer" zoomOutTitle="Dézoomer" />
          <FollowSearch center={center} zoom={zoomFor(filters.radiusKm)} />
          <Marker
            position={center}
            icon={hereIcon}
            title={`Ton point de recherche : ${location.label}`}
            keyboard={false}
          />
          {venues && <ClusterLayer venues={venues} onAnnounce={setAnnounce} />}
        </MapContainer>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {tilesFailed && (
        <p className="map-note" role="status">
          Le fond de carte ne peut pas s'afficher (pas de connexion au service de cartes). Les lieux
          restent placés sur la carte et listés ci-dessous.
        </p>
      )}

      {error && <ErrorAlert error={error} onRetry={refetch} />}
      {!venues && !error && <Loading label="Recherche des lieux…" />}
      {venues && (
        <>
          <h3 className="venue-list-title">
            {venues.length === 0
              ? 'Aucun lieu avec des offres correspondantes dans ce rayon'
              : `${plural(venues.length, 'lieu', 'lieux')} sur la carte`}
          </h3>
          {venues.length === 0 ? (
            <p>Essaie une distance plus grande, d'autres mots ou moins de filtres.</p>
          ) : (
            <ul className="venue-list">
              {venues.map((venue) => (
                <li key={venue.id}>
                  <Link to={`/lieu/${venue.id}`}>{venue.name}</Link>
                  <span className="venue-list-meta">
                    {venue.city}
                    {venue.distanceMeters !== null && ` · ${formatDistance(venue.distanceMeters)}`}
                    {` · ${plural(venue.offerCount, 'offre')}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** Moves the map when the search point or radius changes (the container only reads them once). */
function FollowSearch({ center, zoom }: { center: [number, number]; zoom: number }) {
  const map = useMap();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    map.setView(center, zoom);
  }, [map, center, zoom]);
  return null;
}

type Bounds = { bbox: [number, number, number, number]; zoom: number };

function viewOf(map: L.Map): Bounds {
  const bounds = map.getBounds().pad(0.25);
  return {
    bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
    zoom: map.getZoom(),
  };
}

/**
 * Clusters and venues in view, recomputed after each move. A cluster zooms in
 * on click, Enter or Space until its venues part, then focus goes to the first
 * marker holding one of them; venues that never part (one address, or the
 * highest zoom) list themselves in a popup instead.
 */
function ClusterLayer({
  venues,
  onAnnounce,
}: {
  venues: MapVenue[];
  onAnnounce: (text: string) => void;
}) {
  const map = useMap();
  const [view, setView] = useState<Bounds>(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });
  const clusters = useMemo(() => new VenueClusters(venues), [venues]);
  const items = useMemo(() => clusters.itemsIn(view.bbox, view.zoom), [clusters, view]);
  const markers = useRef(new Map<string, L.Marker>());
  const pendingFocus = useRef<Set<string> | null>(null);

  useEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted) return;
    const target = items.find((item) =>
      item.kind === 'venue'
        ? wanted.has(item.venue.id)
        : item.venueIds.some((id) => wanted.has(id)),
    );
    const element = target && markers.current.get(target.key)?.getElement();
    if (element) {
      pendingFocus.current = null;
      element.focus({ preventScroll: true });
    }
  }, [items]);

  function zoomInto(item: Extract<MapItem, { kind: 'cluster' }>) {
    const bounds = L.latLngBounds(
      clusters.venuesOf(item.venueIds).map((venue) => [venue.latitude, venue.longitude]),
    );
    pendingFocus.current = new Set(item.venueIds);
    onAnnounce(`Zoom sur ${plural(item.venueCount, 'lieu', 'lieux')}.`);
    // Straight to the zoom at which the group parts.
    map.setView(bounds.getCenter(), clusters.partingZoom(item.venueIds, map.getZoom()));
  }

  function register(key: string) {
    return (marker: L.Marker | null) => {
      if (marker) markers.current.set(key, marker);
      else markers.current.delete(key);
    };
  }

  return (
    <>
      {items.map((item) => {
        if (item.kind === 'venue') {
          const venue = item.venue;
          return (
            <Marker
              key={item.key}
              ref={register(item.key)}
              position={[venue.latitude, venue.longitude]}
              icon={venueIcon(venue.offerCount)}
              title={venueMarkerLabel(venue)}
            >
              <Popup>
                <p className="popup-title">{venue.name}</p>
                <p>
                  {plural(venue.offerCount, 'offre')}
                  {venue.distanceMeters !== null && ` · ${formatDistance(venue.distanceMeters)}`}
                </p>
                <Link to={`/lieu/${venue.id}`}>Voir les offres du lieu</Link>
              </Popup>
            </Marker>
          );
        }
        const canZoom = item.spread && view.zoom < MAP_MAX_ZOOM;
        return (
          <Marker
            key={item.key}
            ref={register(item.key)}
            position={[item.latitude, item.longitude]}
            icon={clusterIcon(item.venueCount)}
            title={clusterLabel(item.venueCount, item.offerCount, canZoom)}
            eventHandlers={
              canZoom
                ? {
                    click: () => zoomInto(item),
                    keydown: (event) => {
                      const key = (event.originalEvent as KeyboardEvent).key;
                      if (key === 'Enter' || key === ' ') {
                        event.originalEvent.preventDefault();
                        zoomInto(item);
                      }
                    },
                  }
                : undefined
            }
          >
            {!canZoom && (
              <Popup>
                <p className="popup-title">{plural(item.venueCount, 'lieu', 'lieux')} ici</p>
                <ul className="popup-list">
                  {clusters.venuesOf(item.venueIds).map((venue) => (
                    <li key={venue.id}>
                      <Link to={`/lieu/${venue.id}`}>{venue.name}</Link> ·{' '}
                      {plural(venue.offerCount, 'offre')}
                    </li>
                  ))}
                </ul>
              </Popup>
            )}
          </Marker>
        );
      })}
    </>
  );
}
