/** General health check: a CI with no relationships at all is invisible to impact analysis. */
import { PASS, elementFinding } from '../finding';
import { named } from '../phrases';
import type { ElementRule } from '../types';

export const orphanCi: ElementRule = {
  id: 'orphan-ci',
  stage: 'Crawl',
  // Every element starts orphaned while a map is drawn: a hint, not a warning.
  severity: 'info',
  title: 'CIs with at least one relationship',
  subject: 'element',
  scope: { kind: 'element' },
  check(ctx, element) {
    if (!ctx.catalogue.kinds[element.kind].isCi) return null;
    if (ctx.graph.outgoing(element.id).length > 0 || ctx.graph.incoming(element.id).length > 0) return PASS;
    return [
      elementFinding(
        orphanCi,
        element,
        `${named(ctx.catalogue, element)} has no relationships, so no impact analysis reaches it.`,
        'Link it to what uses it or what it runs on, or remove it if it is not needed.',
      ),
    ];
  },
};
