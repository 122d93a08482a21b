/**
 * Pairs csdm.md section 5 rules out by name, with the explanation users read.
 * Any pair without a link rule is refused; these only say why more plainly.
 */
import type { ForbiddenLink } from '../types';

export const FORBIDDEN_LINKS: readonly ForbiddenLink[] = [
  {
    from: ['business_service', 'technical_service'],
    to: ['business_service', 'technical_service'],
    reason:
      'Services are one level only: a service never sits under another service. Link the service to its offerings instead.',
  },
  {
    from: ['dynamic_ci_group'],
    to: [
      'dynamic_ci_group',
      'business_service',
      'technical_service',
      'business_offering',
      'technical_offering',
      'service_instance',
      'specialized_service_instance',
    ],
    reason:
      'A dynamic CI group holds infrastructure and applications only, never another group or a service.',
  },
  {
    from: ['business_application'],
    to: ['application'],
    reason:
      'A business application is related to the service instances that run it, never to an application CI (cmdb_ci_appl).',
  },
];
