import { defineConfig } from 'vitest/config';

/**
 * `npm run test:cluster`: the drills of test/cluster against a local cluster (primary,
 * replica, Redis, two api instances, HAProxy) that the global setup starts fresh with
 * `npm run cluster`'s own code and stops afterwards. Needs the built api (npm run build),
 * PostgreSQL 15 binaries, haproxy and redis-server. One file at a time: the drills stop and
 * start the cluster's pieces.
 */
export default defineConfig({
  resolve: {
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/cluster/**/*.drill.ts'],
    globalSetup: ['test/cluster/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    maxWorkers: 1,
    fileParallelism: false,
    pool: 'forks',
  },
});
