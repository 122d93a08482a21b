/**
 * Find: which elements of a model mention some text, in their name or in any
 * attribute as the user reads it (a choice's label as well as its stored
 * value, a referenced element's name rather than its id). Pure, so the find
 * bar, a future CLI and the tests share one definition of "matches".
 */
import { fieldOf } from '../csdm/queries/tables';
import type { Catalogue, FieldDef } from '../csdm/types';
import type { Element, Id, ModelDocument } from './types';

export interface FindHit {
  elementId: Id;
  /** What matched: the name, or a field ("Owned by") with the value as shown. */
  match: { kind: 'name'; text: string } | { kind: 'attribute'; column: string; label: string; text: string };
  /** The view to show the element in (the preferred view when it is there), or null when no view places it. */
  viewId: Id | null;
}

export interface FindOptions {
  /** Elements of this view come first and are shown there (usually the view on screen). */
  preferViewId?: Id;
}

/** Case-, accent- and spacing-insensitive form used on both sides of the comparison. */
export function normaliseForFind(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The texts an attribute value reads as: its stored value, plus a choice label or a referenced name. */
function displayTexts(
  doc: ModelDocument,
  catalogue: Catalogue,
  field: FieldDef | undefined,
  value: string,
): string[] {
  if (!field) return [value];
  if (field.type === 'choice' && field.choiceList) {
    const choice = catalogue.choiceLists[field.choiceList]?.find((entry) => entry.value === value);
    return choice && choice.label !== value ? [choice.label, value] : [value];
  }
  if (field.type === 'reference') {
    const target = Object.hasOwn(doc.elements, value) ? doc.elements[value] : undefined;
    // A reference to an element of the model reads as its name; its id is not something users type.
    return target ? [target.name] : [value];
  }
  return [value];
}

function matchElement(
  doc: ModelDocument,
  catalogue: Catalogue,
  element: Element,
  needle: string,
): FindHit['match'] | null {
  if (normaliseForFind(element.name).includes(needle)) return { kind: 'name', text: element.name };
  const kind = Object.hasOwn(catalogue.kinds, element.kind) ? catalogue.kinds[element.kind] : undefined;
  // Columns in the order the kind lists its fields (the inspector's order), unknown columns after.
  const known = kind ? kind.fields.map((field) => field.column) : [];
  const columns = [
    ...known.filter((column) => Object.hasOwn(element.attributes, column)),
    ...Object.keys(element.attributes)
      .filter((column) => !known.includes(column))
      .sort(),
  ];
  for (const column of columns) {
    const value = element.attributes[column];
    if (value === undefined || value === '') continue;
    const field = kind ? fieldOf(catalogue, kind.id, column) : undefined;
    const text = displayTexts(doc, catalogue, field, value).find((candidate) =>
      normaliseForFind(candidate).includes(needle),
    );
    if (text !== undefined) return { kind: 'attribute', column, label: field?.label ?? column, text };
  }
  return null;
}

/**
 * Every element matching `query`, name matches before attribute matches; within
 * each, elements of the preferred view first, then the other views in tab
 * order, each read top to bottom and left to right, then elements no view
 * places (by name). An empty query finds nothing.
 */
export function findElements(
  doc: ModelDocument,
  catalogue: Catalogue,
  query: string,
  options: FindOptions = {},
): FindHit[] {
  const needle = normaliseForFind(query);
  if (needle === '') return [];

  const prefer = options.preferViewId;
  const inTabOrder = doc.viewOrder.filter((id) => Object.hasOwn(doc.views, id));
  const viewIds =
    prefer !== undefined && inTabOrder.includes(prefer)
      ? [prefer, ...inTabOrder.filter((id) => id !== prefer)]
      : inTabOrder;

  // Reading order: each element once, at its first view in the order above.
  const order: { id: Id; viewId: Id | null }[] = [];
  const seen = new Set<Id>();
  for (const viewId of viewIds) {
    const placements = doc.views[viewId]?.placements ?? {};
    const ids = Object.keys(placements)
      .filter((id) => Object.hasOwn(doc.elements, id) && !seen.has(id))
      .sort((a, b) => {
        const pa = placements[a];
        const pb = placements[b];
        return (pa?.y ?? 0) - (pb?.y ?? 0) || (pa?.x ?? 0) - (pb?.x ?? 0) || a.localeCompare(b);
      });
    for (const id of ids) {
      seen.add(id);
      order.push({ id, viewId });
    }
  }
  const unplaced = Object.values(doc.elements)
    .filter((element) => !seen.has(element.id))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  for (const element of unplaced) order.push({ id: element.id, viewId: null });

  const byName: FindHit[] = [];
  const byAttribute: FindHit[] = [];
  for (const { id, viewId } of order) {
    const element = doc.elements[id];
    if (!element) continue;
    const match = matchElement(doc, catalogue, element, needle);
    if (!match) continue;
    (match.kind === 'name' ? byName : byAttribute).push({ elementId: id, match, viewId });
  }
  return [...byName, ...byAttribute];
}
