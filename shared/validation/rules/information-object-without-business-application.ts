/** Fly: an information object only means something through the business applications that use its data. */
import { PASS, elementFinding } from '../finding';
import { named } from '../phrases';
import { parentsOfKind } from '../relations';
import type { ElementRule } from '../types';

export const informationObjectWithoutBusinessApplication: ElementRule = {
  id: 'information-object-without-business-application',
  stage: 'Fly',
  severity: 'warning',
  title: 'Information objects used by a business application',
  subject: 'element',
  kinds: ['information_object'],
  scope: { kind: 'neighbours' },
  check(ctx, information) {
    if (parentsOfKind(ctx, information, ['business_application']).length > 0) return PASS;
    return [
      elementFinding(
        informationObjectWithoutBusinessApplication,
        information,
        `${named(ctx.catalogue, information)} is not used by any business application, so nobody knows where this data lives.`,
        'Link the business applications that hold or use this data to it with “Uses”.',
        { action: 'add-link', elementId: information.id, direction: 'in', kinds: ['business_application'] },
      ),
    ];
  },
};
