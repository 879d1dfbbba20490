import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CJS (main) and ESM (module); Node, and so Pothos and yoga in the API the
// global setup starts, load the CJS build. Pin the one Node uses: one graphql instance.
const graphql = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['./e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
