/**
 * Facts the rules need, derived once per catalogue from its link rules so no
 * rule spells a link type: which types make an offering's parent, a
 * capability's parent, a dynamic CI group's member.
 */
import type { KindId } from '../csdm/kinds';
import { appliesToVersion, type VersionSetting } from '../csdm/queries/linkRulesBetween';
import type { Catalogue } from '../csdm/types';
import type { CsdmVersion } from '../model/types';
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
const allowedCache = new WeakMap<
  Catalogue,
  Map<CsdmVersion, Map<KindId, Map<KindId, ReadonlySet<string>>>>
>();
const NO_TYPES: ReadonlySet<string> = new Set();

/**
 * The link types the catalogue allows from one kind to another in a CSDM
 * version, in catalogue order (the first is the default). Nested maps built
 * once per catalogue: validation asks for every link of the model, and
 * linkRulesBetween would build an array each time.
 */
export function allowedTypes(
  catalogue: Catalogue,
  settings: VersionSetting,
  from: KindId,
  to: KindId,
): ReadonlySet<string> {
  let byVersion = allowedCache.get(catalogue);
  if (!byVersion) {
    byVersion = new Map();
    allowedCache.set(catalogue, byVersion);
  }
  let byFrom = byVersion.get(settings.csdmVersion);
  if (!byFrom) {
    const built = new Map<KindId, Map<KindId, Set<string>>>();
    for (const rule of catalogue.linkRules) {
      if (!appliesToVersion(rule, settings)) continue;
      const byTo = built.get(rule.from) ?? new Map<KindId, Set<string>>();
      built.set(rule.from, byTo);
      byTo.set(rule.to, (byTo.get(rule.to) ?? new Set<string>()).add(rule.type));
    }
    byFrom = built;
    byVersion.set(settings.csdmVersion, byFrom);
  }
  return byFrom.get(from)?.get(to) ?? NO_TYPES;
}

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
