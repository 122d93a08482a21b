/**
 * Editing several elements at once: which fields they all have, what those
 * fields hold across the selection, and one composed operation that sets a
 * field on every element, so a single undo reverts the whole edit.
 */
import type { KindId } from '@shared/csdm/kinds';
import type { Catalogue, FieldDef } from '@shared/csdm/types';
import { setAttribute } from '@shared/model/setAttribute';
import type { Element, Id, ModelDocument, OpResult } from '@shared/model/types';

/** What a field shows when the selected elements disagree. */
export const MIXED = Symbol('mixed');
export type FieldValue = string | typeof MIXED;

const sameField = (a: FieldDef, b: FieldDef): boolean =>
  a.type === b.type &&
  a.choiceList === b.choiceList &&
  a.readOnly === b.readOnly &&
  a.maxLength === b.maxLength &&
  (a.references ?? []).join() === (b.references ?? []).join();

/** Fields every one of `kinds` has in the same form, in the first kind's catalogue order. */
export function sharedFields(catalogue: Catalogue, kinds: readonly KindId[]): FieldDef[] {
  const [first, ...rest] = [...new Set(kinds)];
  if (!first) return [];
  return catalogue.kinds[first].fields.filter((field) =>
    rest.every((kind) => {
      const other = catalogue.kinds[kind].fields.find((candidate) => candidate.column === field.column);
      return other !== undefined && sameField(field, other);
    }),
  );
}

/** The value all elements agree on ('' when none has one), or MIXED. */
export function commonValue(elements: readonly Element[], column: string): FieldValue {
  const [first, ...rest] = elements;
  const value = first?.attributes[column] ?? '';
  return rest.every((element) => (element.attributes[column] ?? '') === value) ? value : MIXED;
}

/** Set (or, with '', clear) one field on every element: all of them, or none with the first refusal. */
export function setAttributeOnAll(
  doc: ModelDocument,
  catalogue: Catalogue,
  elementIds: readonly Id[],
  column: string,
  value: string,
): OpResult {
  let current = doc;
  for (const id of elementIds) {
    const step = setAttribute(current, catalogue, id, column, value);
    if (!step.ok) {
      const name = elementIds.length > 1 ? current.elements[id]?.name : undefined;
      return name ? { ok: false, reason: `${name}: ${step.reason}` } : step;
    }
    current = step.doc;
  }
  return { ok: true, doc: current };
}
