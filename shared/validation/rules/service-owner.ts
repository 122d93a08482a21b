/** Shared check of "services without an owner": `owned_by` must name a user of the model. */
import type { Element } from '../../model/types';
import { PASS, elementFinding } from '../finding';
import { named } from '../phrases';
import { referenced } from '../relations';
import type { ElementRule, Outcome, RuleContext } from '../types';

export function checkOwner(rule: ElementRule, ctx: RuleContext, service: Element): Outcome {
  if (referenced(ctx, service, 'owned_by', ['user'])) return PASS;
  const dangling = Boolean(service.attributes.owned_by);
  return [
    elementFinding(
      rule,
      service,
      dangling
        ? `${named(ctx.catalogue, service)} names an owner who is not a user of this model.`
        : `${named(ctx.catalogue, service)} has no owner, so nobody is accountable for it.`,
      'Pick the accountable person in “Owned by”.',
      { action: 'set-field', elementId: service.id, column: 'owned_by' },
    ),
  ];
}
