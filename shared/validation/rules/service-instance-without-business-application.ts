/** Crawl: a service instance without its business application cannot tell application owners what runs their application. */
import { PASS, elementFinding } from '../finding';
import { named } from '../phrases';
import { parentsOfKind } from '../relations';
import type { ElementRule } from '../types';

export const serviceInstanceWithoutBusinessApplication: ElementRule = {
  id: 'service-instance-without-business-application',
  stage: 'Crawl',
  severity: 'warning',
  title: 'Service instances linked to a business application',
  subject: 'element',
  // The dashboard asks this of application service instances; data, network and other instances need none.
  kinds: ['service_instance'],
  scope: { kind: 'neighbours' },
  check(ctx, instance) {
    if (parentsOfKind(ctx, instance, ['business_application']).length > 0) return PASS;
    return [
      elementFinding(
        serviceInstanceWithoutBusinessApplication,
        instance,
        `${named(ctx.catalogue, instance)} is not linked to a business application, so nobody can tell which application this deployment runs.`,
        'Link the business application it deploys to it.',
        { action: 'add-link', elementId: instance.id, direction: 'in', kinds: ['business_application'] },
      ),
    ];
  },
};
