/** Turning users' positions into placements, with the default node size. */
import { DEFAULT_NODE_SIZE, MIN_NODE_SIZE } from '../sizes';
import type { Placement } from '../types';

export interface PositionAndSize {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

/** Undefined when a coordinate is not a finite number or the size is below the minimum. */
export function placementFrom(input: PositionAndSize): Placement | undefined {
  const placement = {
    x: input.x,
    y: input.y,
    width: input.width ?? DEFAULT_NODE_SIZE.width,
    height: input.height ?? DEFAULT_NODE_SIZE.height,
  };
  return isValidPlacement(placement) ? placement : undefined;
}

export function isValidPlacement(p: Placement): boolean {
  return (
    Number.isFinite(p.x) &&
    Number.isFinite(p.y) &&
    Number.isFinite(p.width) &&
    Number.isFinite(p.height) &&
    p.width >= MIN_NODE_SIZE.width &&
    p.height >= MIN_NODE_SIZE.height
  );
}
