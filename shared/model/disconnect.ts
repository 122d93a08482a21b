/** Delete links; the elements stay. */
import { done, refuse, withoutEntries } from './internal/records';
import type { Id, ModelDocument, OpResult } from './types';

export function disconnect(doc: ModelDocument, linkIds: readonly Id[]): OpResult {
  const gone = new Set(linkIds.filter((id) => Object.hasOwn(doc.links, id)));
  if (gone.size === 0) return refuse('Those links are no longer in the model.');
  return done({ ...doc, links: withoutEntries(doc.links, gone) });
}
