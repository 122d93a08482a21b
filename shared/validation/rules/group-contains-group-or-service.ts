/** Walk: a dynamic CI group holds infrastructure and applications only, never another group or a service. */
import { linkFinding } from '../finding';
import { isGroupHoldingGroupOrService } from '../link-families';
import { named, namedLower, quoted } from '../phrases';
import type { LinkRuleCheck } from '../types';

export const groupContainsGroupOrService: LinkRuleCheck = {
  id: 'group-contains-group-or-service',
  stage: 'Walk',
  severity: 'error',
  title: 'Dynamic CI groups holding only infrastructure and applications',
  subject: 'link',
  fromKinds: ['dynamic_ci_group'],
  scope: { kind: 'link' },
  check(ctx, link, { from: group, to: member }) {
    if (!group || !member || !isGroupHoldingGroupOrService(group.kind, member.kind)) return null;
    return [
      linkFinding(
        groupContainsGroupOrService,
        link,
        `${named(ctx.catalogue, group)} contains ${namedLower(ctx.catalogue, member)}. A dynamic CI group holds infrastructure and applications only, never another group or a service.`,
        `Take ${quoted(member)} out of the group; link it to the technical service offering directly if it belongs there.`,
        { action: 'delete-link', linkId: link.id },
      ),
    ];
  },
};
