import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql copy: without this, vite may load its ESM and CJS builds side by side.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Each integration file gets its own database (a clone of a migrated template).
    maxWorkers: 2,
    pool: 'forks',
  },
});
