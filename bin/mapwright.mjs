#!/usr/bin/env node
// The `mapwright` command: runs the CLI bundle that `npm run build` makes from bin/cli.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/index.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'mapwright: the command line is not built yet; run `npm run build` (or `npm run build:cli`) first.\n',
  );
  process.exit(2);
}
// Output piped into a reader that stops early (`| head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { run } = await import(pathToFileURL(bundle).href);
process.exitCode = run(process.argv.slice(2));
