/**
 * Delete elements from the model: their links go, they leave every view, and
 * fields of other elements that referred to them are cleared.
 */
import { done, mapEntries, omitColumns, refuse, withoutEntries } from './internal/records';
import type { Element, Id, ModelDocument, OpResult } from './types';

/**
 * Reference fields hold element ids (UUIDs), so any attribute equal to a
 * deleted id is a reference to it; no other value can collide with a UUID.
 */
function clearReferences(element: Element, gone: ReadonlySet<Id>): Element {
  let stale: string[] | undefined;
  for (const column in element.attributes) {
    if (gone.has(element.attributes[column] ?? '')) (stale ??= []).push(column);
  }
  return stale ? { ...element, attributes: omitColumns(element.attributes, stale) } : element;
}

export function removeElements(doc: ModelDocument, ids: readonly Id[]): OpResult {
  const gone = new Set(ids.filter((id) => Object.hasOwn(doc.elements, id)));
  if (gone.size === 0) return refuse('Those elements are no longer in the model.');

  const elements = mapEntries(doc.elements, (element, id) =>
    gone.has(id) ? undefined : clearReferences(element, gone),
  );
  const deadLinks = new Set<Id>();
  for (const link of Object.values(doc.links)) {
    if (gone.has(link.from) || gone.has(link.to)) deadLinks.add(link.id);
  }
  const views = mapEntries(doc.views, (view) => {
    const placements = withoutEntries(view.placements, gone);
    return placements === view.placements ? view : { ...view, placements };
  });
  return done({ ...doc, elements, links: withoutEntries(doc.links, deadLinks), views });
}
