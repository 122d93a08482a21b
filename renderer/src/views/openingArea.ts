/**
 * What a view shows when it first appears (a model opened, a view visited the
 * first time). A view of up to FIT_ALL elements is fitted whole. A larger one
 * opens on its top-left corner (where the CSDM layers begin) at a zoom where
 * names can still be read: fitting 10,000 nodes would draw every one of them
 * as an unreadable speck and make opening take seconds. "Fit view" still
 * fits everything on request.
 */
import type { Id, View } from '@shared/model/types';

export const FIT_ALL = 500;
/** The corner shown, in flow units: on a typical canvas, names stay readable (about 70 % zoom). */
export const OPENING_AREA = { width: 1200, height: 800 };

/** The ids of the nodes to fit when `view` first appears. */
export function openingIds(view: View): Id[] {
  const ids = Object.keys(view.placements);
  if (ids.length <= FIT_ALL) return ids;
  let left = Infinity;
  let top = Infinity;
  for (const id of ids) {
    const p = view.placements[id];
    if (!p) continue;
    left = Math.min(left, p.x);
    top = Math.min(top, p.y);
  }
  const right = left + OPENING_AREA.width;
  const bottom = top + OPENING_AREA.height;
  return ids.filter((id) => {
    const p = view.placements[id];
    return p !== undefined && p.x + p.width <= right && p.y + p.height <= bottom;
  });
}
