/** Foundation: custom operational status values break every report that filters on the base ones. */
import { choicesOf } from '../choices';
import { PASS, elementFinding } from '../finding';
import { named } from '../phrases';
import type { ElementRule } from '../types';

export const customOperationalStatus: ElementRule = {
  id: 'custom-operational-status',
  stage: 'Foundation',
  severity: 'warning',
  title: 'CIs with a base operational status value',
  subject: 'element',
  scope: { kind: 'element' },
  check(ctx, element) {
    const value = element.attributes.operational_status;
    const choices = choicesOf(ctx.catalogue, element.kind, 'operational_status');
    if (!value || !choices) return null;
    if (choices.some((choice) => choice.value === value)) return PASS;
    return [
      elementFinding(
        customOperationalStatus,
        element,
        `${named(ctx.catalogue, element)} has operational status “${value}”, which is not one of ServiceNow's base values.`,
        `Use a base value: ${choices.map((choice) => `${choice.value} ${choice.label}`).join(', ')}.`,
        { action: 'set-field', elementId: element.id, column: 'operational_status' },
      ),
    ];
  },
};
