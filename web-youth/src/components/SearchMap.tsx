import 'leaflet/dist/leaflet.css';
import { useQuery } from '@apollo/client/react';
import { ErrorAlert, Loading } from '@passculture/ui';
import L from 'leaflet';
import { useMemo, useState } from 'react';
import { MapContainer, Marker, Popup, TileLayer, ZoomControl } from 'react-leaflet';
import { Link } from 'react-router';
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

// Markers are HTML (no image files to load): a pin with the number of offers.
function venueIcon(count: number): L.DivIcon {
  return L.divIcon({
    className: 'venue-marker',
    html: `<span class="venue-marker-pin"></span><span class="venue-marker-count" aria-hidden="true">${count > 99 ? '99+' : count}</span>`,
    iconSize: [34, 34],
    iconAnchor: [17, 34],
    popupAnchor: [0, -30],
  });
}

const hereIcon = L.divIcon({
  className: 'here-marker',
  html: '<span aria-hidden="true"></span>',
  iconSize: [22, 22],
  iconAnchor: [11, 11],
});

/**
 * The venues around the search point on a Leaflet map, and the same venues as
 * a list below it: the list keeps working when the map tiles cannot load.
 */
export default function SearchMap({
  filters,
  location,
}: {
  filters: SearchFilters;
  location: SearchLocation;
}) {
  const input = toVenuesInput(filters, location);
  const { data, error, refetch } = useQuery(venuesAroundQuery, { variables: { input } });
  const [tilesFailed, setTilesFailed] = useState(false);
  const center = useMemo<[number, number]>(
    () => [location.latitude, location.longitude],
    [location.latitude, location.longitude],
  );
  const tileEvents = useMemo(() => ({ tileerror: () => setTilesFailed(true) }), []);

  const markers = data?.venuesAround ?? [];
  const located = markers.filter((marker) => marker.venue.location !== null);
  const ignored = [
    filters.text.trim() && 'le texte',
    filters.price !== 'all' && 'le prix',
    (filters.dateFrom || filters.dateTo) && 'les dates',
    filters.duoOnly && 'le duo',
    filters.accessibility.length > 0 && "l'accessibilité",
  ].filter(Boolean);

  return (
    <section className="map-view" aria-labelledby="map-heading">
      <h2 id="map-heading">Lieux autour de {location.label}</h2>
      <p className="hint">
        La carte montre les lieux qui proposent des offres à moins de {filters.radiusKm} km
        {filters.categories.length > 0 ? ', dans les catégories choisies' : ''}.
        {ignored.length > 0 &&
          ` Elle ne tient pas compte des autres filtres (${ignored.join(', ')}) : passe en liste pour les appliquer.`}
      </p>
      <div className="map-frame" role="region" aria-label="Carte des lieux">
        <MapContainer
          center={center}
          zoom={zoomFor(filters.radiusKm)}
          zoomControl={false}
          scrollWheelZoom={false}
          className="map"
        >
          <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} eventHandlers={tileEvents} />
          <ZoomControl position="topright" zoomInTitle="Zoomer" zoomOutTitle="Dézoomer" />
          <Marker
            position={center}
            icon={hereIcon}
            title={`Ton point de recherche : ${location.label}`}
            keyboard={false}
          />
          {located.map((marker) => {
            const position = marker.venue.location as { latitude: number; longitude: number };
            return (
              <Marker
                key={marker.venue.id}
                position={[position.latitude, position.longitude]}
                icon={venueIcon(marker.offerCount)}
                title={`${marker.venue.name} : ${marker.offerCount} offre${marker.offerCount > 1 ? 's' : ''}`}
              >
                <Popup>
                  <p className="popup-title">{marker.venue.name}</p>
                  <p>
                    {marker.offerCount} offre{marker.offerCount > 1 ? 's' : ''}
                    {marker.distanceMeters !== null &&
                      ` · ${formatDistance(marker.distanceMeters)}`}
                  </p>
                  <Link to={`/lieu/${marker.venue.id}`}>Voir les offres du lieu</Link>
                </Popup>
              </Marker>
            );
          })}
        </MapContainer>
      </div>
      {tilesFailed && (
        <p className="map-note" role="status">
          Le fond de carte ne peut pas s'afficher (pas de connexion au service de cartes). Les lieux
          restent placés sur la carte et listés ci-dessous.
        </p>
      )}

      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!data && !error && <Loading label="Recherche des lieux…" />}
      {data && (
        <>
          <h3 className="venue-list-title">
            {located.length === 0
              ? 'Aucun lieu avec des offres dans ce rayon'
              : `${located.length} lieu${located.length > 1 ? 'x' : ''} sur la carte`}
          </h3>
          {located.length === 0 ? (
            <p>Essaie une distance plus grande ou d'autres catégories dans les filtres.</p>
          ) : (
            <ul className="venue-list">
              {located.map((marker) => (
                <li key={marker.venue.id}>
                  <Link to={`/lieu/${marker.venue.id}`}>{marker.venue.name}</Link>
                  <span className="venue-list-meta">
                    {marker.venue.city}
                    {marker.distanceMeters !== null &&
                      ` · ${formatDistance(marker.distanceMeters)}`}
                    {` · ${marker.offerCount} offre${marker.offerCount > 1 ? 's' : ''}`}
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
