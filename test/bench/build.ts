/**
 * Production builds for the benchmark, into .bench/dist (git-ignored): the
 * app exactly as `npm run build:web` makes it (vite.web.config.ts, plus a
 * manifest for the bundle-size figures), and the benchmark's pages beside it
 * in .bench/dist/bench (vite.bench.config.ts), so all share one origin.
 */
import { resolve } from 'node:path';
import { build } from 'vite';
import { DIST_DIR } from './vite.bench.config';

const root = resolve(import.meta.dirname, '../..');

export async function buildAll(log: (line: string) => void): Promise<string> {
  const started = Date.now();
  // Vite's module runner (run.mjs) set NODE_ENV to development, and a build keeps a NODE_ENV it finds:
  // without this, React's development build would be bundled and timed.
  process.env['NODE_ENV'] = 'production';
  await build({
    configFile: resolve(root, 'vite.web.config.ts'),
    build: { outDir: DIST_DIR, emptyOutDir: true, manifest: true },
    logLevel: 'warn',
  });
  await build({ configFile: resolve(import.meta.dirname, 'vite.bench.config.ts'), logLevel: 'warn' });
  log(`built the app and the bench pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return DIST_DIR;
}
