/** Rectangles of the canvas, in flow coordinates. */
import type { Id, Placement } from '../model/types';

/** Something to place: an element id and the size its node has. */
export interface NodeBox {
  id: Id;
  width: number;
  height: number;
}

export function overlaps(a: Placement, b: Placement, margin = 0): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
}

/** Snapped to the canvas grid, so placed nodes line up with drawn ones. */
export function snap(value: number, grid: number): number {
  // `+ 0` turns -0 into 0, so stored positions never carry a negative zero.
  return (grid > 1 ? Math.round(value / grid) * grid : value) + 0;
}
