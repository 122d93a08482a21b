/**
 * The main thread's side of the layout worker: one worker, started on first
 * use and kept (ELK takes a moment to load), requests matched to replies by
 * id. A worker that fails to load, crashes or takes too long rejects every
 * waiting request with a message users can read, and is replaced next time.
 */
import type { ElkLayoutGraph } from '@shared/layout/elkTypes';
import type { LayoutWorkerReply, LayoutWorkerRequest } from './protocol';

export type LayoutRunner = (graph: ElkLayoutGraph) => Promise<ElkLayoutGraph>;

/** Long enough for thousands of elements; a stuck engine is stopped after this. */
const TIMEOUT_MS = 120_000;

interface Pending {
  resolve: (graph: ElkLayoutGraph) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** The worker, as Vite bundles it: its own ES module chunk in production, served as a module in development. */
function startLayoutWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'mapwright-layout',
  });
}

export function createLayoutRunner(
  startWorker: () => Worker = startLayoutWorker,
  timeoutMs = TIMEOUT_MS,
): LayoutRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string) => {
    worker?.terminate();
    worker = null;
    for (const [id, entry] of pending) {
      clearTimeout(entry.timer);
      pending.delete(id);
      entry.reject(new Error(message));
    }
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = startWorker();
    started.onmessage = (event: MessageEvent<LayoutWorkerReply>) => {
      const reply = event.data;
      const entry = pending.get(reply.id);
      if (!entry) return;
      pending.delete(reply.id);
      clearTimeout(entry.timer);
      if (reply.ok) entry.resolve(reply.graph);
      else entry.reject(new Error(`the layout engine stopped: ${reply.error}`));
    };
    started.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      failAll(
        event.message
          ? `the layout engine failed: ${event.message}`
          : 'the layout engine could not be started',
      );
    };
    started.onmessageerror = () => failAll('the layout engine sent an answer that could not be read');
    worker = started;
    return started;
  };

  return (graph) =>
    new Promise<ElkLayoutGraph>((resolve, reject) => {
      let target: Worker;
      try {
        target = ensureWorker();
      } catch (error) {
        reject(
          new Error(
            `the layout engine could not be started (${error instanceof Error ? error.message : String(error)})`,
          ),
        );
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => failAll('the layout took too long and was stopped'), timeoutMs);
      pending.set(id, { resolve, reject, timer });
      const request: LayoutWorkerRequest = { id, graph };
      target.postMessage(request);
    });
}

let shared: LayoutRunner | null = null;

/** Lays a graph out in the app's one layout worker. */
export const runLayoutInWorker: LayoutRunner = (graph) => {
  shared ??= createLayoutRunner();
  return shared(graph);
};
