/** Crawl: a link whose end is not in the model (half a relationship, from an import) cannot be loaded. */
import { PASS, linkFinding } from '../finding';
import { linkTypeLabel, namedLower } from '../phrases';
import type { LinkRuleCheck } from '../types';

export const linkToMissingElement: LinkRuleCheck = {
  id: 'link-to-missing-element',
  stage: 'Crawl',
  severity: 'error',
  title: 'Links with both ends in the model',
  subject: 'link',
  scope: { kind: 'link' },
  check(ctx, link, { from, to }) {
    if (from && to) return PASS;
    const present = from ?? to;
    const on = present ? ` of ${namedLower(ctx.catalogue, present)}` : '';
    return [
      linkFinding(
        linkToMissingElement,
        link,
        `A ${linkTypeLabel(ctx.catalogue, link.type)} link${on} leads to an element that is not in the model.`,
        'Delete the link, or add the missing element and link it again.',
        { action: 'delete-link', linkId: link.id },
      ),
    ];
  },
};
