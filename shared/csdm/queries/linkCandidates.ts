/**
 * Every element a given element may be linked to, with how: the keyboard way
 * to draw a link ("Link to…"). Kinds are filtered through the rules first,
 * so only elements of a linkable kind are checked one by one.
 */
import { KIND_IDS, type KindId } from '../kinds';
import type { Element, Id } from '../../model/types';
import { checkConnection, type ConnectContext } from './canConnect';
import type { ConnectionOption } from './connectionOptions';
import { linkRulesBetween } from './linkRulesBetween';

function linkableKinds(ctx: ConnectContext, kind: KindId): Set<KindId> {
  const kinds = new Set<KindId>();
  for (const other of KIND_IDS) {
    const rules = [
      ...linkRulesBetween(ctx.catalogue, ctx.settings, kind, other),
      ...linkRulesBetween(ctx.catalogue, ctx.settings, other, kind),
    ];
    if (rules.length > 0) kinds.add(other);
  }
  return kinds;
}

export function linkCandidates(ctx: ConnectContext, elementId: Id, elements: Iterable<Element>): ConnectionOption[] {
  const element = ctx.element(elementId);
  if (!element) return [];
  const kinds = linkableKinds(ctx, element.kind);
  const options: ConnectionOption[] = [];
  for (const other of elements) {
    if (other.id === elementId || !kinds.has(other.kind)) continue;
    for (const [from, to] of [
      [elementId, other.id],
      [other.id, elementId],
    ] as const) {
      const check = checkConnection(ctx, from, to);
      if (check.ok) for (const rule of check.rules) options.push({ from, to, rule });
    }
  }
  return options;
}
