/** Move elements within a view (a drag of one or many nodes). */
import { isValidPlacement } from './internal/placement';
import { done, refuse, withEntries, withEntry } from './internal/records';
import type { Id, ModelDocument, OpResult, Placement } from './types';

export function movePlacements(
  doc: ModelDocument,
  viewId: Id,
  positions: Readonly<Record<Id, { x: number; y: number }>>,
): OpResult {
  const view = doc.views[viewId];
  if (!view) return refuse('That view is no longer in the model.');
  const moved = new Map<Id, Placement>();
  for (const [id, { x, y }] of Object.entries(positions)) {
    const current = view.placements[id];
    if (!current) return refuse('That element is not in this view.');
    if (current.x === x && current.y === y) continue;
    const placement = { ...current, x, y };
    if (!isValidPlacement(placement)) return refuse('A position must be a finite number.');
    moved.set(id, placement);
  }
  if (moved.size === 0) return done(doc);
  const placements = withEntries(view.placements, moved);
  return done({ ...doc, views: withEntry(doc.views, viewId, { ...view, placements }) });
}
