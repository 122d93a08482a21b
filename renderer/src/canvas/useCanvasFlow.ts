/** React Flow's instance for the editor's commands, its fitView fitting the view's placements (fitPlacements.ts). */
import { useReactFlow, useStoreApi, type ReactFlowInstance } from '@xyflow/react';
import { useMemo } from 'react';
import { useEditor } from '../editor/EditorContext';
import type { LinkEdge } from './deriveEdges';
import type { ElementNode } from './deriveNodes';
import { fitPlacements } from './fitPlacements';

export function useCanvasFlow(): ReactFlowInstance<ElementNode, LinkEdge> {
  const flow = useReactFlow<ElementNode, LinkEdge>();
  const store = useStoreApi<ElementNode, LinkEdge>();
  const editor = useEditor();
  return useMemo(
    () => ({ ...flow, fitView: (options) => fitPlacements(flow, store.getState(), editor, options) }),
    [flow, store, editor],
  );
}
