/** Messages between the renderer and the layout worker. */
import type { ElkLayoutGraph } from '@shared/layout/elkTypes';

export interface LayoutWorkerRequest {
  id: number;
  graph: ElkLayoutGraph;
}

export type LayoutWorkerReply =
  { id: number; ok: true; graph: ElkLayoutGraph } | { id: number; ok: false; error: string };
