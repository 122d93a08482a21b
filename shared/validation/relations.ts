/** Neighbour lookups the rules share: parents and children of given kinds, an offering's service. */
import type { KindId } from '../csdm/kinds';
import type { Element } from '../model/types';
import { catalogueFacts } from './catalogue-facts';
import { isOneOf, OFFERINGS, SERVICES } from './kind-sets';
import type { RuleContext } from './types';

/** Elements of `kinds` linked to `element` as its parent (any link type unless `types` is given). */
export function parentsOfKind(
  ctx: RuleContext,
  element: Element,
  kinds: readonly KindId[],
  types?: ReadonlySet<string>,
): Element[] {
  const parents: Element[] = [];
  for (const link of ctx.graph.incoming(element.id)) {
    if (types && !types.has(link.type)) continue;
    const parent = ctx.graph.element(link.from);
    if (parent && isOneOf(parent.kind, kinds)) parents.push(parent);
  }
  return parents;
}

/** Elements of `kinds` linked from `element` as its children. */
export function childrenOfKind(
  ctx: RuleContext,
  element: Element,
  kinds: readonly KindId[],
  types?: ReadonlySet<string>,
): Element[] {
  const children: Element[] = [];
  for (const link of ctx.graph.outgoing(element.id)) {
    if (types && !types.has(link.type)) continue;
    const child = ctx.graph.element(link.to);
    if (child && isOneOf(child.kind, kinds)) children.push(child);
  }
  return children;
}

/** The services an offering is offered by (normally exactly one). */
export function parentServices(ctx: RuleContext, offering: Element): Element[] {
  return parentsOfKind(ctx, offering, SERVICES, catalogueFacts(ctx.catalogue).offeringParentTypes);
}

/** The offerings of a service. */
export function offeringsOf(ctx: RuleContext, service: Element): Element[] {
  return childrenOfKind(ctx, service, OFFERINGS, catalogueFacts(ctx.catalogue).offeringParentTypes);
}

/** The element a reference field points at, if it is in the model and of one of `kinds`. */
export function referenced(
  ctx: RuleContext,
  element: Element,
  column: string,
  kinds: readonly KindId[],
): Element | undefined {
  const id = element.attributes[column];
  const target = id ? ctx.graph.element(id) : undefined;
  return target && isOneOf(target.kind, kinds) ? target : undefined;
}
