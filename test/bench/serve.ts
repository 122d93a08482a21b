/** Serves .bench/dist with vite preview on 127.0.0.1 and a free port, like the end-to-end tests' server. */
import { resolve } from 'node:path';
import { preview } from 'vite';

export interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

export async function serve(dist: string): Promise<BenchServer> {
  const server = await preview({
    configFile: resolve(import.meta.dirname, '../../vite.web.config.ts'),
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
