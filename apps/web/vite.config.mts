import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.mts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The web console (ADR 0022): built into dist/web, which the api serves at `/`. */
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Hashed file names under assets/: the api serves them as immutable.
    assetsDir: 'assets',
    // .vite/manifest.json: which chunks each page needs (scripts/web-budget.mjs reads it).
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
