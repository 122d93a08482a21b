/** Walk: support and change work against technical offerings; a technical service without one routes nothing. */
import { PASS, elementFinding } from '../finding';
import { named, quoted } from '../phrases';
import { offeringsOf } from '../relations';
import type { ElementRule } from '../types';

export const technicalServiceWithoutOffering: ElementRule = {
  id: 'technical-service-without-offering',
  stage: 'Walk',
  severity: 'warning',
  title: 'Technical services with an offering',
  subject: 'element',
  kinds: ['technical_service'],
  scope: { kind: 'neighbours' },
  check(ctx, service) {
    if (offeringsOf(ctx, service).length > 0) return PASS;
    return [
      elementFinding(
        technicalServiceWithoutOffering,
        service,
        `${named(ctx.catalogue, service)} has no offering. Support groups, approvals and the service instances it delivers hang off its technical service offerings.`,
        `Add a technical service offering (for example per environment) with ${quoted(service)} as its parent.`,
        { action: 'add-offering', elementId: service.id },
      ),
    ];
  },
};
