/** Show existing elements in a view (dragged in from the model browser, or another view). */
import { placementFrom, type PositionAndSize } from './internal/placement';
import { done, refuse, withEntries, withEntry } from './internal/records';
import type { Id, ModelDocument, OpResult, Placement } from './types';

export function addToView(
  doc: ModelDocument,
  viewId: Id,
  positions: Readonly<Record<Id, PositionAndSize>>,
): OpResult {
  const view = doc.views[viewId];
  if (!view) return refuse('That view is no longer in the model.');
  const entries = Object.entries(positions);
  if (entries.length === 0) return refuse('Nothing to add to the view.');
  const added = new Map<Id, Placement>();
  for (const [id, position] of entries) {
    const element = doc.elements[id];
    if (!element) return refuse('That element is no longer in the model.');
    if (Object.hasOwn(view.placements, id)) return refuse(`"${element.name}" is already in this view.`);
    const placement = placementFrom(position);
    if (!placement) return refuse('A position must be a finite number and a size positive.');
    added.set(id, placement);
  }
  const placements = withEntries(view.placements, added);
  return done({ ...doc, views: withEntry(doc.views, viewId, { ...view, placements }) });
}
