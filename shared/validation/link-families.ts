/**
 * Links CSDM rules out by name (csdm.md section 5, "Not allowed"). Each has
 * its own rule with its own explanation; the generic "link not allowed" rule
 * leaves them to those.
 */
import type { KindId } from '../csdm/kinds';
import { isOneOf, OFFERINGS, SERVICE_INSTANCES, SERVICE_LIKE, SERVICES } from './kind-sets';

/** A service (or an offering) as parent of a service: services are one level only. */
export function isServiceUnderService(from: KindId, to: KindId): boolean {
  return isOneOf(to, SERVICES) && (isOneOf(from, SERVICES) || isOneOf(from, OFFERINGS));
}

/** A dynamic CI group holding another group or a service. */
export function isGroupHoldingGroupOrService(from: KindId, to: KindId): boolean {
  return from === 'dynamic_ci_group' && (to === 'dynamic_ci_group' || isOneOf(to, SERVICE_LIKE));
}

/** A business application to a service instance (type depends on the CSDM version) or to an application CI. */
export function isBusinessApplicationToRuntime(from: KindId, to: KindId): boolean {
  return from === 'business_application' && (to === 'application' || isOneOf(to, SERVICE_INSTANCES));
}

export function hasOwnLinkRule(from: KindId, to: KindId): boolean {
  return (
    isServiceUnderService(from, to) ||
    isGroupHoldingGroupOrService(from, to) ||
    isBusinessApplicationToRuntime(from, to)
  );
}
