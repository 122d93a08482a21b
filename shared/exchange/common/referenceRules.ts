/** The catalogue's reference-stored link rules by the kind and column holding the field, computed once per catalogue. */
import type { KindId } from '../../csdm/kinds';
import type { Catalogue, LinkRule } from '../../csdm/types';

const cache = new WeakMap<Catalogue, Map<string, LinkRule[]>>();

/** Rules whose reference field `column` sits on elements of `kind` (the child, or the parent for `on: 'parent'`). */
export function linkColumnRules(catalogue: Catalogue, kind: KindId, column: string): LinkRule[] {
  let byKey = cache.get(catalogue);
  if (!byKey) {
    byKey = new Map();
    for (const rule of catalogue.linkRules) {
      if (rule.storage.form !== 'reference') continue;
      const holder = rule.storage.on === 'child' ? rule.to : rule.from;
      const key = `${holder}\u0000${rule.storage.field}`;
      const list = byKey.get(key);
      if (list) list.push(rule);
      else byKey.set(key, [rule]);
    }
    cache.set(catalogue, byKey);
  }
  return byKey.get(`${kind}\u0000${column}`) ?? [];
}

/** The kind at the other end of a reference-stored rule, seen from the element holding the field. */
export function referencedKind(rule: LinkRule): KindId {
  return rule.storage.form === 'reference' && rule.storage.on === 'parent' ? rule.to : rule.from;
}
