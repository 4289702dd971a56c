import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // the CLI tests start node processes; on a loaded 2-core CI machine they take seconds each
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
