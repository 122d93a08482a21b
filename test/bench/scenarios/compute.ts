/**
 * Shared code in the page (production build): full and incremental
 * validation, and the two ServiceNow exports against JSON.stringify of the
 * same model.
 */
import type { Page } from 'playwright-core';
import type { Bench } from '../browser';
import type { Results } from '../report';
import { median, medianAndRuns, round } from '../stats';

const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;

export async function measureCompute(
  bench: Bench,
  page: Page,
  results: Results,
  modelId: string,
  size: number,
  reps: number,
): Promise<void> {
  const full = await page.evaluate(({ id, n }) => window.__bench!.validateFull(id, n), {
    id: modelId,
    n: reps,
  });
  results.add({
    metric: 'validate_full_ms',
    size,
    ...medianAndRuns(full.ms),
    unit: 'ms',
    detail: { findings: full.findings },
  });
  const incremental = await page.evaluate(({ id, n }) => window.__bench!.validateIncremental(id, n), {
    id: modelId,
    n: Math.max(reps, 5),
  });
  results.add({
    metric: 'validate_incremental_ms',
    size,
    value: round(median(incremental.withDiff), 2),
    unit: 'ms',
    runs: incremental.withDiff.map((v) => round(v, 2)),
    detail: {
      edit: "rename of one element, the edit's diff passed in (as the app does since the diff is shared with autosave)",
      edit_diff_ms: round(median(incremental.diff), 2),
      re_diffing_ms: round(median(incremental.reDiff), 2),
    },
  });
  const stringify = await page.evaluate(({ id, n }) => window.__bench!.stringify(id, n), {
    id: modelId,
    n: reps,
  });
  const baseline = {
    what: 'JSON.stringify(model)',
    ...medianAndRuns(stringify.ms),
  };
  const ire = await page.evaluate(({ id, n }) => window.__bench!.exportIre(id, n), { id: modelId, n: reps });
  results.add({
    metric: 'export_ire_ms',
    size,
    ...medianAndRuns(ire.ms),
    unit: 'ms',
    baseline,
    detail: { output: `payload as indented JSON text, ${kb(ire.bytes)}`, model_json: kb(stringify.bytes) },
  });
  const bundle = await page.evaluate(({ id, n }) => window.__bench!.exportBundle(id, n), {
    id: modelId,
    n: reps,
  });
  results.add({
    metric: 'export_bundle_ms',
    size,
    ...medianAndRuns(bundle.ms),
    unit: 'ms',
    baseline,
    detail: { output: `import-set zip, ${kb(bundle.bytes)}` },
  });
  bench.log(
    `compute ${size}: validate ${round(median(full.ms))} ms, incremental ${round(median(incremental.withDiff), 2)} ms (diff ${round(median(incremental.diff), 2)} ms), IRE ${round(median(ire.ms))} ms, bundle ${round(median(bundle.ms))} ms, stringify ${baseline.value} ms`,
  );
}
