/** Several inspector edits to one element as one change: all apply, or none. */
import type { Catalogue } from '../csdm/types';
import { applyAttributes } from './attributes/applyAttributes';
import { changeTable } from './changeTable';
import { andThen, done } from './internal/records';
import { renameElement } from './renameElement';
import type { Id, ModelDocument, OpResult } from './types';

export interface ElementChanges {
  name?: string;
  table?: string;
  /** Column -> value; an empty value clears the field. */
  attributes?: Readonly<Record<string, string>>;
}

export function updateElement(
  doc: ModelDocument,
  catalogue: Catalogue,
  elementId: Id,
  changes: ElementChanges,
): OpResult {
  const { name, table, attributes } = changes;
  let result = done(doc);
  if (name !== undefined) result = andThen(result, (d) => renameElement(d, elementId, name));
  if (table !== undefined) result = andThen(result, (d) => changeTable(d, catalogue, elementId, table));
  if (attributes) result = andThen(result, (d) => applyAttributes(d, catalogue, elementId, attributes));
  return result;
}
