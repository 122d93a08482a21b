/** Hide elements from one view; they stay in the model and in other views. */
import { done, refuse, withEntry, withoutEntries } from './internal/records';
import type { Id, ModelDocument, OpResult } from './types';

export function removeFromView(doc: ModelDocument, viewId: Id, elementIds: readonly Id[]): OpResult {
  const view = doc.views[viewId];
  if (!view) return refuse('That view is no longer in the model.');
  const placements = withoutEntries(view.placements, new Set(elementIds));
  if (placements === view.placements) return refuse('Those elements are not in this view.');
  return done({ ...doc, views: withEntry(doc.views, viewId, { ...view, placements }) });
}
