/**
 * Where to put a new box near a wished-for position without covering what is
 * already there: adding several elements "at the centre" must not stack them.
 * Candidates lie on a grid of box-sized steps around the wish, nearest first.
 */
import type { Placement } from '../model/types';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const GAP = 24;
/** Rings of candidates to try before giving up and using the wish as it is. */
const MAX_RINGS = 12;

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

export function freeSpot(wish: Box, placements: Iterable<Placement>): { x: number; y: number } {
  const stepX = wish.width + GAP;
  const stepY = wish.height + GAP;
  // Only boxes within reach of the candidates can collide: keep those (one pass over the view).
  const reachX = stepX * (MAX_RINGS + 1);
  const reachY = stepY * (MAX_RINGS + 1);
  const near: Placement[] = [];
  for (const placement of placements) {
    if (Math.abs(placement.x - wish.x) <= reachX + placement.width && Math.abs(placement.y - wish.y) <= reachY + placement.height) {
      near.push(placement);
    }
  }
  const isFree = (box: Box) => !near.some((placement) => overlaps(box, placement));
  if (isFree(wish)) return { x: wish.x, y: wish.y };

  for (let ring = 1; ring <= MAX_RINGS; ring++) {
    const candidates: { dx: number; dy: number }[] = [];
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) candidates.push({ dx, dy });
      }
    }
    // Nearest first; on ties prefer below, then right (reading order of a growing map).
    candidates.sort((a, b) => Math.hypot(a.dx * stepX, a.dy * stepY) - Math.hypot(b.dx * stepX, b.dy * stepY) || b.dy - a.dy || b.dx - a.dx);
    for (const { dx, dy } of candidates) {
      const box = { ...wish, x: wish.x + dx * stepX, y: wish.y + dy * stepY };
      if (isFree(box)) return { x: box.x, y: box.y };
    }
  }
  return { x: wish.x, y: wish.y };
}
