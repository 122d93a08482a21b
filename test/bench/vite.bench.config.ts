/**
 * The benchmark's own pages (test/bench/pages), built for production like the
 * app and served beside it (same origin, so they share its IndexedDB):
 * - baseline.html: bare React Flow rendering a stored model read with raw Dexie;
 * - compute.html: the shared code (generator, validation, exchange) and the
 *   app's repository, driven by the runner through `window.__bench`.
 * The app itself is built by vite.web.config.ts (see build.ts), unchanged.
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { rendererConfig } from '../../vite.renderer.ts';

// MAPWRIGHT_BENCH_DIR: another folder, so that two benchmark runs on one checkout do not build over each other.
export const BENCH_DIR = process.env['MAPWRIGHT_BENCH_DIR'] ?? resolve(import.meta.dirname, '../../.bench');
export const DIST_DIR = resolve(BENCH_DIR, 'dist');
const pages = resolve(import.meta.dirname, 'pages');

export default defineConfig(
  mergeConfig(rendererConfig(), {
    root: pages,
    publicDir: false,
    build: {
      outDir: resolve(DIST_DIR, 'bench'),
      emptyOutDir: true,
      sourcemap: false,
      rollupOptions: {
        input: { baseline: resolve(pages, 'baseline.html'), compute: resolve(pages, 'compute.html') },
      },
    },
  }),
);
