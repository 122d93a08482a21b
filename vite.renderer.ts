/**
 * Renderer build options shared by the browser build (vite.web.config.ts) and
 * the Electron build (electron.vite.config.ts), so both ship the same app.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { contentSecurityPolicy } from './shared/security/csp.ts';

const root = import.meta.dirname;
const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;

/** Writes the CSP meta tag into index.html: strict in builds, relaxed only for the dev server. */
function cspMetaTag(): Plugin {
  let mode: 'production' | 'development' = 'production';
  return {
    name: 'mapwright-csp',
    configResolved(config) {
      mode = config.command === 'serve' ? 'development' : 'production';
    },
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(mode) },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

export const rendererRoot = resolve(root, 'renderer');

export function rendererConfig(): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react(), cspMetaTag()],
    resolve: { alias: { '@shared': resolve(root, 'shared'), '@assets': resolve(root, 'assets') } },
    define: { __APP_VERSION__: JSON.stringify(version) },
    worker: { format: 'es' },
    // The layout worker's ELK is only reached through the worker entry, which the dev server's
    // dependency scan does not follow: pre-bundle it so first use does not reload the page.
    optimizeDeps: { include: ['elkjs/lib/elk.bundled.js'] },
    build: {
      target: 'es2023',
      sourcemap: true,
      chunkSizeWarningLimit: 2048,
      rollupOptions: { input: resolve(rendererRoot, 'index.html') },
    },
  };
}
