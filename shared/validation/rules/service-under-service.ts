/** Run: business and technical services are one level only; what a service needs is linked through offerings. */
import { linkFinding } from '../finding';
import { OFFERINGS, SERVICES } from '../kind-sets';
import { isServiceUnderService } from '../link-families';
import { named, namedLower, quoted } from '../phrases';
import type { LinkRuleCheck } from '../types';

export const serviceUnderService: LinkRuleCheck = {
  id: 'service-under-service',
  stage: 'Run',
  severity: 'error',
  title: 'Services that do not sit under another service',
  subject: 'link',
  fromKinds: [...SERVICES, ...OFFERINGS],
  scope: { kind: 'link' },
  check(ctx, link, { from: parent, to: child }) {
    if (!parent || !child || !isServiceUnderService(parent.kind, child.kind)) return null;
    return [
      linkFinding(
        serviceUnderService,
        link,
        `${named(ctx.catalogue, child)} sits under ${namedLower(ctx.catalogue, parent)}. Services are one level only: a service never sits under another service or an offering.`,
        `Delete this link; to show what ${quoted(parent)} needs, link its offerings to the offerings of ${quoted(child)}.`,
        { action: 'delete-link', linkId: link.id },
      ),
    ];
  },
};
