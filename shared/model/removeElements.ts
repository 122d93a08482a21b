/**
 * Delete elements from the model: their links go, they leave every view, and
 * fields of other elements that referred to them are cleared.
 */
import { done, omitColumns, refuse, withoutEntries } from './internal/records';
import type { Element, Id, ModelDocument, OpResult, View } from './types';

/**
 * Reference fields hold element ids (UUIDs), so any attribute equal to a
 * deleted id is a reference to it; no other value can collide with a UUID.
 */
function clearReferences(element: Element, gone: ReadonlySet<Id>): Element {
  const stale = Object.entries(element.attributes)
    .filter(([, value]) => gone.has(value))
    .map(([column]) => column);
  return stale.length === 0 ? element : { ...element, attributes: omitColumns(element.attributes, stale) };
}

export function removeElements(doc: ModelDocument, ids: readonly Id[]): OpResult {
  const gone = new Set(ids.filter((id) => Object.hasOwn(doc.elements, id)));
  if (gone.size === 0) return refuse('Those elements are no longer in the model.');

  const elements: Record<Id, Element> = {};
  for (const [id, element] of Object.entries(doc.elements)) {
    if (!gone.has(id)) elements[id] = clearReferences(element, gone);
  }
  const deadLinks = new Set(
    Object.values(doc.links)
      .filter((link) => gone.has(link.from) || gone.has(link.to))
      .map((link) => link.id),
  );
  const views: Record<Id, View> = {};
  for (const [id, view] of Object.entries(doc.views)) {
    const placements = withoutEntries(view.placements, gone);
    views[id] = placements === view.placements ? view : { ...view, placements };
  }
  return done({ ...doc, elements, links: withoutEntries(doc.links, deadLinks), views });
}
