/** Rename a view (its tab). */
import { done, refuse, withEntry } from './internal/records';
import type { Id, ModelDocument, OpResult } from './types';

export function renameView(doc: ModelDocument, viewId: Id, name: string): OpResult {
  const view = doc.views[viewId];
  if (!view) return refuse('That view is no longer in the model.');
  const trimmed = name.trim();
  if (trimmed === '') return refuse('A view needs a name.');
  if (trimmed === view.name) return done(doc);
  return done({ ...doc, views: withEntry(doc.views, viewId, { ...view, name: trimmed }) });
}
