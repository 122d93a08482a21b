/** The field an attribute column belongs to, for an element of a given kind. */
import type { Catalogue, FieldDef } from '../../csdm/types';
import { fieldOf } from '../../csdm/queries/tables';
import { kindNoun, withArticleCapitalised } from '../../csdm/queries/labels';
import type { Element } from '../types';

export type FieldLookup = { ok: true; field: FieldDef } | { ok: false; reason: string };

/**
 * Known fields come from the catalogue. A generic CI came from a class we do
 * not know, so any column it carries is kept and edited as plain text.
 */
export function fieldFor(catalogue: Catalogue, element: Element, column: string): FieldLookup {
  const kind = catalogue.kinds[element.kind];
  const field = fieldOf(catalogue, element.kind, column);
  if (field) return { ok: true, field };
  if (kind.acceptsAnyTable && column.trim() !== '' && column !== 'name') {
    return { ok: true, field: { column, label: column, type: 'string' } };
  }
  if (column === 'name') return { ok: false, reason: 'Rename the element to change its name.' };
  return { ok: false, reason: `${withArticleCapitalised(kind)} has no field "${column}".` };
}

export function readOnlyReason(catalogue: Catalogue, element: Element, field: FieldDef): string {
  return `${field.label} follows from the kind (${kindNoun(catalogue.kinds[element.kind])}) and cannot be edited.`;
}
