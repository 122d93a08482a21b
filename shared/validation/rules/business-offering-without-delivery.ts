/**
 * Run: a business offering with nothing beneath it cannot show which business
 * is impacted when infrastructure fails (the dashboard's "business offerings
 * with no relationship to a service instance"; a technical offering counts too).
 */
import { PASS, elementFinding } from '../finding';
import { SERVICE_INSTANCES } from '../kind-sets';
import { named } from '../phrases';
import { childrenOfKind } from '../relations';
import type { ElementRule } from '../types';

const DELIVERED_BY = [...SERVICE_INSTANCES, 'technical_offering'] as const;

export const businessOfferingWithoutDelivery: ElementRule = {
  id: 'business-offering-without-delivery',
  stage: 'Run',
  severity: 'warning',
  title: 'Business offerings linked to a service instance or technical offering',
  subject: 'element',
  kinds: ['business_offering'],
  scope: { kind: 'neighbours' },
  check(ctx, offering) {
    if (childrenOfKind(ctx, offering, DELIVERED_BY).length > 0) return PASS;
    return [
      elementFinding(
        businessOfferingWithoutDelivery,
        offering,
        `${named(ctx.catalogue, offering)} does not depend on any service instance or technical service offering, so no incident or change can show it as impacted.`,
        'Link it with “Depends on” to the service instances (or technical service offerings) that deliver it.',
        { action: 'add-link', elementId: offering.id, direction: 'out', kinds: DELIVERED_BY },
      ),
    ];
  },
};
