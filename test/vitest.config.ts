import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit and property tests: everything under test/ except the browser tests in test/e2e. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // `@lab/sim` and `~` are defined once, in tsconfig.json's `paths`.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
