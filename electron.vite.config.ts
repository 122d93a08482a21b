/**
 * Desktop build: main process (ESM, out/main/index.js, the package.json
 * "main"), the sandboxed preload (CommonJS, out/preload/index.cjs: sandboxed
 * preloads cannot load ES modules) and the same renderer as the browser build.
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'electron-vite';
import { rendererConfig, rendererRoot } from './vite.renderer';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Bundle zod and the shared code in: the packaged app then needs no node_modules at run time.
      externalizeDeps: false,
      sourcemap: true,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require('electron') and nothing else, so everything is bundled in.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: mergeConfig(rendererConfig(), {
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite reads rolldownOptions (its default input is src/renderer/index.html).
      rolldownOptions: { input: resolve(rendererRoot, 'index.html') },
    },
  }),
});
