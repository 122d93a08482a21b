/**
 * The command line (bin/cli.ts) as one ES module for Node 20,
 * out/cli/index.mjs, which bin/mapwright.mjs runs. Dependencies (zod,
 * fflate, papaparse) are bundled in, so the command needs no node_modules
 * beyond Node's own modules.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  define: { __MAPWRIGHT_VERSION__: JSON.stringify(version) },
  resolve: { alias: { '@shared': resolve(root, 'shared') } },
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'bin/cli.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'index.mjs' } },
  },
});
