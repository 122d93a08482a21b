/** Builds view documents for the layout tests: elements at given boxes, links by catalogue rule. */
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import type { KindId } from '../../../../shared/csdm/kinds';
import { linkRulesBetween } from '../../../../shared/csdm/queries/linkRulesBetween';
import { createModel } from '../../../../shared/model/createModel';
import type { Element, Link, ModelDocument, Placement } from '../../../../shared/model/types';

export const VIEW = 'view-1';

export interface Spec {
  id: string;
  kind: KindId;
  at?: Partial<Placement>;
  /** Elements in the model but not placed in the view. */
  unplaced?: boolean;
}

/** A model whose view places the elements (default 200 x 72 at x = i * 300); links are [from, to]. */
export function layoutModel(specs: Spec[], links: [string, string][] = []): ModelDocument {
  const doc = createModel({ id: 'model', name: 'Layout', now: '2025-03-01T10:00:00.000Z', viewId: VIEW });
  const elements: Record<string, Element> = {};
  const placements: Record<string, Placement> = {};
  specs.forEach((spec, i) => {
    const def = CATALOGUE.kinds[spec.kind];
    elements[spec.id] = {
      id: spec.id,
      kind: spec.kind,
      table: def.tables[0] ?? 'cmdb_ci',
      name: spec.id,
      attributes: {},
    };
    if (!spec.unplaced) placements[spec.id] = { x: i * 300, y: 0, width: 200, height: 72, ...spec.at };
  });
  const linkRecords: Record<string, Link> = {};
  links.forEach(([from, to], i) => {
    const fromKind = elements[from]?.kind;
    const toKind = elements[to]?.kind;
    const type =
      fromKind && toKind
        ? linkRulesBetween(CATALOGUE, { csdmVersion: 5 }, fromKind, toKind)[0]?.type
        : undefined;
    if (!type) throw new Error(`No link type for ${from} -> ${to}`);
    linkRecords[`l${i + 1}`] = { id: `l${i + 1}`, type, from, to };
  });
  return {
    ...doc,
    elements,
    links: linkRecords,
    views: { [VIEW]: { id: VIEW, name: 'Main view', placements } },
  };
}
