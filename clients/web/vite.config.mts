// Vite for clients/web: `vite` serves with hot reload and proxies /graphql (HTTP and WebSocket) to the gateway;
// `vite build` writes dist/app, which the gateway serves at /.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
// Only the dev server reads this: where `npm start`'s gateway listens.
const gateway = process.env.IMAJIN_GATEWAY ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // Sources, not builds: the browser entry of the protocol (pure-JS noble) and the hooks as ES modules,
      // so edits to either hot-reload too.
      '@imajin/protocol/browser': path.resolve(here, '../protocol/src/browser.ts'),
      '@imajin/react': path.resolve(here, '../react/src/index.ts'),
    },
  },
  server: { proxy: { '/graphql': { target: gateway, ws: true, changeOrigin: true } } },
  build: { outDir: 'dist/app', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
