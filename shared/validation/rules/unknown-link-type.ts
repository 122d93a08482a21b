/** Foundation: custom relationship types are a CMDB health finding; ServiceNow says use only the types CSDM defines. */
import { PASS, linkFinding } from '../finding';
import { namedLower } from '../phrases';
import type { LinkRuleCheck } from '../types';

export const unknownLinkType: LinkRuleCheck = {
  id: 'unknown-link-type',
  stage: 'Foundation',
  severity: 'warning',
  title: 'Links of a CSDM relationship type',
  subject: 'link',
  scope: { kind: 'link' },
  check(ctx, link, { from, to }) {
    if (ctx.catalogue.linkTypes[link.type]) return PASS;
    const between =
      from && to ? ` from ${namedLower(ctx.catalogue, from)} to ${namedLower(ctx.catalogue, to)}` : '';
    return [
      linkFinding(
        unknownLinkType,
        link,
        `The link${between} has type “${link.type}”, which is not a relationship type CSDM defines.`,
        'Change it to the CSDM type that means the same, or delete it.',
      ),
    ];
  },
};
