/**
 * open_ms: from asking to open a stored model (ModelHost.openModel) to the
 * canvas being interactive, in a fresh page each run; baseline: bare React
 * Flow on the same rows read with raw Dexie (pages/baseline.ts). Runs
 * alternate app and baseline so both see the same machine state.
 */
import type { BrowserContext } from 'playwright-core';
import { canvasView, openApp, openBaseline, type Bench } from '../browser';
import type { Results } from '../report';
import { median, medianAndRuns, round } from '../stats';

export async function measureOpen(
  bench: Bench,
  context: BrowserContext,
  results: Results,
  modelId: string,
  size: number,
  reps: number,
): Promise<void> {
  // A first, untimed open warms the disk cache and tells the baseline the canvas size and what it shows.
  const warm = await openApp(bench, context, modelId);
  const canvas = await canvasView(warm.page);
  await warm.page.close();
  const app = { open: [] as number[], nav: [] as number[], commit: [] as number[], load: [] as number[] };
  const base = { open: [] as number[], nav: [] as number[], read: [] as number[] };
  for (let i = 0; i < reps; i++) {
    const opened = await openApp(bench, context, modelId);
    app.open.push(opened.openMs);
    app.nav.push(opened.fromNavigationMs);
    app.commit.push(opened.firstCommitMs);
    app.load.push(opened.loadMs);
    await opened.page.close();
    const baseline = await openBaseline(bench, context, modelId, canvas);
    base.open.push(baseline.openMs);
    base.nav.push(baseline.fromNavigationMs);
    base.read.push(baseline.readMs);
    await baseline.page.close();
  }
  results.add({
    metric: 'open_ms',
    size,
    ...medianAndRuns(app.open),
    unit: 'ms',
    baseline: {
      what: 'React Flow + raw Dexie read',
      ...medianAndRuns(base.open),
    },
    detail: {
      read_from_library_ms: round(median(app.load)),
      first_canvas_commit_ms: round(median(app.commit)),
      navigation_to_interactive_ms: round(median(app.nav)),
      baseline_navigation_to_interactive_ms: round(median(base.nav)),
      baseline_raw_read_ms: round(median(base.read)),
      canvas: `${Math.round(canvas.width)}x${Math.round(canvas.height)} px at zoom ${canvas.zoom.toFixed(2)}`,
    },
  });
  bench.log(`open ${size}: app ${round(median(app.open))} ms, baseline ${round(median(base.open))} ms`);
}
