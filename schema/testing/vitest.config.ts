import { defineConfig } from 'vitest/config';

export default defineConfig({
  // These tests drive Debian's Chromium: give them room on a busy machine.
  test: { environment: 'node', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
