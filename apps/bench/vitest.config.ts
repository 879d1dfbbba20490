import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CJS (main) and ESM (module); Node, and so Pothos, yoga and PostGraphile, load the
// CJS build. Vite would pick the ESM one for the API's source: two graphql instances. Pin Node's.
const graphql = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: {
    include: ['test/**/*.test.ts'],
    // PostGraphile runs as it does in the benchmark (and stops asking for GRAPHILE_ENV).
    env: { GRAPHILE_ENV: 'production' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
