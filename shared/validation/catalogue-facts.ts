/**
 * Facts the rules need, derived once per catalogue from its link rules so no
 * rule spells a link type: which types make an offering's parent, a
 * capability's parent, a dynamic CI group's member.
 */
import type { KindId } from '../csdm/kinds';
import type { Catalogue } from '../csdm/types';
import { isOneOf, OFFERINGS, SERVICES } from './kind-sets';

export interface CatalogueFacts {
  /** Service -> offering ("offered as", stored in `service_offering.parent`). */
  offeringParentTypes: ReadonlySet<string>;
  /** Capability -> child capability. */
  capabilityParentTypes: ReadonlySet<string>;
  /** Dynamic CI group -> member CI (`cmdb_group_contains_ci`). */
  groupMemberTypes: ReadonlySet<string>;
}

const cache = new WeakMap<Catalogue, CatalogueFacts>();

export function catalogueFacts(catalogue: Catalogue): CatalogueFacts {
  let facts = cache.get(catalogue);
  if (!facts) {
    const types = (test: (from: KindId, to: KindId) => boolean): ReadonlySet<string> =>
      new Set(catalogue.linkRules.filter((rule) => test(rule.from, rule.to)).map((rule) => rule.type));
    facts = {
      offeringParentTypes: types((from, to) => isOneOf(from, SERVICES) && isOneOf(to, OFFERINGS)),
      capabilityParentTypes: types(
        (from, to) => from === 'business_capability' && to === 'business_capability',
      ),
      groupMemberTypes: types((from) => from === 'dynamic_ci_group'),
    };
    cache.set(catalogue, facts);
  }
  return facts;
}
