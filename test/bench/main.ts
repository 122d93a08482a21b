/**
 * `npm run bench`: the editor at 1k, 5k, 10k and 50k elements against bare
 * React Flow and raw IndexedDB, measured in the same run on the same data.
 * `npm run bench -- --quick`: the smallest size only, fewer repetitions (CI).
 * While working on one figure: `--only=open,interact,compute,import` runs
 * those scenarios alone, `--size=N` replaces every size with N.
 *
 * Builds the app for production and the bench pages beside it, serves them on
 * 127.0.0.1, and drives Debian's Chromium (headless, software rendering). Each
 * figure is the median of several runs. Prints a table and writes every
 * figure with units, sizes, baselines and ratios to .bench/results.json.
 *
 * Scenarios: scenarios/*.ts. The app's hooks: renderer/src/bench/benchHooks.ts.
 */
import type { BrowserContext } from 'playwright-core';
import { buildAll } from './build';
import { launch, newContext, openComputePage, type Bench } from './browser';
import { machine, Results, table, writeResults } from './report';
import { measureBundle } from './scenarios/bundle';
import { measureCompute } from './scenarios/compute';
import { measureImport } from './scenarios/importing';
import { measureInteraction } from './scenarios/interact';
import { measureOpen } from './scenarios/open';
import { serve } from './serve';

interface Plan {
  openSizes: number[];
  /** The size the gestures, edits and heap are measured at. */
  interactSize: number;
  computeSizes: number[];
  importSize: number;
  reps: { open: number; interact: number; compute: number; import: number };
}

const FULL: Plan = {
  openSizes: [1_000, 5_000, 10_000],
  interactSize: 10_000,
  computeSizes: [10_000, 50_000],
  importSize: 50_000,
  reps: { open: 5, interact: 3, compute: 7, import: 3 },
};

const QUICK: Plan = {
  openSizes: [1_000],
  interactSize: 1_000,
  computeSizes: [1_000],
  importSize: 1_000,
  reps: { open: 3, interact: 1, compute: 3, import: 2 },
};

const modelId = (size: number) => `bench-${size}`;

/** A fresh context (empty IndexedDB) with the model of `size` stored in the library. */
async function seeded(bench: Bench, size: number): Promise<BrowserContext> {
  const context = await newContext(bench);
  const compute = await openComputePage(bench, context);
  const counts = await compute.evaluate(({ n, id }) => window.__bench!.generate(n, id), {
    n: size,
    id: modelId(size),
  });
  const ms = await compute.evaluate((id) => window.__bench!.seed(id), modelId(size));
  bench.log(
    `seeded ${counts.elements} elements, ${counts.links} links, ${counts.placements} placements in ${Math.round(ms)} ms`,
  );
  await compute.close();
  return context;
}

type Scenario = 'open' | 'interact' | 'compute' | 'import';
const SCENARIOS: readonly Scenario[] = ['open', 'interact', 'compute', 'import'];

/** The value of `--name=value`, if given. */
function option(args: string[], name: string): string | undefined {
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** The plan with every size replaced by `size` (one figure at a size not in the plan). */
function atSize(plan: Plan, size: number): Plan {
  return { ...plan, openSizes: [size], interactSize: size, computeSizes: [size], importSize: size };
}

/** Validation and exports on the compute page, then the import (which reuses the generated model). */
async function computeAndImport(
  bench: Bench,
  plan: Plan,
  results: Results,
  runs: (scenario: Scenario) => boolean,
): Promise<void> {
  const context = await newContext(bench);
  const compute = await openComputePage(bench, context);
  try {
    for (const size of runs('compute') ? plan.computeSizes : []) {
      await compute.evaluate(({ n, id }) => window.__bench!.generate(n, id), { n: size, id: modelId(size) });
      await measureCompute(bench, compute, results, modelId(size), size, plan.reps.compute);
      if (size !== plan.importSize) await compute.evaluate((id) => window.__bench!.drop(id), modelId(size));
    }
    if (!runs('import')) return;
    if (!runs('compute') || !plan.computeSizes.includes(plan.importSize))
      await compute.evaluate(({ n, id }) => window.__bench!.generate(n, id), {
        n: plan.importSize,
        id: modelId(plan.importSize),
      });
    const size = plan.importSize;
    await measureImport(bench, context, compute, results, modelId(size), size, plan.reps.import);
  } finally {
    await context.close();
  }
}

export async function main(args: string[]): Promise<number> {
  const quick = args.includes('--quick');
  const size = Number(option(args, 'size') ?? Number.NaN);
  const plan = Number.isInteger(size) && size > 0 ? atSize(quick ? QUICK : FULL, size) : quick ? QUICK : FULL;
  const only = option(args, 'only')?.split(',') ?? SCENARIOS;
  const unknown = only.filter((name) => !SCENARIOS.includes(name as Scenario));
  if (unknown.length > 0) {
    console.error(`Unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.join(', ')}.`);
    return 2;
  }
  const runs = (scenario: Scenario) => only.includes(scenario);
  const started = Date.now();
  const log = (line: string) =>
    console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const results = new Results();

  const dist = await buildAll(log);
  measureBundle(dist, results);
  const server = await serve(dist);
  const browser = await launch();
  const bench: Bench = { browser, url: server.url, quick, log };
  try {
    for (const size of plan.openSizes) {
      const interact = runs('interact') && size === plan.interactSize;
      if (!runs('open') && !interact) continue;
      const context = await seeded(bench, size);
      if (runs('open')) await measureOpen(bench, context, results, modelId(size), size, plan.reps.open);
      if (interact)
        await measureInteraction(bench, context, results, modelId(size), size, plan.reps.interact);
      await context.close();
    }
    if (runs('compute') || runs('import')) await computeAndImport(bench, plan, results, runs);
  } finally {
    await browser.close();
    await server.close();
  }

  const date = new Date().toISOString();
  const partial = option(args, 'only') !== undefined || option(args, 'size') !== undefined;
  const about = machine();
  console.log(
    `\nMapwright benchmark (${quick ? 'quick' : 'full'}${partial ? `, only ${only.join(', ')}` : ''}), ${date}`,
  );
  console.log(`${about['cores']} cores (${about['cpu']}), ${about['chromium']}, ${about['rendering']}\n`);
  console.log(table(results.figures));
  // A partial run leaves the last whole run's figures in results.json.
  const path = writeResults(
    {
      date,
      mode: quick ? 'quick' : 'full',
      machine: about,
      plan,
      only,
      durationS: Math.round((Date.now() - started) / 1000),
      figures: results.figures,
    },
    partial ? 'partial.json' : 'results.json',
  );
  const missed = results.figures.filter((f) => f.target && !f.target.met).map((f) => `${f.metric}@${f.size}`);
  console.log(`\nWritten to ${path}.${missed.length > 0 ? ` Targets missed: ${missed.join(', ')}.` : ''}`);
  return 0;
}
