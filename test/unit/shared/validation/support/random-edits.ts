/**
 * Random edits for the incremental-equals-full property: every kind of change
 * the editor or an import can make, including ones the model operations
 * refuse (links CSDM forbids, dangling links and references, odd values), so
 * the incremental engine is held to the full one on any data. Each edit
 * replaces only what it changes, as the model operations do.
 */
import fc from 'fast-check';
import { CATALOGUE } from '../../../../../shared/csdm/catalogue';
import { KIND_IDS } from '../../../../../shared/csdm/kinds';
import type { Element, Id, Link, ModelDocument } from '../../../../../shared/model/types';

export type Edit =
  | { op: 'rename'; target: number; name: number }
  | { op: 'set'; target: number; column: number; value: number }
  | { op: 'remove-element'; target: number; withLinks: boolean }
  | { op: 'add-element'; kind: number; name: number; table: number }
  | { op: 'add-link'; from: number; to: number; type: number }
  | { op: 'remove-link'; target: number }
  | { op: 'retarget-link'; target: number; end: 'from' | 'to'; to: number }
  | { op: 'retype-link'; target: number; type: number }
  | { op: 'change-kind'; target: number; kind: number }
  | { op: 'switch-version' };

const n = fc.nat();
export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('rename' as const), target: n, name: n }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('set' as const), target: n, column: n, value: n }) },
  fc.record({ op: fc.constant('remove-element' as const), target: n, withLinks: fc.boolean() }),
  fc.record({ op: fc.constant('add-element' as const), kind: n, name: n, table: n }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('add-link' as const), from: n, to: n, type: n }) },
  fc.record({ op: fc.constant('remove-link' as const), target: n }),
  fc.record({
    op: fc.constant('retarget-link' as const),
    target: n,
    end: fc.constantFrom('from' as const, 'to' as const),
    to: n,
  }),
  fc.record({ op: fc.constant('retype-link' as const), target: n, type: n }),
  fc.record({ op: fc.constant('change-kind' as const), target: n, kind: n }),
  { weight: 1, arbitrary: fc.constant({ op: 'switch-version' as const }) },
);

const LINK_TYPES = [...Object.keys(CATALOGUE.linkTypes), 'Custom::Thing'];
const TABLES = ['u_cmdb_ci_custom_service', 'cmdb_ci_linux_server', 'u_business_service'];
const NAMES = ['Dup', ' dup ', '', 'Payroll Processing', 'srv-duplicate', 'Fresh'];
const VALUES: Record<string, readonly string[]> = {
  operational_status: ['1', '2', '6', '7', '42', ''],
  life_cycle_stage: ['Operational', 'End of Life', 'Ideation', 'Design', 'Deploy', 'Sunset', ''],
  life_cycle_stage_status: ['In Use', 'Retired', 'Available', 'Pilot', ''],
  service_classification: ['Business Service', 'Technical Service', ''],
};
/** Reference columns take an element id of the model, a missing id, or nothing. */
const REFERENCES = ['owned_by', 'support_group', 'company'];
const COLUMNS = [...Object.keys(VALUES), ...REFERENCES];

function at<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function withElement(doc: ModelDocument, element: Element): ModelDocument {
  return { ...doc, elements: { ...doc.elements, [element.id]: element } };
}

function withLink(doc: ModelDocument, link: Link): ModelDocument {
  return { ...doc, links: { ...doc.links, [link.id]: link } };
}

function without<T>(record: Readonly<Record<Id, T>>, ids: ReadonlySet<Id>): Record<Id, T> {
  const next: Record<Id, T> = {};
  for (const [id, value] of Object.entries(record)) if (!ids.has(id)) next[id] = value;
  return next;
}

/** Applies one edit; `serial` makes new ids unique. Returns the same document when the edit has no target. */
export function applyEdit(doc: ModelDocument, edit: Edit, serial: number): ModelDocument {
  const elementIds = Object.keys(doc.elements);
  const linkIds = Object.keys(doc.links);
  const element = (index: number): Element | undefined => {
    const id = at(elementIds, index);
    return id === undefined ? undefined : doc.elements[id];
  };
  const link = (index: number): Link | undefined => {
    const id = at(linkIds, index);
    return id === undefined ? undefined : doc.links[id];
  };
  switch (edit.op) {
    case 'rename': {
      const target = element(edit.target);
      const name = edit.name % 2 === 0 ? element(edit.name)?.name : at(NAMES, edit.name);
      return target && name !== undefined ? withElement(doc, { ...target, name }) : doc;
    }
    case 'set': {
      const target = element(edit.target);
      const column = at(COLUMNS, edit.column) ?? 'owned_by';
      if (!target) return doc;
      const value = REFERENCES.includes(column)
        ? edit.value % 5 === 0
          ? ''
          : edit.value % 5 === 1
            ? 'ghost'
            : (at(elementIds, edit.value) ?? '')
        : (at(VALUES[column] ?? [], edit.value) ?? '');
      const rest = Object.fromEntries(Object.entries(target.attributes).filter(([key]) => key !== column));
      return withElement(doc, { ...target, attributes: value ? { ...rest, [column]: value } : rest });
    }
    case 'remove-element': {
      const target = element(edit.target);
      if (!target) return doc;
      const gone = new Set([target.id]);
      const links = edit.withLinks
        ? without(
            doc.links,
            new Set(
              linkIds.filter((id) => doc.links[id]?.from === target.id || doc.links[id]?.to === target.id),
            ),
          )
        : doc.links;
      return { ...doc, elements: without(doc.elements, gone), links };
    }
    case 'add-element': {
      const kind = at(KIND_IDS, edit.kind) ?? 'server';
      const def = CATALOGUE.kinds[kind];
      const table =
        edit.table % 3 === 0 ? (at(TABLES, edit.table) ?? 'cmdb_ci') : (def.tables[0] ?? 'cmdb_ci');
      const attributes: Record<string, string> = def.serviceClassification
        ? { service_classification: def.serviceClassification }
        : {};
      // Sometimes the id that dangling links and references already point at.
      const id = edit.name % 4 === 0 ? 'ghost' : `new-${serial}`;
      return withElement(doc, { id, kind, table, name: at(NAMES, edit.name) ?? 'New', attributes });
    }
    case 'add-link': {
      const from = element(edit.from);
      const to = element(edit.to);
      if (!from || !to) return doc;
      const type = at(LINK_TYPES, edit.type) ?? 'Depends on::Used by';
      return withLink(doc, { id: `new-link-${serial}`, type, from: from.id, to: to.id });
    }
    case 'remove-link': {
      const target = link(edit.target);
      return target ? { ...doc, links: without(doc.links, new Set([target.id])) } : doc;
    }
    case 'retarget-link': {
      const target = link(edit.target);
      const to = edit.to % 7 === 0 ? 'ghost' : at(elementIds, edit.to);
      return target && to ? withLink(doc, { ...target, [edit.end]: to }) : doc;
    }
    case 'retype-link': {
      const target = link(edit.target);
      const type = at(LINK_TYPES, edit.type);
      return target && type ? withLink(doc, { ...target, type }) : doc;
    }
    case 'change-kind': {
      const target = element(edit.target);
      const kind = at(KIND_IDS, edit.kind);
      return target && kind ? withElement(doc, { ...target, kind }) : doc;
    }
    case 'switch-version':
      return { ...doc, settings: { ...doc.settings, csdmVersion: doc.settings.csdmVersion === 5 ? 4 : 5 } };
  }
}
