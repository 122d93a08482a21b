/**
 * Foundation reference data (companies, departments, locations, groups,
 * users) as the Foundation data manager lists and changes it. Pure functions
 * over the document; every change goes through the model operations, so it is
 * validated and undoable like any other edit.
 */
import { KIND_IDS, type Catalogue, type FieldDef, type KindId } from '@shared/csdm';
import { whereUsed } from '@shared/graph/where-used';
import { addElement } from '@shared/model/addElement';
import { removeElements } from '@shared/model/removeElements';
import type { Element, Id, ModelDocument, OpResult } from '@shared/model/types';

/** The Foundation kinds, in catalogue order: company, department, location, group, user. */
export function foundationKinds(catalogue: Catalogue): KindId[] {
  return KIND_IDS.filter((kind) => catalogue.kinds[kind].domain === 'Foundation');
}

/** One collator for every comparison: `localeCompare` with options builds one per call. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

const normalise = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** What a row of a record shows for a field: a referenced record's name, or the value itself. */
export function displayValue(
  field: FieldDef,
  value: string | undefined,
  elementOf: (id: Id) => Element | undefined,
): string {
  if (!value) return '';
  if (field.type === 'reference') return elementOf(value)?.name ?? '(record not in this model)';
  return value;
}

/**
 * The records of one kind whose name or field values hold every word of
 * `query` (case- and accent-insensitive), by name.
 */
export function foundationRows(
  catalogue: Catalogue,
  elements: Readonly<Record<Id, Element>>,
  kind: KindId,
  query: string,
): Element[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  const fields = catalogue.kinds[kind].fields;
  const elementOf = (id: Id) => (Object.hasOwn(elements, id) ? elements[id] : undefined);
  const rows: Element[] = [];
  for (const id in elements) {
    const element = elements[id];
    if (!element || element.kind !== kind) continue;
    if (words.length > 0) {
      const text = normalise(
        [element.name, ...fields.map((f) => displayValue(f, element.attributes[f.column], elementOf))].join(
          ' ',
        ),
      );
      if (!words.every((word) => text.includes(word))) continue;
    }
    rows.push(element);
  }
  return rows.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

/** A new record of a Foundation kind with some fields set; empty values are left out. */
export function addFoundationRecord(
  doc: ModelDocument,
  catalogue: Catalogue,
  input: { id: Id; kind: KindId; name: string; attributes: Readonly<Record<string, string>> },
): OpResult {
  const attributes = Object.fromEntries(
    Object.entries(input.attributes).filter(([, value]) => value.trim() !== ''),
  );
  return addElement(doc, catalogue, { id: input.id, kind: input.kind, name: input.name, attributes });
}

export interface Use {
  /** The element that uses the record. */
  element: Element;
  /** How: "Owned by", "Support group" (a field of that element), or "subscribes to" (a link). */
  how: string;
  type: 'field' | 'link';
}

/**
 * Where a record is used, in words: the elements whose reference fields point
 * at it (with the field's label) and the links touching it (a subscription
 * reads "subscribes to <offering>"), by element name.
 */
export function usesOf(doc: ModelDocument, catalogue: Catalogue, id: Id): Use[] {
  const used = whereUsed(doc, catalogue, id);
  const uses: Use[] = [];
  for (const { element, column } of used.fields) {
    const field = catalogue.kinds[element.kind].fields.find((f) => f.column === column);
    uses.push({ element, how: field?.label ?? column, type: 'field' });
  }
  for (const link of used.links) {
    const incoming = link.to === id;
    const otherId = incoming ? link.from : link.to;
    const other = Object.hasOwn(doc.elements, otherId) ? doc.elements[otherId] : undefined;
    if (!other) continue;
    const type = catalogue.linkTypes[link.type];
    uses.push({
      element: other,
      how: (incoming ? type?.reverseLabel : type?.label) ?? link.type,
      type: 'link',
    });
  }
  return uses.sort(
    (a, b) =>
      (a.type === b.type ? 0 : a.type === 'field' ? -1 : 1) ||
      collator.compare(a.element.name, b.element.name) ||
      a.how.localeCompare(b.how),
  );
}

/** Deletes a record; references to it are cleared and its links go (removeElements). */
export function deleteFoundationRecord(doc: ModelDocument, id: Id): OpResult {
  return removeElements(doc, [id]);
}
