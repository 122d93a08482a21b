/**
 * What React Flow is given: the nodes and links around the screen, not the
 * whole view. React Flow walks every node and edge it holds on each pan and
 * zoom frame (which edges are visible) and on each edit (taking in the node
 * array); with 10,000 elements and 15,000 links that walk was most of a
 * frame. So the canvas hands it a window around the screen, moved only when
 * the screen nears its edge, and React Flow's own culling picks what to draw
 * inside it.
 *
 * Pure: the caller passes the screen and the derived nodes and edges.
 */
import type { Id, Placement } from '@shared/model/types';
import { sameItems } from './deriveNodes';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The screen in flow units, from React Flow's transform [x, y, zoom] and the pane's size in pixels. */
export function screenInFlow(
  transform: readonly [number, number, number],
  width: number,
  height: number,
): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/**
 * The window for a screen: the screen and half its size again on each side,
 * on a grid of quarter screens (at the zoom rounded to a power of 1.25), so a
 * pan moves it once every quarter screen and a zoom once every few notches.
 */
export function windowAround(screen: Rect): Rect {
  const step = 1.25 ** Math.ceil(Math.log(Math.max(screen.width, screen.height, 1)) / Math.log(1.25)) / 4;
  const snap = (value: number) => Math.floor(value / step) * step;
  const x = snap(screen.x - screen.width / 2);
  const y = snap(screen.y - screen.height / 2);
  return {
    x,
    y,
    width: snap(screen.x + screen.width * 1.5) + step - x,
    height: snap(screen.y + screen.height * 1.5) + step - y,
  };
}

function overlaps(a: Rect, x: number, y: number, width: number, height: number): boolean {
  return x < a.x + a.width && x + width > a.x && y < a.y + a.height && y + height > a.y;
}

/** What the window needs of a node and an edge (React Flow's own fields). */
interface Box {
  id: Id;
  position: { x: number; y: number };
}
interface Ends {
  source: Id;
  target: Id;
}

/**
 * The nodes and edges React Flow gets for `window`: the nodes in it, the
 * `keep` ones (the selection: a drag moves all of it), the edges whose box
 * (the box of their two ends, as placed) meets it, and the nodes at the far
 * end of those edges (React Flow draws an edge only between nodes it holds).
 */
export function inWindow<N extends Box, E extends Ends>(
  window: Rect,
  nodes: readonly N[],
  edges: readonly E[],
  placements: Readonly<Record<Id, Placement>>,
  keep: ReadonlySet<Id>,
): { nodes: N[]; edges: E[] } {
  const picked = pick(window, nodes, edges, placements, keep);
  return { nodes: picked.at.map((i) => nodes[i] as N), edges: picked.edges };
}

/** inWindow's answer, the nodes as their positions in `nodes`. */
function pick<N extends Box, E extends Ends>(
  window: Rect,
  nodes: readonly N[],
  edges: readonly E[],
  placements: Readonly<Record<Id, Placement>>,
  keep: ReadonlySet<Id>,
): { at: number[]; edges: E[] } {
  const shownEdges: E[] = [];
  const ends = new Set<Id>();
  for (const edge of edges) {
    const a = placements[edge.source];
    const b = placements[edge.target];
    if (!a || !b) continue;
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    const right = Math.max(a.x + a.width, b.x + b.width);
    const bottom = Math.max(a.y + a.height, b.y + b.height);
    if (!overlaps(window, x, y, right - x, bottom - y)) continue;
    shownEdges.push(edge);
    ends.add(edge.source);
    ends.add(edge.target);
  }
  const at: number[] = [];
  nodes.forEach((node, i) => {
    const placement = placements[node.id];
    if (!placement) return;
    const { x, y } = node.position;
    if (ends.has(node.id) || keep.has(node.id) || overlaps(window, x, y, placement.width, placement.height))
      at.push(i);
  });
  return { at, edges: shownEdges };
}

const sameRect = (a: Rect | null, b: Rect | null) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

/**
 * A filter that keeps its last answer: the same arrays come back while they
 * hold the same items, so React Flow has nothing to take in. `window` null:
 * everything (a workshop-sized view). Make one per canvas.
 */
export function createWindowFilter<N extends Box, E extends Ends>(): (
  window: Rect | null,
  nodes: N[],
  edges: E[],
  placements: Readonly<Record<Id, Placement>>,
  keep: ReadonlySet<Id>,
) => { nodes: N[]; edges: E[] } {
  let last: { nodes: N[]; edges: E[] } | null = null;
  /** What decided the last window's members, and where they were in its node array. */
  let basis: {
    window: Rect;
    placements: object;
    keep: object;
    edges: E[];
    nodes: N[];
    at: number[];
    shownEdges: E[];
  } | null = null;
  return (window, nodes, edges, placements, keep) => {
    let next: { nodes: N[]; edges: E[] };
    if (!window) {
      basis = null;
      next = { nodes, edges };
    } else if (
      basis &&
      sameRect(basis.window, window) &&
      basis.placements === placements &&
      basis.keep === keep &&
      basis.edges === edges &&
      basis.nodes.length === nodes.length &&
      basis.at.every((i) => nodes[i]?.id === basis?.nodes[i]?.id)
    ) {
      // Only node objects changed (a rename, findings, a highlight): the same members, taken from the new array.
      next = { nodes: basis.at.map((i) => nodes[i] as N), edges: basis.shownEdges };
      basis.nodes = nodes;
    } else {
      const picked = pick(window, nodes, edges, placements, keep);
      basis = { window, placements, keep, edges, nodes, at: picked.at, shownEdges: picked.edges };
      next = { nodes: picked.at.map((i) => nodes[i] as N), edges: picked.edges };
    }
    const shown = {
      nodes: last && sameItems(last.nodes, next.nodes) ? last.nodes : next.nodes,
      edges: last && sameItems(last.edges, next.edges) ? last.edges : next.edges,
    };
    last = shown;
    return shown;
  };
}
