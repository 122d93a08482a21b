/** The renderer alone, for a plain browser (`npm run web`) and for the end-to-end tests. */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { rendererConfig } from './vite.renderer.ts';

export default defineConfig(
  mergeConfig(rendererConfig(), {
    build: { outDir: resolve(import.meta.dirname, 'dist-web'), emptyOutDir: true },
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  }),
);
