/**
 * Whether a value suits a field of an element: inspector edits and pasted
 * attributes go through here. Returns a reason in users' words, or undefined
 * when the value is fine. Empty values never reach it: they clear the field.
 */
import type { Catalogue, FieldDef } from '../../csdm/types';
import { listInWords, withArticle } from '../../csdm/queries/labels';
import { statusesForStage } from '../../csdm/queries/statusesForStage';
import type { Element, ModelDocument } from '../types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkChoice(catalogue: Catalogue, field: FieldDef, value: string): string | undefined {
  const choices = field.choiceList ? catalogue.choiceLists[field.choiceList] : undefined;
  if (!choices) return `${field.label} has no list of choices.`;
  if (choices.some((choice) => choice.value === value)) return undefined;
  return `"${value}" is not a choice for ${field.label}.`;
}

function checkReference(
  catalogue: Catalogue,
  doc: ModelDocument,
  element: Element,
  field: FieldDef,
  value: string,
): string | undefined {
  if (value === element.id) return `${field.label} cannot point at "${element.name}" itself.`;
  const target = doc.elements[value];
  if (!target) return `${field.label} points at a record that is not in this model.`;
  const allowed = field.references ?? [];
  if (allowed.includes(target.kind)) return undefined;
  const wanted = listInWords(
    allowed.map((kind) => withArticle(catalogue.kinds[kind])),
    'or',
  );
  return `${field.label} must be ${wanted}; "${target.name}" is ${withArticle(catalogue.kinds[target.kind])}.`;
}

/** A status must belong to the element's current stage (csdm.md section 4). */
function checkStatus(catalogue: Catalogue, element: Element, value: string): string | undefined {
  const list = catalogue.kinds[element.kind].lifecycle;
  if (!list) return undefined;
  const stage = element.attributes['life_cycle_stage'];
  if (!stage) return 'Choose a life cycle stage before its status.';
  if (statusesForStage(catalogue, list, stage).includes(value)) return undefined;
  return `"${value}" is not a status of the ${stage} stage.`;
}

export function checkAttribute(
  catalogue: Catalogue,
  doc: ModelDocument,
  element: Element,
  field: FieldDef,
  value: string,
): string | undefined {
  if (field.maxLength !== undefined && value.length > field.maxLength) {
    return `${field.label} is at most ${field.maxLength} characters.`;
  }
  switch (field.type) {
    case 'choice':
      return (
        checkChoice(catalogue, field, value) ??
        (field.column === 'life_cycle_stage_status' ? checkStatus(catalogue, element, value) : undefined)
      );
    case 'reference':
      return checkReference(catalogue, doc, element, field, value);
    case 'number':
      return value.trim() !== '' && Number.isFinite(Number(value))
        ? undefined
        : `${field.label} must be a number.`;
    case 'date':
      return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : `${field.label} must be a date (year-month-day).`;
    case 'string':
    case 'text':
      return undefined;
  }
}
