import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Lets Testing Library register its automatic cleanup; tests import from 'vitest'.
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
