/** Delete a view; its elements stay in the model. The last view cannot go. */
import { done, refuse, withoutEntries } from './internal/records';
import type { Id, ModelDocument, OpResult } from './types';

export function removeView(doc: ModelDocument, viewId: Id): OpResult {
  if (!Object.hasOwn(doc.views, viewId)) return refuse('That view is no longer in the model.');
  if (doc.viewOrder.length <= 1) return refuse('A model keeps at least one view.');
  return done({
    ...doc,
    views: withoutEntries(doc.views, new Set([viewId])),
    viewOrder: doc.viewOrder.filter((id) => id !== viewId),
  });
}
