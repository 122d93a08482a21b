/**
 * A copy of a whole model under new ids: the model, every view, every element
 * and every link. Element ids are the export's source keys, so two models
 * must never share them, or both would load onto the same ServiceNow records.
 * Links, placements, the view order and reference values follow the copies.
 */
import { setEntry } from './internal/records';
import type { Element, Id, Link, ModelDocument, View } from './types';

export interface CopyOptions {
  /** Returns a fresh id (called once per model, view, element and link). */
  newId: () => Id;
  name: string;
  /** ISO 8601 timestamp for createdAt and updatedAt. */
  now: string;
}

export interface CopiedModel {
  doc: ModelDocument;
  /** Old id -> new id, for views, elements and links. */
  idMap: ReadonlyMap<Id, Id>;
}

/**
 * Reference fields hold the id of an element of the same model. A value that
 * is exactly an element id of the source model is such a reference (ids are
 * UUIDs; no other value matches one by chance), so it follows the copy.
 */
function copyAttributes(
  attributes: Readonly<Record<string, string>>,
  elementIds: ReadonlyMap<Id, Id>,
): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const [column, value] of Object.entries(attributes))
    setEntry(copy, column, elementIds.get(value) ?? value);
  return copy;
}

export function copyModel(source: ModelDocument, { newId, name, now }: CopyOptions): CopiedModel {
  const idMap = new Map<Id, Id>();
  const elementIds = new Map<Id, Id>();
  for (const id of Object.keys(source.elements)) {
    const fresh = newId();
    elementIds.set(id, fresh);
    idMap.set(id, fresh);
  }
  const mapped = (id: Id): Id => {
    const fresh = elementIds.get(id);
    if (fresh === undefined) throw new Error(`The model refers to an element it does not hold (${id}).`);
    return fresh;
  };

  const elements: Record<Id, Element> = {};
  for (const element of Object.values(source.elements)) {
    const id = mapped(element.id);
    setEntry(elements, id, { ...element, id, attributes: copyAttributes(element.attributes, elementIds) });
  }
  const links: Record<Id, Link> = {};
  for (const link of Object.values(source.links)) {
    const id = newId();
    idMap.set(link.id, id);
    setEntry(links, id, { ...link, id, from: mapped(link.from), to: mapped(link.to) });
  }
  const views: Record<Id, View> = {};
  const viewIds = new Map<Id, Id>();
  for (const view of Object.values(source.views)) {
    const id = newId();
    viewIds.set(view.id, id);
    idMap.set(view.id, id);
    const placements: View['placements'] = {};
    for (const [elementId, placement] of Object.entries(view.placements))
      setEntry(placements, mapped(elementId), { ...placement });
    setEntry(views, id, { id, name: view.name, placements });
  }
  const viewOrder = source.viewOrder.map((viewId) => {
    const fresh = viewIds.get(viewId);
    if (fresh === undefined)
      throw new Error(`The view order names a view the model does not hold (${viewId}).`);
    return fresh;
  });

  const doc: ModelDocument = {
    id: newId(),
    name: name.trim() || source.name,
    settings: { ...source.settings },
    createdAt: now,
    updatedAt: now,
    elements,
    links,
    views,
    viewOrder,
  };
  return { doc, idMap };
}
