import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser tests: `global-setup.ts` builds the site once (plus a second build under a base path), serves both
 * on free loopback ports and provides their URLs; test files drive the system Chromium (see browser.ts).
 * One file at a time, in one worker: the machine is shared, and each file reuses a single browser.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  // `@lab/sim` and `~` are defined once, in tsconfig.json's `paths`.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
