/**
 * Crawl: a business application relates to its service instances with the
 * type of the model's CSDM version ("Consumes" in CSDM 4, "Uses" in CSDM 5:
 * read from the catalogue's link rules), and never to an application CI.
 */
import { allowedTypes } from '../catalogue-facts';
import { PASS, linkFinding } from '../finding';
import { isBusinessApplicationToRuntime } from '../link-families';
import { linkTypeLabel, named, namedLower, quoted } from '../phrases';
import type { LinkRuleCheck } from '../types';

export const businessApplicationLinkType: LinkRuleCheck = {
  id: 'business-application-link-type',
  stage: 'Crawl',
  severity: 'warning',
  title: 'Business application to service instance links of the right type',
  subject: 'link',
  fromKinds: ['business_application'],
  scope: { kind: 'link' },
  check(ctx, link, { from: application, to: target }) {
    if (!application || !target || !isBusinessApplicationToRuntime(application.kind, target.kind))
      return null;
    if (target.kind === 'application') {
      return [
        linkFinding(
          businessApplicationLinkType,
          link,
          `${named(ctx.catalogue, application)} is linked straight to ${namedLower(ctx.catalogue, target)} (${target.table}). CSDM relates a business application to the service instances that run it, never to an application CI.`,
          `Link ${quoted(application)} to the service instance that ${quoted(target)} belongs to, and delete this link.`,
          { action: 'delete-link', linkId: link.id },
        ),
      ];
    }
    const allowed = allowedTypes(ctx.catalogue, ctx.doc.settings, application.kind, target.kind);
    const [expected] = allowed;
    if (expected === undefined || allowed.has(link.type)) return PASS;
    return [
      linkFinding(
        businessApplicationLinkType,
        link,
        `${named(ctx.catalogue, application)} is linked to ${namedLower(ctx.catalogue, target)} with ${linkTypeLabel(ctx.catalogue, link.type)}; for CSDM ${ctx.doc.settings.csdmVersion} the link is ${linkTypeLabel(ctx.catalogue, expected)}.`,
        `Change the link type to ${linkTypeLabel(ctx.catalogue, expected)}.`,
        { action: 'change-link-type', linkId: link.id, type: expected },
      ),
    ];
  },
};
