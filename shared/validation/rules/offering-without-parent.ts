/** Walk: an offering belongs to exactly one service (`service_offering.parent`); ServiceNow shows orphan offerings on the dashboard. */
import { PASS, elementFinding } from '../finding';
import { named } from '../phrases';
import { parentServices } from '../relations';
import type { ElementRule } from '../types';

export const offeringWithoutParent: ElementRule = {
  id: 'offering-without-parent',
  stage: 'Walk',
  severity: 'error',
  title: 'Offerings with a parent service',
  subject: 'element',
  kinds: ['business_offering', 'technical_offering'],
  scope: { kind: 'neighbours' },
  check(ctx, offering) {
    if (parentServices(ctx, offering).length > 0) return PASS;
    const service = offering.kind === 'business_offering' ? 'business service' : 'technical service';
    return [
      elementFinding(
        offeringWithoutParent,
        offering,
        `${named(ctx.catalogue, offering)} has no parent service. Every offering belongs to exactly one ${service}.`,
        `Link it from its ${service} with “offered as”.`,
        { action: 'set-parent', elementId: offering.id },
      ),
    ];
  },
};
