/** Links as the inspector words them: "Depends on → Payroll PROD", "Used by ← Payroll EMEA". */
import { findLinkRule } from '@shared/csdm/queries/findLinkRule';
import { linkRulesBetween, type VersionSetting } from '@shared/csdm/queries/linkRulesBetween';
import type { KindId } from '@shared/csdm/kinds';
import type { Catalogue, LinkStorage } from '@shared/csdm/types';
import type { Element, Id, Link } from '@shared/model/types';

export type LinkDirection = 'outgoing' | 'incoming';

/** The label read from one end: the parent reads the label, the child the reverse label. */
export function linkTypeLabel(catalogue: Catalogue, type: string, direction: LinkDirection): string {
  const def = catalogue.linkTypes[type];
  if (!def) return type;
  return direction === 'outgoing' ? def.label : def.reverseLabel;
}

export interface LinkEntry {
  link: Link;
  direction: LinkDirection;
  /** The element at the other end; undefined only in a broken document. */
  other: Element | undefined;
  label: string;
  /** False when the catalogue allows no such link between these kinds in this CSDM version (imported data). */
  allowed: boolean;
}

/**
 * An element's links, grouped by direction and sorted by label then the other
 * end's name. `others` finds the element at the other end by id.
 */
export function describeElementLinks(
  catalogue: Catalogue,
  settings: VersionSetting,
  element: Element,
  links: readonly Link[],
  others: (id: Id) => Element | undefined,
): { outgoing: LinkEntry[]; incoming: LinkEntry[] } {
  const outgoing: LinkEntry[] = [];
  const incoming: LinkEntry[] = [];
  for (const link of links) {
    // A link from an element to itself is not allowed; should one arrive, it is listed once, as outgoing.
    const direction: LinkDirection = link.from === element.id ? 'outgoing' : 'incoming';
    const other = others(direction === 'outgoing' ? link.to : link.from);
    const [parent, child] = direction === 'outgoing' ? [element, other] : [other, element];
    const allowed =
      parent !== undefined &&
      child !== undefined &&
      findLinkRule(catalogue, settings, parent.kind, child.kind, link.type) !== undefined;
    const entry = { link, direction, other, allowed, label: linkTypeLabel(catalogue, link.type, direction) };
    (direction === 'outgoing' ? outgoing : incoming).push(entry);
  }
  const order = (a: LinkEntry, b: LinkEntry): number =>
    a.label.localeCompare(b.label) || (a.other?.name ?? '').localeCompare(b.other?.name ?? '');
  return { outgoing: outgoing.sort(order), incoming: incoming.sort(order) };
}

export interface LinkTypeOption {
  type: string;
  label: string;
  /** False for a type the catalogue does not allow between these kinds (imported data). */
  allowed: boolean;
}

/** The types a link between these kinds may have in this CSDM version, plus its current one if that is not among them. */
export function linkTypeOptions(
  catalogue: Catalogue,
  settings: VersionSetting,
  fromKind: KindId,
  toKind: KindId,
  current: string,
): LinkTypeOption[] {
  const options: LinkTypeOption[] = linkRulesBetween(catalogue, settings, fromKind, toKind).map((rule) => ({
    type: rule.type,
    label: linkTypeLabel(catalogue, rule.type, 'outgoing'),
    allowed: true,
  }));
  if (!options.some((option) => option.type === current)) {
    options.unshift({ type: current, label: linkTypeLabel(catalogue, current, 'outgoing'), allowed: false });
  }
  return options;
}

function storageText(storage: LinkStorage, type: string): string {
  switch (storage.form) {
    case 'relationship':
      return `cmdb_rel_ci relationship "${type}"`;
    case 'reference':
      return `reference field ${storage.table}.${storage.field}`;
    case 'many-to-many':
      return `rows of ${storage.table}`;
  }
}

/** How ServiceNow stores this link, in words, or undefined when the catalogue does not allow it. */
export function linkStorageText(
  catalogue: Catalogue,
  settings: VersionSetting,
  fromKind: KindId,
  toKind: KindId,
  type: string,
): string | undefined {
  const rule = findLinkRule(catalogue, settings, fromKind, toKind, type);
  return rule ? storageText(rule.storage, type) : undefined;
}
