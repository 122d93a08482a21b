import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests in Node, and end-to-end tests that drive the
// production renderer build in Debian's Chromium (one browser at a time).
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // Property tests run thousands of cases: on a busy 2-core machine some take longer than 5 s.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
