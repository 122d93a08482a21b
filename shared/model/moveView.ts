/** Reorder the view tabs: put a view at another position. */
import { done, refuse } from './internal/records';
import type { Id, ModelDocument, OpResult } from './types';

export function moveView(doc: ModelDocument, viewId: Id, toIndex: number): OpResult {
  const from = doc.viewOrder.indexOf(viewId);
  if (from < 0) return refuse('That view is no longer in the model.');
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= doc.viewOrder.length) {
    return refuse('There is no such position among the views.');
  }
  if (from === toIndex) return done(doc);
  const viewOrder = doc.viewOrder.filter((id) => id !== viewId);
  viewOrder.splice(toIndex, 0, viewId);
  return done({ ...doc, viewOrder });
}
