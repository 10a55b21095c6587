/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Map tiles URL template (Leaflet), e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  readonly VITE_TILE_URL?: string;
  /** HTML attribution of the tiles, shown in the map corner. */
  readonly VITE_TILE_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
