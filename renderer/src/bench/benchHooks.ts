/**
 * Hooks for the benchmark (`npm run bench`, test/bench/). They do something
 * only when the page's address has `?bench`; otherwise every hook is one
 * check of a module-level constant and the app behaves exactly as without them.
 *
 * Under `?bench`:
 * - performance marks: `mapwright:open-requested` when ModelHost.openModel
 *   starts, `mapwright:model-loaded` once the model is read from the library,
 *   `mapwright:canvas-ready` when the canvas first commits nodes after
 *   that, and `mapwright:canvas-interactive` at the time the canvas became
 *   interactive (see whenInteractive);
 * - `window.__mapwrightBench`: the model host (its store holds the open
 *   editor), a count of ElementNodeView renders per node id, and `importIre`,
 *   which imports an IRE payload the way the app stores and opens a model.
 */
import { useEffect } from 'react';
import type { Id } from '@shared/model/types';
import type { Editor } from '../editor/EditorContext';
import type { ModelHost } from '../persistence/modelHost';

export const BENCH = typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench');

export const MARK = {
  openRequested: 'mapwright:open-requested',
  modelLoaded: 'mapwright:model-loaded',
  canvasReady: 'mapwright:canvas-ready',
  canvasInteractive: 'mapwright:canvas-interactive',
  importStarted: 'mapwright:import-started',
} as const;

export interface BenchApi {
  host: ModelHost;
  editor: () => Editor | null;
  /** ElementNodeView renders per node id since the last reset. */
  renders: Map<Id, number>;
  resetRenders: () => void;
  /**
   * Imports an IRE payload as the import command does; resolves once the canvas is interactive and the
   * model stored, with the time to each (and the parse) from the start, ms.
   */
  importIre: (
    text: string,
  ) => Promise<{ elements: number; parsedMs: number; interactiveMs: number; storedMs: number }>;
}

const renders = new Map<Id, number>();
let awaitingCanvas = false;

/** Resolves, with the time, once a React Flow node is in the DOM and the frame that paints it has passed. */
export function whenNodesPainted(): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector('.react-flow__node')) {
        requestAnimationFrame(check);
        return;
      }
      // The rAF callback runs before that frame paints; the task after it runs once it has.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    };
    check();
  });
}

/** No long task for this long after the nodes were painted: the canvas answers input. */
const QUIET_MS = 500;

/**
 * Resolves with the time the canvas became interactive, in the spirit of
 * Lighthouse's time to interactive: nodes painted, and the end of the last
 * long task (50 ms or more) before a quiet window, whichever is later. So a
 * fit to the screen, validation or any other work an open sets off after
 * the first paint is counted. Call it when the canvas first has nodes.
 */
export function whenInteractive(): Promise<number> {
  let busyUntil = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) busyUntil = Math.max(busyUntil, entry.startTime + entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return whenNodesPainted().then(
    (painted) =>
      new Promise((resolve) => {
        const check = () => {
          const since = Math.max(painted, busyUntil);
          if (performance.now() - since < QUIET_MS) {
            setTimeout(check, 50);
            return;
          }
          observer.disconnect();
          resolve(since);
        };
        check();
      }),
  );
}

/** ModelHost.openModel: a model is about to be read from the library. */
export function benchOpenRequested(): void {
  if (!BENCH) return;
  for (const name of [MARK.openRequested, MARK.modelLoaded, MARK.canvasReady, MARK.canvasInteractive])
    performance.clearMarks(name);
  performance.mark(MARK.openRequested);
  awaitingCanvas = true;
}

/** ModelHost.openModel: the model is read (or was at hand) and its editor is about to be made. */
export function benchModelLoaded(): void {
  if (BENCH) performance.mark(MARK.modelLoaded);
}

/** CanvasView: marks the first commit with nodes after an open, then when they are on screen. */
export function useBenchCanvasReady(hasNodes: boolean): void {
  useEffect(() => {
    if (!BENCH || !hasNodes || !awaitingCanvas) return;
    awaitingCanvas = false;
    performance.mark(MARK.canvasReady);
    void whenInteractive().then((at) => performance.mark(MARK.canvasInteractive, { startTime: at }));
  }, [hasNodes]);
}

/** ElementNodeView: counts renders per node (what a drag makes the other nodes do). */
export function benchNodeRender(id: Id): void {
  renders.set(id, (renders.get(id) ?? 0) + 1);
}

function interactive(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (performance.getEntriesByName(MARK.canvasInteractive).length > 0) resolve();
      else setTimeout(check, 5);
    };
    check();
  });
}

/** Exposes the host to the benchmark (ModelHostView). */
export function exposeToBench(host: ModelHost): void {
  if (!BENCH) return;
  const api: BenchApi = {
    host,
    editor: () => host.store.getState().open?.editor ?? null,
    renders,
    resetRenders: () => renders.clear(),
    importIre: async (text) => {
      // Loaded first, as a real import command would have its code at hand.
      const { importAny } = await import('@shared/exchange');
      performance.clearMarks(MARK.importStarted);
      const started = performance.now();
      performance.mark(MARK.importStarted);
      const imported = importAny(text, { fileName: 'bench.json' });
      if (!imported.ok) throw new Error(imported.error);
      const parsed = performance.now();
      // As the import command does (importController.ts): shown at once, stored meanwhile.
      const storing = host.openNew(imported.doc);
      await interactive();
      const shown = performance.now();
      await storing;
      return {
        elements: Object.keys(imported.doc.elements).length,
        parsedMs: parsed - started,
        interactiveMs: shown - started,
        storedMs: performance.now() - started,
      };
    },
  };
  (globalThis as { __mapwrightBench?: BenchApi }).__mapwrightBench = api;
}
