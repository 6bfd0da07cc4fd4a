import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every temp folder of the run inside one, removed at its end (test/helpers/tempRoot.ts).
    globalSetup: ['test/helpers/tempRoot.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and whole-site tests start processes of their own; two workers match the two cores.
    maxWorkers: 2,
  },
});
