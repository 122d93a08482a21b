/** Every kind of record the editor knows. A kind is a family of ServiceNow tables. */
export const KIND_IDS = [
  // Service Consumption / Run
  'business_service',
  'business_offering',
  'service_portfolio',
  'taxonomy_node',
  'service_commitment',
  // Service Delivery / Walk
  'technical_service',
  'technical_offering',
  'dynamic_ci_group',
  // Service Delivery / Crawl
  'service_instance',
  'specialized_service_instance',
  // Design & Planning
  'business_application',
  'business_capability',
  'information_object',
  // Build & Integration
  'sdlc_component',
  // Infrastructure
  'application',
  'server',
  'virtual_machine',
  'database',
  'load_balancer',
  'network_gear',
  'cluster',
  // Foundation reference data
  'company',
  'department',
  'location',
  'group',
  'user',
  // An imported class the catalogue does not know; keeps its table.
  'generic_ci',
] as const;

export type KindId = (typeof KIND_IDS)[number];

export function isKindId(value: string): value is KindId {
  return (KIND_IDS as readonly string[]).includes(value);
}
