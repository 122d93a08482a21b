/**
 * Runs ELK off the main thread, so the canvas stays responsive while a big
 * view is laid out. Bundled by Vite as an ES module worker (its own chunk,
 * loaded from the app's origin, so `worker-src 'self'` allows it); ELK is the
 * self-contained elk.bundled.js, which needs no eval and no second worker.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ElkLayoutGraph } from '@shared/layout/elkTypes';
import type { LayoutWorkerReply, LayoutWorkerRequest } from './protocol';

const elk = new ELK();

// elk.bundled.js installs its own message handler when it finds itself in a
// worker; this one replaces it, so only our protocol answers.
self.onmessage = (event: MessageEvent<LayoutWorkerRequest>) => {
  const { id, graph } = event.data;
  const reply = (message: LayoutWorkerReply) => self.postMessage(message);
  elk
    .layout(graph)
    // ELK answers with the graph it was given, positions filled in.
    .then((result: ElkNode) => reply({ id, ok: true, graph: result as unknown as ElkLayoutGraph }))
    .catch((error: unknown) =>
      reply({ id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
};
