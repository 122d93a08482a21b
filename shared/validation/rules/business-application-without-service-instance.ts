/** Crawl: a business application without a service instance is a portfolio entry with nothing running behind it. */
import { PASS, elementFinding } from '../finding';
import { SERVICE_INSTANCES } from '../kind-sets';
import { named } from '../phrases';
import { childrenOfKind } from '../relations';
import type { ElementRule } from '../types';

export const businessApplicationWithoutServiceInstance: ElementRule = {
  id: 'business-application-without-service-instance',
  stage: 'Crawl',
  severity: 'warning',
  title: 'Business applications linked to a service instance',
  subject: 'element',
  kinds: ['business_application'],
  scope: { kind: 'neighbours' },
  check(ctx, application) {
    if (childrenOfKind(ctx, application, SERVICE_INSTANCES).length > 0) return PASS;
    return [
      elementFinding(
        businessApplicationWithoutServiceInstance,
        application,
        `${named(ctx.catalogue, application)} has no service instance, so incidents and changes never reach it.`,
        'Link it to the service instances (production, test, ...) where it runs.',
        { action: 'add-link', elementId: application.id, direction: 'out', kinds: SERVICE_INSTANCES },
      ),
    ];
  },
};
