/**
 * An element's columns as export writes them. Attributes hold ServiceNow
 * column values, except reference fields, which hold the id of the element
 * they point at (or, after an import that could not resolve it, the raw value
 * the source gave). Unknown columns whose value is an element id of the model
 * are references too: an IRE `referenceItems` entry import could not tie to a
 * catalogue field arrives that way.
 */
import { fieldOf } from '../../csdm/queries/tables';
import type { Catalogue } from '../../csdm/types';
import type { Element, ModelDocument } from '../../model/types';
import { isReservedKey } from './reserved';

export type ColumnValue =
  | { column: string; reference: false; value: string }
  /** `target` is the element pointed at; absent when the value is a raw, unresolved one. */
  | { column: string; reference: true; value: string; target?: Element };

export function elementById(doc: ModelDocument, id: string): Element | undefined {
  return Object.hasOwn(doc.elements, id) ? doc.elements[id] : undefined;
}

/** Every attribute of the element as a column value, reserved keys left out, in the element's order. */
export function columnValues(doc: ModelDocument, catalogue: Catalogue, element: Element): ColumnValue[] {
  const values: ColumnValue[] = [];
  for (const [column, value] of Object.entries(element.attributes)) {
    if (isReservedKey(column)) continue;
    const field = fieldOf(catalogue, element.kind, column);
    const target = value !== element.id ? elementById(doc, value) : undefined;
    if (field?.type === 'reference') {
      values.push(target ? { column, reference: true, value, target } : { column, reference: true, value });
    } else if (!field && target) {
      values.push({ column, reference: true, value, target });
    } else {
      values.push({ column, reference: false, value });
    }
  }
  return values;
}

/** service_classification tells business from technical offerings: always written for kinds that have one. */
export function classificationOf(catalogue: Catalogue, element: Element): string | undefined {
  const kind = catalogue.kinds[element.kind];
  if (!kind.serviceClassification) return undefined;
  return element.attributes['service_classification'] ?? kind.serviceClassification;
}
