/**
 * import_ms: an IRE payload of the generated model, from the start of the
 * import until the new model is both on an interactive canvas and stored in
 * the library (parsed, then shown while it is stored: importController.ts);
 * the time to the interactive canvas alone is in the detail. Baseline: raw
 * Dexie bulkPut of the same rows the library writes. Each run imports into a fresh app page; the stored copy is removed
 * afterwards so every run meets the same database.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { STASH } from '../pages/api';
import type { Bench } from '../browser';
import type { Results } from '../report';
import { median, medianAndRuns, round } from '../stats';

const PAYLOAD_URL = '/bench/payload.json';

async function importOnce(
  bench: Bench,
  context: BrowserContext,
): Promise<{ ms: number; parsedMs: number; interactiveMs: number; id: string }> {
  const page = await context.newPage();
  await page.goto(`${bench.url}?model=empty&bench`);
  await page.waitForFunction(() => window.__mapwrightBench?.editor() != null, undefined, { timeout: 60_000 });
  const result = await page.evaluate(
    async ({ stash, url }) => {
      const response = await (await caches.open(stash)).match(url);
      if (!response) throw new Error('no payload stashed');
      const text = await response.text();
      const bench = window.__mapwrightBench;
      if (!bench) throw new Error('not a bench page');
      const started = performance.now();
      const imported = await bench.importIre(text);
      const ms = performance.now() - started;
      return {
        ms,
        parsedMs: imported.parsedMs,
        interactiveMs: imported.interactiveMs,
        id: bench.editor()?.document.getState().doc.id ?? '',
      };
    },
    { stash: STASH, url: PAYLOAD_URL },
  );
  await page.close();
  return result;
}

export async function measureImport(
  bench: Bench,
  context: BrowserContext,
  compute: Page,
  results: Results,
  modelId: string,
  size: number,
  reps: number,
): Promise<void> {
  const bytes = await compute.evaluate(({ id, url }) => window.__bench!.stashIre(id, url), {
    id: modelId,
    url: PAYLOAD_URL,
  });
  const bulk = await compute.evaluate(({ id, n }) => window.__bench!.bulkPut(id, n), {
    id: modelId,
    n: reps,
  });
  const runs: { ms: number; parsedMs: number; interactiveMs: number }[] = [];
  for (let i = 0; i < reps; i++) {
    const run = await importOnce(bench, context);
    runs.push(run);
    await compute.evaluate((id) => window.__bench!.removeStored(id), run.id);
  }
  results.add({
    metric: 'import_ms',
    size,
    value: round(median(runs.map((r) => r.ms))),
    unit: 'ms',
    runs: runs.map((r) => round(r.ms)),
    baseline: {
      what: 'raw Dexie bulkPut of the rows',
      ...medianAndRuns(bulk),
    },
    detail: {
      payload: `${Math.round(bytes / 1024)} KB`,
      parse_ms: round(median(runs.map((r) => r.parsedMs))),
      interactive_ms: round(median(runs.map((r) => r.interactiveMs))),
    },
  });
  bench.log(`import ${size}: ${round(median(runs.map((r) => r.ms)))} ms, bulkPut ${round(median(bulk))} ms`);
}
