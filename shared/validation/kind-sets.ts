/** Families of kinds the rules talk about, as CSDM names them (csdm.md sections 2 and 5). */
import type { KindId } from '../csdm/kinds';

export const SERVICES: readonly KindId[] = ['business_service', 'technical_service'];
export const OFFERINGS: readonly KindId[] = ['business_offering', 'technical_offering'];
/** Every service instance class: application service instances and the other CSDM 5 classes. */
export const SERVICE_INSTANCES: readonly KindId[] = ['service_instance', 'specialized_service_instance'];
/** Service-like records a dynamic CI group must never contain. */
export const SERVICE_LIKE: readonly KindId[] = [...SERVICES, ...OFFERINGS, ...SERVICE_INSTANCES];

export function isOneOf(kind: KindId, kinds: readonly KindId[]): boolean {
  return kinds.includes(kind);
}
