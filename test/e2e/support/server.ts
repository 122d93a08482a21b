/** Serves the production renderer build (dist-web) on 127.0.0.1 on a free port. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';

const projectRoot = resolve(import.meta.dirname, '../../..');
// MAPWRIGHT_DIST lets parallel runs each serve their own build.
const distWeb = resolve(process.env.MAPWRIGHT_DIST ?? resolve(projectRoot, 'dist-web'));

export interface AppServer {
  url: string;
  close: () => Promise<void>;
}

export async function startAppServer(): Promise<AppServer> {
  if (!existsSync(resolve(distWeb, 'index.html'))) {
    throw new Error('dist-web/index.html is missing: run `npm run build:web` first (npm test does).');
  }
  const server = await preview({
    configFile: resolve(projectRoot, 'vite.web.config.ts'),
    build: { outDir: distWeb },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}
