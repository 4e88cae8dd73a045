import { join } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { brotliAssets } from './build/brotli-assets.plugin.mjs';
import { graphqlDocuments } from './build/graphql-documents.plugin.mjs';

// The console is static files: `vite build` writes dist/, which any web server can host beside
// a config.json naming the gateway and Keycloak (see README). `vite` serves it for development
// on the port Keycloak's kyodo-web client expects for first logins.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [graphqlDocuments(join(import.meta.dirname, 'src/gql')), react(), brotliAssets()],
  server: { port: 4200, strictPort: true },
  preview: { port: 4200, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
