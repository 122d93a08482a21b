/** The link type to use when users connect two kinds without choosing one. */
import type { KindId } from '../kinds';
import type { Catalogue } from '../types';
import { linkRulesBetween, type VersionSetting } from './linkRulesBetween';

export function defaultLinkType(
  catalogue: Catalogue,
  settings: VersionSetting,
  fromKind: KindId,
  toKind: KindId,
): string | undefined {
  return linkRulesBetween(catalogue, settings, fromKind, toKind)[0]?.type;
}

/**
 * "Consumes::Consumed by" for CSDM 4, "Uses::Used by" for CSDM 5: read from the
 * link rules, so the version switch lives in the catalogue data only.
 */
export function linkTypeForBusinessAppToServiceInstance(
  catalogue: Catalogue,
  settings: VersionSetting,
): string | undefined {
  return defaultLinkType(catalogue, settings, 'business_application', 'service_instance');
}
