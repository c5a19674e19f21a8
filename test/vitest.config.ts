import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit and property tests: everything under test/ except the browser tests in test/e2e. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: {
    alias: {
      '@lab/sim': fileURLToPath(new URL('../src/sim/index.ts', import.meta.url)),
      '~': fileURLToPath(new URL('../src', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
