/**
 * ModelDocument <-> rows. Rows carry their model id; documents do not. Reading
 * builds plain objects field by field (no stray row keys such as modelId reach
 * the document), and the result is checked with the document schema, so a
 * damaged database is reported instead of opening a broken model.
 */
import { CATALOGUE } from '@shared/csdm';
import { parseModelDocument } from '@shared/model/documentSchema';
import type { Element, Id, Link, ModelDocument, Placement, View } from '@shared/model/types';
import type { ElementRow, LinkRow, ModelRow, PlacementRow, ViewRow } from './db';
import { sizeOf } from '../editor/sizeOf';
import { DamagedModelError } from './errors';

/** Sets an own key even for an imported id such as "__proto__". */
function setKey<T>(record: Record<Id, T>, key: Id, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

export interface ModelRowFields {
  revision: number;
  findingCount: number;
  /** When this save happened; the document's own updatedAt is not stamped by operations. */
  updatedAt: string;
}

export function modelRow(doc: ModelDocument, fields: ModelRowFields): ModelRow {
  return {
    id: doc.id,
    name: doc.name,
    settings: doc.settings,
    createdAt: doc.createdAt,
    updatedAt: fields.updatedAt,
    viewOrder: doc.viewOrder,
    elementCount: sizeOf(doc.elements),
    findingCount: fields.findingCount,
    revision: fields.revision,
  };
}

export const elementRow = (modelId: Id, element: Element): ElementRow => ({ modelId, ...element });
export const linkRow = (modelId: Id, link: Link): LinkRow => ({ modelId, ...link });
export const viewRow = (modelId: Id, view: View): ViewRow => ({ modelId, id: view.id, name: view.name });
export const placementRow = (modelId: Id, viewId: Id, elementId: Id, placement: Placement): PlacementRow => ({
  modelId,
  viewId,
  elementId,
  x: placement.x,
  y: placement.y,
  width: placement.width,
  height: placement.height,
});

export interface ModelRows {
  elements: ElementRow[];
  links: LinkRow[];
  views: ViewRow[];
  placements: PlacementRow[];
}

/** Every row of a whole document (creating a model, duplicating it). */
export function allRows(doc: ModelDocument): ModelRows {
  const rows: ModelRows = { elements: [], links: [], views: [], placements: [] };
  for (const element of Object.values(doc.elements)) rows.elements.push(elementRow(doc.id, element));
  for (const link of Object.values(doc.links)) rows.links.push(linkRow(doc.id, link));
  for (const view of Object.values(doc.views)) {
    rows.views.push(viewRow(doc.id, view));
    for (const [elementId, placement] of Object.entries(view.placements)) {
      rows.placements.push(placementRow(doc.id, view.id, elementId, placement));
    }
  }
  return rows;
}

/** Rows -> document, checked by shape and structure. Throws DamagedModelError naming what is wrong. */
export function assemble(model: ModelRow, rows: ModelRows): ModelDocument {
  const elements: Record<Id, Element> = {};
  for (const r of rows.elements) {
    setKey(elements, r.id, {
      id: r.id,
      kind: r.kind,
      table: r.table,
      name: r.name,
      attributes: r.attributes,
    });
  }
  const links: Record<Id, Link> = {};
  for (const r of rows.links) setKey(links, r.id, { id: r.id, type: r.type, from: r.from, to: r.to });
  const views: Record<Id, View> = {};
  for (const r of rows.views) setKey(views, r.id, { id: r.id, name: r.name, placements: {} });
  for (const r of rows.placements) {
    const view = Object.hasOwn(views, r.viewId) ? views[r.viewId] : undefined;
    if (!view)
      throw new DamagedModelError(
        `The stored model "${model.name}" has a position in a view it does not hold.`,
      );
    setKey(view.placements, r.elementId, { x: r.x, y: r.y, width: r.width, height: r.height });
  }
  const candidate = {
    id: model.id,
    name: model.name,
    settings: model.settings,
    createdAt: model.createdAt,
    updatedAt: model.updatedAt,
    elements,
    links,
    views,
    viewOrder: model.viewOrder,
  };
  const parsed = parseModelDocument(candidate, CATALOGUE);
  if (!parsed.ok)
    throw new DamagedModelError(`The stored model "${model.name}" is damaged: ${parsed.reason}`);
  return parsed.doc;
}
