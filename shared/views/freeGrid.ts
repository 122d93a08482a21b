/**
 * Where elements added to a view go: a compact grid around a point (the
 * middle of the screen), moved to the nearest spot where it covers no node
 * already in the view. Pure, so it can be tested without a canvas.
 */
import type { Id, Placement } from '../model/types';
import { overlaps, snap, type NodeBox } from './box';

export interface FreeGridInput {
  boxes: readonly NodeBox[];
  /** Where the middle of the grid should be, if that spot is free. */
  centre: { x: number; y: number };
  /** Nodes already in the view. */
  occupied: readonly Placement[];
  gap?: number;
  /** Canvas grid to snap positions to (1: no snapping). */
  grid?: number;
}

export interface FreeGridResult {
  placements: Record<Id, Placement>;
  /** False when the middle was taken and the grid moved away from it. */
  atCentre: boolean;
}

/** How far from the middle to look, in grid-sized steps, before giving up and going below everything. */
const MAX_RING = 12;

export function freeGridPlacements(input: FreeGridInput): FreeGridResult {
  const { boxes, centre, occupied, gap = 32, grid = 16 } = input;
  if (boxes.length === 0) return { placements: {}, atCentre: true };
  // Wider than tall, like the screen.
  const columns = Math.min(boxes.length, Math.ceil(Math.sqrt(boxes.length * 2)));
  const rows = Math.ceil(boxes.length / columns);
  const cellW = Math.max(...boxes.map((box) => box.width)) + gap;
  const cellH = Math.max(...boxes.map((box) => box.height)) + gap;
  const width = columns * cellW - gap;
  const height = rows * cellH - gap;

  const layout = (left: number, top: number): Record<Id, Placement> => {
    const placements: Record<Id, Placement> = {};
    boxes.forEach((box, index) => {
      const x = left + (index % columns) * cellW;
      const y = top + Math.floor(index / columns) * cellH;
      placements[box.id] = { x: snap(x, grid), y: snap(y, grid), width: box.width, height: box.height };
    });
    return placements;
  };
  const free = (left: number, top: number) => {
    const area = { x: left, y: top, width, height };
    return occupied.every((other) => !overlaps(area, other, gap / 2));
  };

  const left = centre.x - width / 2;
  const top = centre.y - height / 2;
  if (free(left, top)) return { placements: layout(left, top), atCentre: true };

  // Rings of candidate spots around the middle, nearest first.
  const stepX = width + gap;
  const stepY = height + gap;
  for (let ring = 1; ring <= MAX_RING; ring++) {
    const spots: { dx: number; dy: number }[] = [];
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) === ring) spots.push({ dx: i * stepX, dy: j * stepY });
      }
    }
    spots.sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy));
    const spot = spots.find(({ dx, dy }) => free(left + dx, top + dy));
    if (spot) return { placements: layout(left + spot.dx, top + spot.dy), atCentre: false };
  }
  const lowest = Math.max(...occupied.map((p) => p.y + p.height));
  return { placements: layout(left, lowest + gap * 2), atCentre: false };
}
