/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const api = { '/graphql': 'http://127.0.0.1:4000', '/images': 'http://127.0.0.1:4000' };

// Served by the API at /, beside /graphql on the same origin.
export default defineConfig({
  base: '/',
  plugins: [
    react(),
    VitePWA({
      // The unit tests render components: no service worker there.
      disable: Boolean(process.env.VITEST),
      registerType: 'autoUpdate',
      // main.tsx registers the worker after the page has loaded (three lines, no extra request).
      injectRegister: null,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'pass Culture',
        short_name: 'pass Culture',
        description:
          'Ton crédit pour la culture : réserve des sorties, des livres et plus encore, et garde tes billets sur ton téléphone.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#8a0f6b',
        background_color: '#ffffff',
        categories: ['entertainment', 'lifestyle'],
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The app shell and every screen's chunk: a ticket page opens with no network.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        // The same origin serves the api and the pro and admin apps: leave them to the network.
        navigateFallbackDenylist: [/^\/pro(\/|$)/, /^\/admin(\/|$)/, /^\/graphql/, /^\/healthz/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
      },
    }),
  ],
  // scripts/bundle-size.mjs reads the manifest to tell the first load from the lazy chunks.
  build: { manifest: true },
  server: { host: '127.0.0.1', port: 5173, proxy: api },
  preview: { host: '127.0.0.1', port: 4173, proxy: api },
  test: {
    // Lets Testing Library register its automatic cleanup; tests import from 'vitest'.
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
  },
});
