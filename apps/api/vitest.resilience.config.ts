import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// As vitest.config.ts: the one graphql instance Node loads.
const graphql = createRequire(import.meta.url).resolve('graphql');

/**
 * The resilience tests: each file starts its own PostgreSQL and runs the API as a separate
 * production process. One file at a time (they stop and start servers); MALMO_RESILIENCE=full
 * makes the restart test longer, with more restarts.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: {
    include: ['resilience/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
});
