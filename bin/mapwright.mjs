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
const { run } = await import(pathToFileURL(bundle).href);
process.exitCode = run(process.argv.slice(2));
