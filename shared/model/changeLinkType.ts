/** Change what a link means ("Depends on" to "Contains"), keeping its id and ends. */
import type { Catalogue } from '../csdm/types';
import { canConnect } from '../csdm/queries/canConnect';
import { done, refuse, withEntry, withoutEntries } from './internal/records';
import type { Id, ModelDocument, OpResult } from './types';

export function changeLinkType(doc: ModelDocument, catalogue: Catalogue, linkId: Id, type: string): OpResult {
  const link = doc.links[linkId];
  if (!link) return refuse('That link is no longer in the model.');
  if (link.type === type) return done(doc);
  // Checked as if the link were drawn anew, so it does not count against itself.
  const without = { ...doc, links: withoutEntries(doc.links, new Set([linkId])) };
  const check = canConnect(catalogue, without, link.from, link.to, type);
  if (!check.ok) return refuse(check.reason);
  return done({ ...doc, links: withEntry(doc.links, linkId, { ...link, type }) });
}
