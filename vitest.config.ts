import { defineConfig } from 'vitest/config';

/** Measures time: runs alone, after every other file, so that no parallel file skews it. */
const SERIAL = ['tests/reliability/complexity.test.ts'];
/** The extractors' own tests: `npm run test:unit` runs these in seconds. */
const UNIT = ['tests/extract/**/*.test.ts', 'tests/clean/**/*.test.ts', 'tests/ingest/**/*.test.ts', 'tests/merge/**/*.test.ts', 'tests/eval/evaluate.test.ts'];

export default defineConfig({
  test: {
    // the CLI tests start node processes; on a loaded 2-core CI machine they take seconds each
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ['tests/setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      { extends: true, test: { name: 'integration', include: ['tests/**/*.test.ts'], exclude: [...UNIT, ...SERIAL] } },
      { extends: true, test: { name: 'serial', include: SERIAL, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
