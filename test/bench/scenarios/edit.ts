/**
 * One edit in the open 10k model, as a user makes it: a node moved with the
 * mouse (the drop is the edit) or an element renamed on the canvas (Enter).
 * - persist_ms: the input event's time stamp -> autosave's transaction has
 *   committed (its status turns from saving to saved); the stored row is read
 *   back afterwards to check it holds the edit.
 * - edit_long_task_ms: the longest main-thread task from the edit until it is
 *   saved and validated: the longest of a Chromium trace's tasks, the Long
 *   Tasks API's entries (50 ms and over only) and our own measure of the
 *   synchronous part (input event dispatch -> the next task).
 */
import type { Page } from 'playwright-core';
import type { Bench } from '../browser';
import { sleep } from '../stats';
import { centralNode } from './gestures';
import { longestTask, startTrace } from './trace';

export type EditKind = 'move' | 'rename';

export interface EditTiming {
  persistMs: number;
  syncMs: number;
  validatedMs: number;
  longTaskApiMs: number;
  tracedLongestMs: number;
  rowChecked: boolean;
}

interface EditProbe {
  editAt: number;
  syncMs: number;
  savedAt: number;
  validatedAt: number;
  /** Long tasks seen since the probe was installed, the gesture before the edit included. */
  longTasks: { start: number; duration: number }[];
  stop: () => void;
}

async function installProbe(page: Page, kind: EditKind): Promise<void> {
  await page.evaluate((edit) => {
    const open = window.__mapwrightBench?.host.store.getState().open;
    if (!open?.autosaver) throw new Error('no stored model open');
    const probe: EditProbe = {
      editAt: Number.NaN,
      syncMs: Number.NaN,
      savedAt: Number.NaN,
      validatedAt: Number.NaN,
      longTasks: [],
      stop: () => undefined,
    };
    const type = edit === 'move' ? 'pointerup' : 'keydown';
    const onInput = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
      window.removeEventListener(type, onInput, true);
      probe.editAt = event.timeStamp;
      const dispatched = performance.now();
      // Runs after this input's task (handlers, React's synchronous render, microtasks).
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.syncMs = performance.now() - dispatched);
      channel.port2.postMessage(0);
    };
    window.addEventListener(type, onInput, true);
    const stopSaved = open.autosaver.status.subscribe((status, previous) => {
      if (status.state === 'saved' && previous.state === 'saving' && Number.isNaN(probe.savedAt))
        probe.savedAt = performance.now();
    });
    const stopValidated = open.editor.validation.subscribe(() => {
      if (Number.isNaN(probe.validatedAt)) probe.validatedAt = performance.now();
    });
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    });
    observer.observe({ type: 'longtask' });
    probe.stop = () => {
      stopSaved();
      stopValidated();
      observer.disconnect();
    };
    (globalThis as { __editProbe?: EditProbe }).__editProbe = probe;
  }, kind);
}

async function waitForSave(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const probe = (globalThis as { __editProbe?: EditProbe }).__editProbe;
      return (
        probe &&
        !Number.isNaN(probe.savedAt) &&
        !Number.isNaN(probe.validatedAt) &&
        !Number.isNaN(probe.syncMs)
      );
    },
    undefined,
    { timeout: 30_000, polling: 20 },
  );
}

/** The stored row holds the edit: the element's placement or name, read back from IndexedDB. */
async function rowHoldsEdit(page: Page, kind: EditKind, elementId: string): Promise<boolean> {
  return page.evaluate(
    async ({ edit, id }) => {
      const open = window.__mapwrightBench?.host.store.getState().open;
      const library = window.__mapwrightBench?.host.store.getState().library;
      if (!open || !library) return false;
      const { doc } = open.editor.document.getState();
      const viewId = open.editor.session.getState().activeViewId;
      if (edit === 'move') {
        const row = await library.db.placements.get([doc.id, viewId, id]);
        const placement = doc.views[viewId]?.placements[id];
        return !!row && !!placement && row.x === placement.x && row.y === placement.y;
      }
      const row = await library.db.elements.get([doc.id, id]);
      return !!row && row.name === doc.elements[id]?.name;
    },
    { edit: kind, id: elementId },
  );
}

export async function measureEdit(
  bench: Bench,
  page: Page,
  kind: EditKind,
  round: number,
): Promise<EditTiming> {
  // Nothing pending from an earlier edit: the saver is idle and validation caught up.
  await page.evaluate(async () => {
    const open = window.__mapwrightBench?.host.store.getState().open;
    await open?.autosaver?.flush();
    open?.editor.validation.flush();
  });
  await sleep(300);
  const node = await centralNode(page);
  await installProbe(page, kind);
  if (kind === 'move') {
    await page.mouse.move(node.x, node.y);
    await page.mouse.down();
    await page.mouse.move(node.x + 5, node.y + 5);
    await page.mouse.move(node.x + 40, node.y + (round % 2 === 0 ? 32 : -32), { steps: 4 });
    await sleep(100);
    await startTrace(bench.browser, page);
    await page.mouse.up();
  } else {
    await page.mouse.dblclick(node.x, node.y);
    const field = page.locator('.element-node-rename');
    await field.waitFor();
    await field.fill(`Renamed in round ${round}`);
    await sleep(100);
    await startTrace(bench.browser, page);
    await field.press('Enter');
  }
  await waitForSave(page);
  await sleep(200);
  const traced = await longestTask(bench.browser, bench.url);
  const probe = await page.evaluate(() => {
    const p = (globalThis as { __editProbe?: EditProbe }).__editProbe;
    if (!p) throw new Error('no edit probe');
    p.stop();
    return {
      editAt: p.editAt,
      syncMs: p.syncMs,
      savedAt: p.savedAt,
      validatedAt: p.validatedAt,
      // Only tasks that ended after the edit's input event: not the drag or double-click leading to it.
      longTasks: p.longTasks.filter((t) => t.start + t.duration >= p.editAt).map((t) => t.duration),
    };
  });
  return {
    persistMs: probe.savedAt - probe.editAt,
    syncMs: probe.syncMs,
    validatedMs: probe.validatedAt - probe.editAt,
    longTaskApiMs: Math.max(0, ...probe.longTasks),
    tracedLongestMs: traced.longestMs,
    rowChecked: await rowHoldsEdit(page, kind, node.id),
  };
}
