/** Crawl: operational status and lifecycle stage say the same thing twice; when they disagree, reports disagree too. */
import { choiceLabel } from '../choices';
import { PASS, elementFinding } from '../finding';
import { agreementFor } from '../lifecycle-agreement';
import { named } from '../phrases';
import type { ElementRule } from '../types';

export const operationalStatusLifecycleMismatch: ElementRule = {
  id: 'operational-status-lifecycle-mismatch',
  stage: 'Crawl',
  severity: 'warning',
  title: 'CIs whose operational status agrees with their lifecycle',
  subject: 'element',
  scope: { kind: 'element' },
  check(ctx, element) {
    const stage = element.attributes.life_cycle_stage;
    const status = element.attributes.life_cycle_stage_status;
    const operational = element.attributes.operational_status;
    const row = stage && operational ? agreementFor(stage, status) : undefined;
    if (!row || !operational) return null;
    if (row.operationalStatus === operational) return PASS;
    const label = (value: string): string =>
      `“${choiceLabel(ctx.catalogue, element.kind, 'operational_status', value)}”`;
    const lifecycle = row.status ? `${stage} / ${row.status}` : `${stage}`;
    return [
      elementFinding(
        operationalStatusLifecycleMismatch,
        element,
        `${named(ctx.catalogue, element)} is in lifecycle “${lifecycle}” but its operational status is ${label(operational)}; that lifecycle means ${label(row.operationalStatus)}.`,
        `Set the operational status to ${label(row.operationalStatus)}, or correct the lifecycle stage.`,
        {
          action: 'set-field',
          elementId: element.id,
          column: 'operational_status',
          value: row.operationalStatus,
        },
      ),
    ];
  },
};
