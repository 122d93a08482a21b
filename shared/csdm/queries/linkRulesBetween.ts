/** Which links the catalogue allows from one kind to another, for the model's CSDM version. */
import type { ModelSettings } from '../../model/types';
import type { KindId } from '../kinds';
import type { Catalogue, LinkRule } from '../types';

/** Only the setting that matters, so callers without a whole document can ask. */
export type VersionSetting = Pick<ModelSettings, 'csdmVersion'>;

const indexes = new WeakMap<Catalogue, Map<string, LinkRule[]>>();

/** Rules grouped by kind pair, built once per catalogue: validation asks this for every link of 50k-element models. */
function rulesByPair(catalogue: Catalogue): Map<string, LinkRule[]> {
  let index = indexes.get(catalogue);
  if (!index) {
    index = new Map();
    for (const rule of catalogue.linkRules) {
      const key = `${rule.from}>${rule.to}`;
      const list = index.get(key);
      if (list) list.push(rule);
      else index.set(key, [rule]);
    }
    indexes.set(catalogue, index);
  }
  return index;
}

export function appliesToVersion(rule: LinkRule, settings: VersionSetting): boolean {
  return !rule.csdmVersions || rule.csdmVersions.includes(settings.csdmVersion);
}

/** The rules allowing a link from `fromKind` (parent) to `toKind` (child) in this CSDM version. */
export function linkRulesBetween(
  catalogue: Catalogue,
  settings: VersionSetting,
  fromKind: KindId,
  toKind: KindId,
): LinkRule[] {
  const rules = rulesByPair(catalogue).get(`${fromKind}>${toKind}`) ?? [];
  return rules.filter((rule) => appliesToVersion(rule, settings));
}
