/** Crawl: `name` is the one field every record needs; without it nothing can be loaded or found. */
import { withArticleCapitalised } from '../../csdm/queries/labels';
import { PASS, elementFinding } from '../finding';
import type { ElementRule } from '../types';

export const missingName: ElementRule = {
  id: 'missing-name',
  stage: 'Crawl',
  severity: 'error',
  title: 'Elements with a name',
  subject: 'element',
  scope: { kind: 'element' },
  check(ctx, element) {
    if (element.name.trim()) return PASS;
    return [
      elementFinding(
        missingName,
        element,
        `${withArticleCapitalised(ctx.catalogue.kinds[element.kind])} has no name. ServiceNow needs a name on every record.`,
        'Give it a name.',
        { action: 'rename', elementId: element.id },
      ),
    ];
  },
};
