/**
 * Walk: where the catalogue allows one parent per child (an offering's service,
 * a capability's parent, a service's portfolio) export writes a single
 * reference field, so a second parent would be lost.
 */
import type { KindId } from '../../csdm/kinds';
import type { Catalogue } from '../../csdm/types';
import type { Element } from '../../model/types';
import { listInWords } from '../../csdm/queries/labels';
import { elementFinding } from '../finding';
import { linkTypeLabel, named, sortedNames } from '../phrases';
import type { ElementRule } from '../types';

const capsCache = new WeakMap<Catalogue, Map<KindId, ReadonlyMap<string, number>>>();

/** Link type -> the most parents a child of `kind` may have through it; read once per catalogue. */
function capsFor(catalogue: Catalogue, kind: KindId): ReadonlyMap<string, number> {
  let byKind = capsCache.get(catalogue);
  if (!byKind) {
    byKind = new Map();
    for (const rule of catalogue.linkRules) {
      if (rule.maxParentsPerChild === undefined) continue;
      const caps = new Map(byKind.get(rule.to));
      caps.set(rule.type, Math.min(caps.get(rule.type) ?? Infinity, rule.maxParentsPerChild));
      byKind.set(rule.to, caps);
    }
    capsCache.set(catalogue, byKind);
  }
  return byKind.get(kind) ?? NO_CAPS;
}

const NO_CAPS: ReadonlyMap<string, number> = new Map();

export const tooManyParents: ElementRule = {
  id: 'too-many-parents',
  stage: 'Walk',
  severity: 'error',
  title: 'Elements with no more parents than CSDM allows',
  subject: 'element',
  scope: { kind: 'neighbours' },
  check(ctx, child) {
    const caps = capsFor(ctx.catalogue, child.kind);
    if (caps.size === 0) return null;
    const parents = new Map<string, Element[]>();
    for (const link of ctx.graph.incoming(child.id)) {
      const parent = ctx.graph.element(link.from);
      if (!parent || !caps.has(link.type)) continue;
      parents.set(link.type, [...(parents.get(link.type) ?? []), parent]);
    }
    const findings = [];
    for (const [type, max] of caps) {
      const found = parents.get(type) ?? [];
      if (found.length <= max) continue;
      findings.push(
        elementFinding(
          tooManyParents,
          child,
          `${named(ctx.catalogue, child)} has ${found.length} parents through ${linkTypeLabel(ctx.catalogue, type)} (${listInWords(sortedNames(found))}); it can have ${max === 1 ? 'only one' : `at most ${max}`}.`,
          'Keep the right parent and delete the other links.',
        ),
      );
    }
    return findings;
  },
};
