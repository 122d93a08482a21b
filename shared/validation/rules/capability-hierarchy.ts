/** Fly: business capabilities nest at most 6 levels deep and never loop (csdm.md section 5). */
import type { Element, Id } from '../../model/types';
import { catalogueFacts } from '../catalogue-facts';
import { PASS, elementFinding } from '../finding';
import { named } from '../phrases';
import { parentsOfKind } from '../relations';
import type { ElementRule, RuleContext } from '../types';

const MAX_LEVELS = 6;
const CAPABILITY = ['business_capability'] as const;

function parentCapabilities(ctx: RuleContext, capability: Element): Element[] {
  return parentsOfKind(ctx, capability, CAPABILITY, catalogueFacts(ctx.catalogue).capabilityParentTypes);
}

/** Whether walking up the parent links from `capability` comes back to it. */
function onLoop(ctx: RuleContext, capability: Element): boolean {
  const seen = new Set<Id>();
  const stack = [capability];
  for (let current = stack.pop(); current; current = stack.pop()) {
    for (const parent of parentCapabilities(ctx, current)) {
      if (parent.id === capability.id) return true;
      if (!seen.has(parent.id)) {
        seen.add(parent.id);
        stack.push(parent);
      }
    }
  }
  return false;
}

/** Whether some chain of parents is MAX_LEVELS long, i.e. the capability sits on level MAX_LEVELS + 1 or deeper. */
function tooDeep(ctx: RuleContext, capability: Element): boolean {
  // Layer by layer, without a global visited set, so the longest chain counts (not the shortest).
  let layer: Element[] = [capability];
  for (let distance = 1; distance <= MAX_LEVELS; distance++) {
    const next = new Map<Id, Element>();
    for (const element of layer)
      for (const parent of parentCapabilities(ctx, element)) next.set(parent.id, parent);
    if (next.size === 0) return false;
    layer = [...next.values()];
  }
  return true;
}

export const capabilityHierarchy: ElementRule = {
  id: 'capability-hierarchy',
  stage: 'Fly',
  severity: 'error',
  title: 'Capabilities at most 6 levels deep, without loops',
  subject: 'element',
  kinds: CAPABILITY,
  scope: {
    kind: 'ancestors',
    depth: Infinity,
    follows: (link, parent, ctx) =>
      parent.kind === 'business_capability' &&
      catalogueFacts(ctx.catalogue).capabilityParentTypes.has(link.type),
  },
  check(ctx, capability) {
    if (onLoop(ctx, capability)) {
      return [
        elementFinding(
          capabilityHierarchy,
          capability,
          `${named(ctx.catalogue, capability)} is its own ancestor: its chain of parent capabilities loops back to it.`,
          'Remove one parent link in the loop so the capabilities form a tree.',
        ),
      ];
    }
    if (!tooDeep(ctx, capability)) return PASS;
    return [
      elementFinding(
        capabilityHierarchy,
        capability,
        `${named(ctx.catalogue, capability)} sits more than ${MAX_LEVELS} levels deep in the capability hierarchy.`,
        `Attach it higher up or merge levels: CSDM allows at most ${MAX_LEVELS} levels of business capabilities.`,
      ),
    ];
  },
};
