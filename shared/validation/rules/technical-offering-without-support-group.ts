/** Walk: incidents on a technical offering are routed to its support group; without one they land nowhere. */
import { PASS, elementFinding } from '../finding';
import { named } from '../phrases';
import { referenced } from '../relations';
import type { ElementRule } from '../types';

export const technicalOfferingWithoutSupportGroup: ElementRule = {
  id: 'technical-offering-without-support-group',
  stage: 'Walk',
  severity: 'warning',
  title: 'Technical offerings with a support group',
  subject: 'element',
  kinds: ['technical_offering'],
  scope: { kind: 'neighbours' },
  check(ctx, offering) {
    if (referenced(ctx, offering, 'support_group', ['group'])) return PASS;
    const dangling = Boolean(offering.attributes.support_group);
    return [
      elementFinding(
        technicalOfferingWithoutSupportGroup,
        offering,
        dangling
          ? `${named(ctx.catalogue, offering)} names a support group that is not a group of this model.`
          : `${named(ctx.catalogue, offering)} has no support group, so incidents against it cannot be assigned.`,
        'Pick the group that supports it in “Support group”.',
        { action: 'set-field', elementId: offering.id, column: 'support_group' },
      ),
    ];
  },
};
