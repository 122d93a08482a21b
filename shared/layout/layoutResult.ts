/**
 * Auto-layout, step two: ELK's answer back to view positions. The laid-out
 * block keeps the top-left corner the elements' bounding box had before, so
 * a laid-out selection stays where it was and the view does not jump.
 */
import type { Id } from '../model/types';
import type { Position } from './align';
import type { LayoutRequest } from './layoutGraph';

export type LayoutPositions = { ok: true; positions: Record<Id, Position> } | { ok: false; reason: string };

export interface MapOptions {
  /** Snap each position to this grid (the canvas's snap grid); otherwise round to whole pixels. */
  grid?: number;
}

const FAILED = 'The layout engine gave back positions that make no sense; nothing was moved.';

function snap(value: number, grid: number): number {
  return Math.round(value / grid) * grid;
}

/**
 * New positions for every node of the request, from ELK's result. Refuses
 * (so nothing moves) when the result misses a node or holds a non-finite
 * coordinate. Snapping moves a node by at most half a grid step, well inside
 * the layout's spacing, so it cannot make nodes overlap.
 */
export function positionsFromLayout(
  request: LayoutRequest,
  result: { children?: readonly { id: string; x?: number; y?: number }[] },
  options: MapOptions = {},
): LayoutPositions {
  const laidOut = new Map<string, { x: number; y: number }>();
  for (const node of result.children ?? []) {
    const { x, y } = node;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      return { ok: false, reason: FAILED };
    }
    laidOut.set(node.id, { x, y });
  }
  const corners: [Id, { x: number; y: number }][] = [];
  let minX = Infinity;
  let minY = Infinity;
  for (const node of request.graph.children) {
    const at = laidOut.get(node.id);
    if (!at) return { ok: false, reason: FAILED };
    corners.push([node.id, at]);
    minX = Math.min(minX, at.x);
    minY = Math.min(minY, at.y);
  }
  const grid = options.grid && options.grid > 0 ? options.grid : 1;
  const originX = snap(request.origin.x, grid);
  const originY = snap(request.origin.y, grid);
  const positions: Record<Id, Position> = {};
  for (const [id, at] of corners) {
    positions[id] = { x: originX + snap(at.x - minX, grid), y: originY + snap(at.y - minY, grid) };
  }
  return { ok: true, positions };
}
