/** Put a new element into the model, optionally placing it in a view. */
import type { KindId } from '../csdm/kinds';
import type { Catalogue } from '../csdm/types';
import { tableAllowedForKind } from '../csdm/queries/tables';
import { applyAttributes } from './attributes/applyAttributes';
import { tableRefusal } from './changeTable';
import { has, refuse, withEntry } from './internal/records';
import { placementFrom } from './internal/placement';
import type { Element, Id, ModelDocument, OpResult, PlacementInput } from './types';

export interface NewElement {
  id: Id;
  kind: KindId;
  /** Defaults to the kind's first table. */
  table?: string;
  name: string;
  attributes?: Readonly<Record<string, string>>;
  placement?: PlacementInput;
}

export function addElement(doc: ModelDocument, catalogue: Catalogue, input: NewElement): OpResult {
  const kind = Object.hasOwn(catalogue.kinds, input.kind) ? catalogue.kinds[input.kind] : undefined;
  if (!kind) return refuse(`Mapwright does not know the kind "${input.kind}".`);
  if (has(doc.elements, input.id)) return refuse('An element with this id is already in the model.');
  const table = input.table ?? kind.tables[0];
  if (table === undefined || !tableAllowedForKind(catalogue, kind.id, table)) {
    return refuse(tableRefusal(catalogue, kind.id, table ?? ''));
  }
  const name = input.name.trim();
  if (name === '') return refuse('A name is required.');

  const view = input.placement ? doc.views[input.placement.viewId] : undefined;
  if (input.placement && !view) return refuse('That view is no longer in the model.');
  const placement = input.placement ? placementFrom(input.placement) : undefined;
  if (input.placement && !placement) return refuse('A position must be a finite number and a size positive.');

  // service_classification follows the kind: it is what tells business from technical offerings in service_offering.
  const classification: Record<string, string> =
    kind.serviceClassification && kind.fields.some((f) => f.column === 'service_classification')
      ? { service_classification: kind.serviceClassification }
      : {};
  const element: Element = { id: input.id, kind: kind.id, table, name, attributes: classification };
  let next: ModelDocument = { ...doc, elements: withEntry(doc.elements, element.id, element) };
  if (view && placement) {
    next = {
      ...next,
      views: withEntry(next.views, view.id, {
        ...view,
        placements: withEntry(view.placements, element.id, placement),
      }),
    };
  }
  return input.attributes
    ? applyAttributes(next, catalogue, element.id, input.attributes)
    : { ok: true, doc: next };
}
