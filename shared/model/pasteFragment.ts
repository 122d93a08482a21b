/**
 * Paste: copies of a fragment's elements under new ids, with the links among
 * them, placed in a view at an offset. References between pasted elements
 * follow the copies; references to records this model lacks are dropped, as
 * are values and links the catalogue does not allow here (a clipboard from a
 * CSDM 4 model pasted into a CSDM 5 one), so paste never creates what
 * connect or setAttribute would refuse. Works on one copy of each record so a
 * large paste into a large model stays fast.
 */
import type { Catalogue } from '../csdm/types';
import { checkConnection } from '../csdm/queries/canConnect';
import { tableAllowedForKind } from '../csdm/queries/tables';
import { checkAttribute } from './attributes/checkAttribute';
import { fieldFor } from './attributes/fieldFor';
import { placementFrom } from './internal/placement';
import { copyRecord, setEntry, withEntry } from './internal/records';
import type { Element, Id, Link, ModelDocument, ModelFragment } from './types';

export interface PasteOptions {
  /** Called once per pasted element and link; returns its new id. */
  newId: (oldId: Id) => Id;
  viewId: Id;
  /** Added to every pasted position. */
  offset: { x: number; y: number };
}

export type PasteResult =
  { ok: true; doc: ModelDocument; idMap: Record<Id, Id> } | { ok: false; reason: string };

const CANNOT = 'The clipboard holds something Mapwright cannot paste here';

function checkElement(catalogue: Catalogue, element: Element): string | undefined {
  if (!Object.hasOwn(catalogue.kinds, element.kind)) return `${CANNOT}: an unknown kind "${element.kind}".`;
  if (!tableAllowedForKind(catalogue, element.kind, element.table))
    return `${CANNOT}: the table "${element.table}".`;
  if (element.name.trim() === '') return `${CANNOT}: an element without a name.`;
  return undefined;
}

/** The stage goes before its status, which is checked against it. */
const attributeOrder = (column: string): number =>
  column === 'life_cycle_stage' ? 0 : column === 'life_cycle_stage_status' ? 2 : 1;

/** The copy's attributes: remapped references, and only values setAttribute would accept. */
function pastedAttributes(
  catalogue: Catalogue,
  doc: ModelDocument,
  copy: Element,
  source: Element,
  idMap: ReadonlyMap<Id, Id>,
): Record<string, string> {
  const attributes: Record<string, string> = { ...copy.attributes };
  const entries = Object.entries(source.attributes).sort(([a], [b]) => attributeOrder(a) - attributeOrder(b));
  for (const [column, raw] of entries) {
    const value = idMap.get(raw) ?? raw;
    const lookup = fieldFor(catalogue, copy, column);
    if (!lookup.ok || lookup.field.readOnly || value.trim() === '') continue;
    const current = { ...copy, attributes };
    if (checkAttribute(catalogue, doc, current, lookup.field, value) === undefined)
      setEntry(attributes, column, value);
  }
  return attributes;
}

export function pasteFragment(
  doc: ModelDocument,
  catalogue: Catalogue,
  fragment: ModelFragment,
  options: PasteOptions,
): PasteResult {
  const view = doc.views[options.viewId];
  if (!view) return { ok: false, reason: 'That view is no longer in the model.' };
  if (fragment.elements.length === 0) return { ok: false, reason: 'There is nothing to paste.' };

  const idMap = new Map<Id, Id>();
  const elements = copyRecord(doc.elements);
  const placements = copyRecord(view.placements);
  for (const source of fragment.elements) {
    const problem = checkElement(catalogue, source);
    if (problem) return { ok: false, reason: problem };
    if (idMap.has(source.id)) return { ok: false, reason: `${CANNOT}: the same element twice.` };
    const id = options.newId(source.id);
    if (Object.hasOwn(elements, id))
      return { ok: false, reason: 'A pasted element would reuse an id already in the model.' };
    idMap.set(source.id, id);
    const kind = catalogue.kinds[source.kind];
    const classification: Record<string, string> = kind.serviceClassification
      ? { service_classification: kind.serviceClassification }
      : {};
    setEntry(elements, id, {
      id,
      kind: source.kind,
      table: source.table,
      name: source.name.trim(),
      attributes: classification,
    });

    const from = fragment.placements[source.id];
    const placement = placementFrom({
      x: (from?.x ?? 0) + options.offset.x,
      y: (from?.y ?? 0) + options.offset.y,
      width: from?.width,
      height: from?.height,
    });
    if (!placement) return { ok: false, reason: `${CANNOT}: a position or size that is not valid.` };
    setEntry(placements, id, placement);
  }

  const staged: ModelDocument = { ...doc, elements };
  for (const source of fragment.elements) {
    const id = idMap.get(source.id);
    const copy = id === undefined ? undefined : elements[id];
    if (copy)
      setEntry(elements, copy.id, {
        ...copy,
        attributes: pastedAttributes(catalogue, staged, copy, source, idMap),
      });
  }

  const links = copyRecord(doc.links);
  // Every pasted link ends at a pasted element, so only links added here can clash with it.
  const into = new Map<Id, Link[]>();
  const ctx = {
    catalogue,
    settings: doc.settings,
    element: (id: Id) => elements[id],
    linksInto: (id: Id) => into.get(id) ?? [],
  };
  for (const source of fragment.links) {
    const from = idMap.get(source.from);
    const to = idMap.get(source.to);
    if (from === undefined || to === undefined || !checkConnection(ctx, from, to, source.type).ok) continue;
    const id = options.newId(source.id);
    if (Object.hasOwn(links, id))
      return { ok: false, reason: 'A pasted link would reuse an id already in the model.' };
    const link = { id, type: source.type, from, to };
    setEntry(links, id, link);
    into.set(to, [...(into.get(to) ?? []), link]);
    idMap.set(source.id, id);
  }

  return {
    ok: true,
    doc: { ...doc, elements, links, views: withEntry(doc.views, view.id, { ...view, placements }) },
    idMap: Object.fromEntries(idMap),
  };
}
