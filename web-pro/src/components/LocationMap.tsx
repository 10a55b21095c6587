import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { MapContainer, Marker, TileLayer, useMapEvents } from 'react-leaflet';

/** Map tiles: `VITE_TILE_URL` at build time, OpenStreetMap by default. */
const TILE_URL: string =
  import.meta.env.VITE_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_ATTRIBUTION =
  import.meta.env.VITE_TILE_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright">contributeurs OpenStreetMap</a>';

export interface Point {
  latitude: number;
  longitude: number;
}

// An HTML pin: no image file to load.
const pin = L.divIcon({
  className: 'venue-pin',
  html: '<span aria-hidden="true"></span>',
  iconSize: [24, 24],
  iconAnchor: [12, 24],
});

const PARIS: Point = { latitude: 48.8566, longitude: 2.3522 };

function ClickToPlace({ onPlace }: { onPlace: (point: Point) => void }) {
  useMapEvents({
    click(event) {
      onPlace({
        latitude: Number(event.latlng.lat.toFixed(6)),
        longitude: Number(event.latlng.lng.toFixed(6)),
      });
    },
  });
  return null;
}

/**
 * Where the venue is: a click on the map places it. Keyboard and screen-reader users
 * keep the location taken from the address (the form says so), so the map is optional.
 */
export default function LocationMap({
  value,
  onChange,
}: {
  value: Point | null;
  onChange: (point: Point) => void;
}) {
  const center = value ?? PARIS;
  return (
    <div className="location-map" role="group" aria-label="Carte : cliquez pour placer le lieu">
      <MapContainer
        center={[center.latitude, center.longitude]}
        zoom={value ? 16 : 11}
        scrollWheelZoom={false}
        keyboard={false}
      >
        <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />
        <ClickToPlace onPlace={onChange} />
        {value && (
          <Marker
            position={[value.latitude, value.longitude]}
            icon={pin}
            interactive={false}
            keyboard={false}
          />
        )}
      </MapContainer>
    </div>
  );
}
