/**
 * Set or clear one field of an element. Choice values, references (to an
 * existing record of an allowed kind), lengths and lifecycle statuses are
 * checked; an empty value clears the field.
 */
import type { Catalogue } from '../csdm/types';
import { statusesForStage } from '../csdm/queries/statusesForStage';
import { checkAttribute } from './attributes/checkAttribute';
import { fieldFor, readOnlyReason } from './attributes/fieldFor';
import { done, omitColumns, refuse, withEntry } from './internal/records';
import type { Element, Id, ModelDocument, OpResult } from './types';

const STAGE = 'life_cycle_stage';
const STATUS = 'life_cycle_stage_status';

/** A status only makes sense within its stage: changing or clearing the stage drops a status that no longer fits. */
function withoutStaleStatus(
  catalogue: Catalogue,
  attributes: Record<string, string>,
  kind: Element['kind'],
): Record<string, string> {
  const list = catalogue.kinds[kind].lifecycle;
  const status = attributes[STATUS];
  if (!list || status === undefined) return attributes;
  const stage = attributes[STAGE];
  const fits = stage !== undefined && statusesForStage(catalogue, list, stage).includes(status);
  return fits ? attributes : omitColumns(attributes, [STATUS]);
}

export function setAttribute(
  doc: ModelDocument,
  catalogue: Catalogue,
  elementId: Id,
  column: string,
  value: string,
): OpResult {
  const element = doc.elements[elementId];
  if (!element) return refuse('That element is no longer in the model.');
  const lookup = fieldFor(catalogue, element, column);
  if (!lookup.ok) return refuse(lookup.reason);
  if (lookup.field.readOnly) return refuse(readOnlyReason(catalogue, element, lookup.field));

  const clearing = value.trim() === '';
  if (clearing ? !(column in element.attributes) : element.attributes[column] === value) return done(doc);
  if (!clearing) {
    const problem = checkAttribute(catalogue, doc, element, lookup.field, value);
    if (problem) return refuse(problem);
  }

  const changed = clearing
    ? omitColumns(element.attributes, [column])
    : { ...element.attributes, [column]: value };
  const attributes = column === STAGE ? withoutStaleStatus(catalogue, changed, element.kind) : changed;

  return done({ ...doc, elements: withEntry(doc.elements, elementId, { ...element, attributes }) });
}
