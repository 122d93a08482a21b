/**
 * The open 10k model in use, each figure against bare React Flow on the
 * same rows where that means something: heap after a forced collection,
 * frame rate while panning and zooming and while dragging a node (with the
 * count of node components that rendered again without being dragged), then
 * single edits (edit.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { canvasView, openApp, openBaseline, type Bench } from '../browser';
import type { Results } from '../report';
import { median, round, sleep } from '../stats';
import { measureEdit, type EditTiming } from './edit';
import { centralNode, dragNode, panZoom, type FrameStats } from './gestures';

/** Used JS heap after a forced collection, in MB (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage). */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await sleep(1000);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Drags the central node, counting ElementNodeView renders of every other node while it is held. */
async function dragInApp(page: Page): Promise<{ frames: FrameStats; needless: number; renders: number }> {
  const node = await centralNode(page);
  await page.mouse.click(node.x, node.y);
  await sleep(400);
  await page.evaluate(() => window.__mapwrightBench?.resetRenders());
  const frames = await dragNode(page, node);
  const counted = await page.evaluate((dragged) => {
    const renders = window.__mapwrightBench?.renders ?? new Map<string, number>();
    let others = 0;
    let total = 0;
    for (const [id, count] of renders) {
      total += count;
      if (id !== dragged) others++;
    }
    return { others, total };
  }, node.id);
  await page.mouse.up();
  await sleep(500);
  return { frames, needless: counted.others, renders: counted.total };
}

async function dragInBaseline(page: Page): Promise<FrameStats> {
  const node = await centralNode(page);
  await page.mouse.click(node.x, node.y);
  await sleep(400);
  const frames = await dragNode(page, node);
  await page.mouse.up();
  return frames;
}

function addFrames(
  results: Results,
  metric: string,
  size: number,
  app: FrameStats[],
  base: FrameStats[],
): void {
  results.add({
    metric,
    size,
    value: round(median(app.map((f) => f.fps))),
    unit: 'fps',
    runs: app.map((f) => round(f.fps)),
    baseline: {
      what: 'React Flow',
      value: round(median(base.map((f) => f.fps))),
      runs: base.map((f) => round(f.fps)),
    },
    detail: {
      worst_frame_ms: round(median(app.map((f) => f.worstFrameMs))),
      baseline_worst_frame_ms: round(median(base.map((f) => f.worstFrameMs))),
    },
  });
}

export async function measureInteraction(
  bench: Bench,
  context: BrowserContext,
  results: Results,
  modelId: string,
  size: number,
  reps: number,
): Promise<void> {
  // One page at a time: pages of one site may share a renderer process, its main thread and its heap.
  const app = await openApp(bench, context, modelId);
  const canvas = await canvasView(app.page);
  const appHeap = await heapMb(app.page);
  const pans = {
    app: [] as FrameStats[],
    base: [] as FrameStats[],
    appPan: [] as FrameStats[],
    appZoom: [] as FrameStats[],
  };
  const drags = {
    app: [] as FrameStats[],
    base: [] as FrameStats[],
    needless: [] as number[],
    renders: [] as number[],
  };
  for (let i = 0; i < reps; i++) {
    const appPan = await panZoom(app.page);
    pans.app.push(appPan.all);
    pans.appPan.push(appPan.pan);
    pans.appZoom.push(appPan.zoom);
    const drag = await dragInApp(app.page);
    drags.app.push(drag.frames);
    drags.needless.push(drag.needless);
    drags.renders.push(drag.renders);
  }
  const edits: Record<'move' | 'rename', EditTiming[]> = { move: [], rename: [] };
  for (let i = 0; i < reps; i++) {
    edits.move.push(await measureEdit(bench, app.page, 'move', i));
    edits.rename.push(await measureEdit(bench, app.page, 'rename', i));
  }
  await app.page.close();

  const base = await openBaseline(bench, context, modelId, canvas);
  const baseHeap = await heapMb(base.page);
  for (let i = 0; i < reps; i++) {
    pans.base.push((await panZoom(base.page)).all);
    drags.base.push(await dragInBaseline(base.page));
  }
  await base.page.close();

  results.add({
    metric: 'heap_mb',
    size,
    value: round(appHeap),
    unit: 'MB',
    baseline: { what: 'React Flow + raw Dexie read', value: round(baseHeap) },
  });
  bench.log(`heap ${size}: app ${round(appHeap)} MB, baseline ${round(baseHeap)} MB`);
  addFrames(results, 'pan_fps', size, pans.app, pans.base);
  const pan = results.figures.at(-1);
  if (pan?.detail) {
    pan.detail['pan_only_fps'] = round(median(pans.appPan.map((f) => f.fps)));
    pan.detail['zoom_only_fps'] = round(median(pans.appZoom.map((f) => f.fps)));
  }
  addFrames(results, 'drag_fps', size, drags.app, drags.base);
  results.add({
    metric: 'drag_needless_renders',
    size,
    value: Math.max(...drags.needless),
    unit: 'renders',
    runs: drags.needless,
    detail: { node_renders_during_drag: median(drags.renders) },
  });
  bench.log(
    `gestures ${size}: pan/zoom ${round(median(pans.app.map((f) => f.fps)))} fps, drag ${round(median(drags.app.map((f) => f.fps)))} fps, other nodes rendered ${Math.max(...drags.needless)}`,
  );
  const all = [...edits.move, ...edits.rename];
  if (all.some((e) => !e.rowChecked)) throw new Error('an edit was not found in IndexedDB after its save');
  const med = (list: EditTiming[], pick: (e: EditTiming) => number) => round(median(list.map(pick)));
  results.add({
    metric: 'persist_ms',
    size,
    value: med(all, (e) => e.persistMs),
    unit: 'ms',
    runs: all.map((e) => round(e.persistMs)),
    detail: {
      move_ms: med(edits.move, (e) => e.persistMs),
      rename_ms: med(edits.rename, (e) => e.persistMs),
      includes: "autosave's 100 ms debounce",
      validated_after_ms: med(all, (e) => e.validatedMs),
    },
  });
  const longest = (e: EditTiming) => Math.max(e.tracedLongestMs, e.longTaskApiMs, e.syncMs);
  results.add({
    metric: 'edit_long_task_ms',
    size,
    value: med(all, longest),
    unit: 'ms',
    runs: all.map((e) => round(longest(e))),
    detail: {
      move_ms: med(edits.move, longest),
      rename_ms: med(edits.rename, longest),
      move_sync_ms: med(edits.move, (e) => e.syncMs),
      rename_sync_ms: med(edits.rename, (e) => e.syncMs),
      traced_longest_ms: med(all, (e) => e.tracedLongestMs),
      longtask_api_max_ms: round(Math.max(...all.map((e) => e.longTaskApiMs))),
    },
  });
  bench.log(
    `edits ${size}: persist ${med(all, (e) => e.persistMs)} ms, longest task ${med(all, longest)} ms (sync ${med(all, (e) => e.syncMs)} ms)`,
  );
}
