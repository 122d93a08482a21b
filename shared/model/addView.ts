/** A new, empty view (diagram), added after the others. */
import { done, has, refuse, withEntry } from './internal/records';
import type { Id, ModelDocument, OpResult } from './types';

export function addView(doc: ModelDocument, input: { id: Id; name: string }): OpResult {
  if (has(doc.views, input.id)) return refuse('A view with this id is already in the model.');
  const name = input.name.trim();
  if (name === '') return refuse('A view needs a name.');
  return done({
    ...doc,
    views: withEntry(doc.views, input.id, { id: input.id, name, placements: {} }),
    viewOrder: [...doc.viewOrder, input.id],
  });
}
