/** The one rule that allows a given link, if any: how export knows where to write it. */
import type { KindId } from '../kinds';
import type { Catalogue, LinkRule } from '../types';
import { linkRulesBetween, type VersionSetting } from './linkRulesBetween';

export function findLinkRule(
  catalogue: Catalogue,
  settings: VersionSetting,
  fromKind: KindId,
  toKind: KindId,
  type: string,
): LinkRule | undefined {
  return linkRulesBetween(catalogue, settings, fromKind, toKind).find((rule) => rule.type === type);
}
