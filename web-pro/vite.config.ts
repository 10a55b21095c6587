/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = {
  '/graphql': 'http://127.0.0.1:4000',
  '/exports': 'http://127.0.0.1:4000',
  '/imports': 'http://127.0.0.1:4000',
  '/images': 'http://127.0.0.1:4000',
};

// Served by the API at /pro/, beside /graphql on the same origin.
export default defineConfig({
  base: '/pro/',
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5174, proxy: api },
  preview: { host: '127.0.0.1', port: 4174, proxy: api },
  test: {
    // Lets Testing Library register its automatic cleanup; tests import from 'vitest'.
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
  },
});
