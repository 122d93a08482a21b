/**
 * How export writes a link. Allowed links follow their catalogue rule's
 * storage. Imported links the catalogue does not allow are kept in the model,
 * so they are written too where a form fits: a type some rule stores (the
 * rule's storage), or a `cmdb_rel_type` name ("A::B") between two CIs (a
 * relationship). Anything else cannot be written and is reported by preflight.
 */
import type { Catalogue, LinkRule, LinkStorage } from '../../csdm/types';
import { findLinkRule } from '../../csdm/queries/findLinkRule';
import type { Element, Link, ModelSettings } from '../../model/types';

export type LinkExport =
  | { form: 'relationship'; allowed: boolean }
  | { form: 'reference'; allowed: boolean; table: string; field: string; on: 'parent' | 'child' }
  | { form: 'many-to-many'; allowed: boolean; table: string; parentColumn: string; childColumn: string }
  | { form: 'none'; reason: string };

/** A `cmdb_rel_type` name: "Depends on::Used by". */
export function isRelTypeName(type: string): boolean {
  const parts = type.split('::');
  return parts.length === 2 && parts.every((part) => part.trim() !== '');
}

function fromStorage(storage: LinkStorage, allowed: boolean): LinkExport {
  switch (storage.form) {
    case 'relationship':
      return { form: 'relationship', allowed };
    case 'reference':
      return { form: 'reference', allowed, table: storage.table, field: storage.field, on: storage.on };
    case 'many-to-many':
      return {
        form: 'many-to-many',
        allowed,
        table: storage.table,
        parentColumn: storage.parentColumn,
        childColumn: storage.childColumn,
      };
  }
}

/** A rule of the same type to borrow the storage from; for many-to-many tables the child's kind decides the table. */
function borrowedRule(catalogue: Catalogue, link: Link, from: Element, to: Element): LinkRule | undefined {
  const sameType = catalogue.linkRules.filter((rule) => rule.type === link.type);
  return (
    sameType.find((rule) => rule.from === from.kind && rule.to === to.kind) ??
    sameType.find((rule) => rule.storage.form === 'many-to-many' && rule.to === to.kind) ??
    sameType.find((rule) => rule.storage.form !== 'many-to-many')
  );
}

export function linkExport(
  catalogue: Catalogue,
  settings: Pick<ModelSettings, 'csdmVersion'>,
  link: Link,
  from: Element,
  to: Element,
): LinkExport {
  const rule = findLinkRule(catalogue, settings, from.kind, to.kind, link.type);
  const chosen = rule ?? borrowedRule(catalogue, link, from, to);
  const bothCis = catalogue.kinds[from.kind].isCi && catalogue.kinds[to.kind].isCi;
  if (chosen) {
    if (chosen.storage.form === 'relationship' && !bothCis) {
      return { form: 'none', reason: 'cmdb_rel_ci relates CIs only, and one end is not a CI' };
    }
    return fromStorage(chosen.storage, rule !== undefined);
  }
  if (isRelTypeName(link.type)) {
    return bothCis
      ? { form: 'relationship', allowed: false }
      : { form: 'none', reason: 'cmdb_rel_ci relates CIs only, and one end is not a CI' };
  }
  return { form: 'none', reason: `no ServiceNow table or field stores a “${link.type}” link` };
}
