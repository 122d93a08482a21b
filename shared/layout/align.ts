/**
 * Align and distribute: boxes (placements) in, new top-left corners out.
 * Only boxes that actually move are returned, so an empty answer means the
 * selection is already aligned (or distributed) and nothing needs to change.
 */
import type { Id } from '../model/types';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Position = { x: number; y: number };

/** Left, centre and right line up x; top, middle and bottom line up y. */
export type AlignEdge = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';

export type DistributeAxis = 'horizontal' | 'vertical';

/** Moves smaller than this are rounding noise, not moves. */
const EPSILON = 1e-6;

/** The smallest box holding all the boxes; null when there are none. */
export function boundsOf(boxes: Iterable<Box>): Box | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const box of boxes) {
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}

function moved(box: Box, x: number, y: number): Position | null {
  return Math.abs(box.x - x) > EPSILON || Math.abs(box.y - y) > EPSILON ? { x, y } : null;
}

/**
 * Lines the boxes up along one edge (or the centre line) of their common
 * bounding box: "left" moves every box to the leftmost left edge, "centre"
 * centres every box on the bounding box's vertical centre line, and so on.
 */
export function alignPositions(boxes: Readonly<Record<Id, Box>>, edge: AlignEdge): Record<Id, Position> {
  const bounds = boundsOf(Object.values(boxes));
  const result: Record<Id, Position> = {};
  if (!bounds) return result;
  const right = bounds.x + bounds.width;
  const bottom = bounds.y + bounds.height;
  const centreX = bounds.x + bounds.width / 2;
  const middleY = bounds.y + bounds.height / 2;
  for (const [id, box] of Object.entries(boxes)) {
    let { x, y } = box;
    if (edge === 'left') x = bounds.x;
    else if (edge === 'centre') x = centreX - box.width / 2;
    else if (edge === 'right') x = right - box.width;
    else if (edge === 'top') y = bounds.y;
    else if (edge === 'middle') y = middleY - box.height / 2;
    else y = bottom - box.height;
    const position = moved(box, x, y);
    if (position) result[id] = position;
  }
  return result;
}

/**
 * Spreads the boxes so the gaps between neighbours are equal, along x
 * ("horizontal") or y ("vertical"). The first and last box (by left or top
 * edge) keep the outer edges of the bounding box; boxes of different sizes
 * keep their sizes, so it is the gaps that are equal, not the centres. Needs
 * three boxes or more; the other coordinate never changes.
 */
export function distributePositions(
  boxes: Readonly<Record<Id, Box>>,
  axis: DistributeAxis,
): Record<Id, Position> {
  const result: Record<Id, Position> = {};
  const entries = Object.entries(boxes);
  if (entries.length < 3) return result;
  const horizontal = axis === 'horizontal';
  const start = (box: Box) => (horizontal ? box.x : box.y);
  const size = (box: Box) => (horizontal ? box.width : box.height);
  const across = (box: Box) => (horizontal ? box.y : box.x);
  entries.sort(
    ([a, p], [b, q]) => start(p) - start(q) || across(p) - across(q) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const first = Math.min(...entries.map(([, box]) => start(box)));
  const last = Math.max(...entries.map(([, box]) => start(box) + size(box)));
  const occupied = entries.reduce((sum, [, box]) => sum + size(box), 0);
  const gap = (last - first - occupied) / (entries.length - 1);
  let before = 0;
  entries.forEach(([id, box], index) => {
    const at = first + before + index * gap;
    before += size(box);
    const position = horizontal ? moved(box, at, box.y) : moved(box, box.x, at);
    if (position) result[id] = position;
  });
  return result;
}
