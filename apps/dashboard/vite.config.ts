import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments, precompress } from './build/plugins';

// The API serves /graphql; in development it runs beside Vite (`pnpm dev:all`).
const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [
    graphqlDocuments(fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url))),
    react(),
    precompress(),
  ],
  server: {
    proxy: {
      '/graphql': { target: apiUrl, changeOrigin: true },
      // Single sign-on's round trip runs in the API.
      '/auth/oidc': { target: apiUrl },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: apiUrl, changeOrigin: true },
      '/auth/oidc': { target: apiUrl },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Which chunks each page loads, for the bundle figures (scripts/bundle-size.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // Vendor code in a few named, long-cached chunks; each page stays its own small chunk.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/,
            },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
});
