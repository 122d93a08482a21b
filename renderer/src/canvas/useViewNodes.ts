import { useMemo, useState } from 'react';
import { useEdgeClassName, useNodeClassName } from '../analysis/useAnalysis';
import { useDocument, useSession } from '../editor/EditorContext';
import { createNodeDeriver, type ElementNode } from './deriveNodes';
import { createEdgeDeriver, type LinkEdge } from './deriveEdges';
import { useFindingCounts } from './useFindingCounts';

export function useViewNodes(): ElementNode[] {
  const [derive] = useState(createNodeDeriver);
  const viewId = useSession((state) => state.activeViewId);
  const view = useDocument((state) => state.doc.views[viewId]);
  const elements = useDocument((state) => state.doc.elements);
  const selected = useSession((state) => state.selectedElements);
  const dragPositions = useSession((state) => state.dragPositions);
  const findingCounts = useFindingCounts();
  const className = useNodeClassName();
  return useMemo(
    () => derive({ view, elements, selected, findingCounts, dragPositions, className }),
    [derive, view, elements, selected, findingCounts, dragPositions, className],
  );
}

export function useViewEdges(): LinkEdge[] {
  const [derive] = useState(createEdgeDeriver);
  const viewId = useSession((state) => state.activeViewId);
  const view = useDocument((state) => state.doc.views[viewId]);
  const links = useDocument((state) => state.doc.links);
  const selected = useSession((state) => state.selectedLinks);
  const className = useEdgeClassName();
  return useMemo(() => derive(view, links, selected, className), [derive, view, links, selected, className]);
}
