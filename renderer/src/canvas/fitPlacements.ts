/**
 * "Fit view" over the active view's placements. React Flow holds only the
 * nodes around the screen of a large view (useShownOnCanvas.ts), so its own
 * fitView would fit those; this fits what the view holds (or the given nodes
 * of it), whether React Flow has them or not.
 */
import {
  getViewportForBounds,
  type FitViewOptions,
  type ReactFlowInstance,
  type ReactFlowState,
} from '@xyflow/react';
import { boundsOf, type Box } from '@shared/layout/align';
import type { Editor } from '../editor/EditorContext';
import type { LinkEdge } from './deriveEdges';
import type { ElementNode } from './deriveNodes';

/** React Flow's own default. */
const PADDING = 0.1;

export function fitPlacements(
  flow: Pick<ReactFlowInstance<ElementNode, LinkEdge>, 'setViewport'>,
  pane: Pick<ReactFlowState, 'width' | 'height' | 'minZoom' | 'maxZoom'>,
  editor: Editor,
  options: FitViewOptions<ElementNode> = {},
): Promise<boolean> {
  const { doc } = editor.document.getState();
  const view = doc.views[editor.session.getState().activeViewId];
  if (!view || !pane.width || !pane.height) return Promise.resolve(false);
  const ids = options.nodes?.map((node) => node.id) ?? Object.keys(view.placements);
  const bounds = boundsOf(
    ids.flatMap((id): Box[] => {
      const placement = view.placements[id];
      return placement ? [placement] : [];
    }),
  );
  if (!bounds) return Promise.resolve(false);
  const viewport = getViewportForBounds(
    bounds,
    pane.width,
    pane.height,
    options.minZoom ?? pane.minZoom,
    options.maxZoom ?? pane.maxZoom,
    options.padding ?? PADDING,
  );
  return flow
    .setViewport(viewport, options.duration === undefined ? undefined : { duration: options.duration })
    .then(() => true);
}
