/**
 * Crawl: any link the catalogue does not allow between two kinds, for the
 * model's CSDM version (imported data may carry them). The reason comes from
 * the catalogue's own explanation. Unknown types, missing ends and the pairs
 * with a rule of their own are left to those rules.
 */
import { explainNoRule } from '../../csdm/queries/explainNoRule';
import { PASS, linkFinding } from '../finding';
import { allowedTypes } from '../catalogue-facts';
import { hasOwnLinkRule } from '../link-families';
import { linkTypeLabel, namedLower } from '../phrases';
import type { LinkRuleCheck } from '../types';

export const linkNotAllowed: LinkRuleCheck = {
  id: 'link-not-allowed',
  stage: 'Crawl',
  severity: 'error',
  title: 'Links CSDM allows',
  subject: 'link',
  scope: { kind: 'link' },
  check(ctx, link, { from, to }) {
    if (!from || !to || !ctx.catalogue.linkTypes[link.type] || hasOwnLinkRule(from.kind, to.kind))
      return null;
    if (allowedTypes(ctx.catalogue, ctx.doc.settings, from.kind, to.kind).has(link.type)) return PASS;
    return [
      linkFinding(
        linkNotAllowed,
        link,
        `The ${linkTypeLabel(ctx.catalogue, link.type)} link from ${namedLower(ctx.catalogue, from)} to ${namedLower(ctx.catalogue, to)} is not allowed. ${explainNoRule(ctx.catalogue, ctx.doc.settings, from.kind, to.kind, link.type)}`,
        'Delete the link, or replace it with one CSDM allows.',
        { action: 'delete-link', linkId: link.id },
      ),
    ];
  },
};
