// `npm run bench [-- --quick]`: the benchmark's runner is TypeScript (test/bench/main.ts), loaded through
// Vite's module runner so that it needs nothing beyond `npm ci`. See main.ts.
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./main.ts', import.meta.url).pathname, { configFile: false });
process.exitCode = await module.main(process.argv.slice(2));
