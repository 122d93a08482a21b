/** Crawl: a lifecycle status must belong to its stage (csdm.md section 4); the stage lists come from the catalogue. */
import { listInWords } from '../../csdm/queries/labels';
import { statusesForStage } from '../../csdm/queries/statusesForStage';
import { PASS, elementFinding } from '../finding';
import { named } from '../phrases';
import type { ElementRule } from '../types';

const quote = (text: string): string => `“${text}”`;

export const lifecycleStatusNotInStage: ElementRule = {
  id: 'lifecycle-status-not-in-stage',
  stage: 'Crawl',
  severity: 'warning',
  title: 'Lifecycle statuses that belong to their stage',
  subject: 'element',
  scope: { kind: 'element' },
  check(ctx, element) {
    const list = ctx.catalogue.kinds[element.kind].lifecycle;
    const stage = element.attributes.life_cycle_stage;
    const status = element.attributes.life_cycle_stage_status;
    if (!list || (!stage && !status)) return null;
    const fail = (message: string, fix: string, column: string) => [
      elementFinding(lifecycleStatusNotInStage, element, `${named(ctx.catalogue, element)} ${message}`, fix, {
        action: 'set-field',
        elementId: element.id,
        column,
      }),
    ];
    if (!stage) {
      return fail(
        `has lifecycle status ${quote(status ?? '')} but no lifecycle stage.`,
        'Pick the lifecycle stage the status belongs to.',
        'life_cycle_stage',
      );
    }
    const stages = ctx.catalogue.lifecycle[list];
    if (!Object.hasOwn(stages, stage)) {
      return fail(
        `has lifecycle stage ${quote(stage)}, which is not a CSDM lifecycle stage.`,
        `Pick one of ${listInWords(Object.keys(stages).map(quote), 'or')}.`,
        'life_cycle_stage',
      );
    }
    if (!status) return PASS;
    const statuses = statusesForStage(ctx.catalogue, list, stage);
    if (statuses.includes(status)) return PASS;
    return fail(
      `has lifecycle status ${quote(status)}, which does not belong to stage ${quote(stage)}.`,
      `In ${quote(stage)} the status is ${listInWords(statuses.map(quote), 'or')}.`,
      'life_cycle_stage_status',
    );
  },
};
