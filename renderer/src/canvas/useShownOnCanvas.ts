/**
 * The nodes and edges handed to React Flow: for a large view those around
 * the screen (canvasWindow.ts), for a workshop-sized one all of them (React
 * Flow's walks cost nothing there, and nothing changes for the user). The
 * same arrays come back while they hold the same items, so React Flow has
 * nothing to take in.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo, useState } from 'react';
import type { Id, Placement } from '@shared/model/types';
import { createWindowFilter, screenInFlow, windowAround, type Rect } from './canvasWindow';
import type { ElementNode } from './deriveNodes';
import type { LinkEdge } from './deriveEdges';

/** Views up to this many nodes are given to React Flow whole. */
export const WINDOWED_ABOVE = 2000;

/** Until the pane is measured: a large screen, so the first frame is full. */
const UNMEASURED = { width: 1920, height: 1200 };

/** The window as a string: a pan or zoom re-renders the canvas only when the window moves. */
function selectWindow(state: ReactFlowState): string {
  const screen = screenInFlow(
    state.transform,
    state.width || UNMEASURED.width,
    state.height || UNMEASURED.height,
  );
  const { x, y, width, height } = windowAround(screen);
  return `${x} ${y} ${width} ${height}`;
}

function parseRect(key: string): Rect {
  const [x = 0, y = 0, width = 0, height = 0] = key.split(' ').map(Number);
  return { x, y, width, height };
}

const NO_PLACEMENTS: Readonly<Record<Id, Placement>> = {};

export function useShownOnCanvas(
  nodes: ElementNode[],
  edges: LinkEdge[],
  placements: Readonly<Record<Id, Placement>> | undefined,
  keep: ReadonlySet<Id>,
): { nodes: ElementNode[]; edges: LinkEdge[] } {
  const [filter] = useState(createWindowFilter<ElementNode, LinkEdge>);
  const windowed = nodes.length > WINDOWED_ABOVE;
  const key = useStore((state) => (windowed ? selectWindow(state) : ''));
  return useMemo(
    () => filter(windowed ? parseRect(key) : null, nodes, edges, placements ?? NO_PLACEMENTS, keep),
    [filter, windowed, key, nodes, edges, placements, keep],
  );
}
