/** Crawl: IRE matches CIs by name where no better key exists, so two CIs of one table with one name load as one record. */
import { PASS, elementFinding } from '../finding';
import { named } from '../phrases';
import type { ElementRule } from '../types';

export const duplicateName: ElementRule = {
  id: 'duplicate-name',
  stage: 'Crawl',
  severity: 'warning',
  title: 'CIs with a name unique in their table',
  subject: 'element',
  scope: { kind: 'same-name' },
  check(ctx, element) {
    if (!ctx.catalogue.kinds[element.kind].isCi || !element.name.trim()) return null;
    const others = ctx.sameName(element.table, element.name).length - 1;
    if (others === 0) return PASS;
    return [
      elementFinding(
        duplicateName,
        element,
        `${named(ctx.catalogue, element)} has the same name as ${others === 1 ? 'another CI' : `${others} other CIs`} in ${element.table}. On import, ServiceNow would merge them into one record.`,
        'Rename one of them, or merge them into one element.',
        { action: 'rename', elementId: element.id },
      ),
    ];
  },
};
