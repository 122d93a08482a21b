/** Run: a business service is consumed through its offerings; without one nobody can subscribe or raise an incident against it. */
import { named, quoted } from '../phrases';
import { PASS, elementFinding } from '../finding';
import { offeringsOf } from '../relations';
import type { ElementRule } from '../types';

export const businessServiceWithoutOffering: ElementRule = {
  id: 'business-service-without-offering',
  stage: 'Run',
  severity: 'warning',
  title: 'Business services with an offering',
  subject: 'element',
  kinds: ['business_service'],
  scope: { kind: 'neighbours' },
  check(ctx, service) {
    if (offeringsOf(ctx, service).length > 0) return PASS;
    return [
      elementFinding(
        businessServiceWithoutOffering,
        service,
        `${named(ctx.catalogue, service)} has no offering. People subscribe to, request and report incidents against offerings, not the service itself.`,
        `Add a business service offering (for example one per region or service level) with ${quoted(service)} as its parent.`,
        { action: 'add-offering', elementId: service.id },
      ),
    ];
  },
};
