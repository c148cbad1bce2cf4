import { defineConfig } from 'vitest/config';

// Three kinds of test:
// - unit: pure lib/ and schema code, no build needed;
// - build: reads the built site in dist/ (run `npm run build` first);
// - browser: drives Debian's Chromium (playwright-core) against dist/ served on localhost.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/unit/fast-check-seed.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 300_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll gives up after 1 s unless told otherwise: on a busy machine a page can take longer
          // to draw what a test waits for, and no test may depend on speed.
          expect: { poll: { timeout: 15_000 } },
          // Two cores: one Chromium at a time keeps timings stable.
          fileParallelism: false,
        },
      },
    ],
  },
});
