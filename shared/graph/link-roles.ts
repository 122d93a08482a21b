/**
 * What a link means for impact, read from the catalogue rather than from type
 * names: impact flows only between CIs (portfolios, commitments and Foundation
 * records are reference data), and a link from an offering to a Foundation
 * record that the catalogue allows is a subscription.
 */
import type { KindId } from '../csdm/kinds';
import type { Catalogue } from '../csdm/types';
import type { Element, Link } from '../model/types';

export type LinkRole =
  /** The parent needs the child: when the child fails, the parent is impacted. */
  | 'dependency'
  /** The child (company, department, location, group, user) subscribes to the parent offering. */
  | 'subscription'
  /** Portfolio filing, commitments, unknown links to reference data: no impact. */
  | 'none';

interface RoleFacts {
  ci: ReadonlySet<KindId>;
  /** `from>type>to` triples the catalogue allows whose child is Foundation data. */
  subscriptions: ReadonlySet<string>;
}

const factsCache = new WeakMap<Catalogue, RoleFacts>();

function factsOf(catalogue: Catalogue): RoleFacts {
  let facts = factsCache.get(catalogue);
  if (!facts) {
    const kinds = Object.values(catalogue.kinds);
    const foundation = new Set(kinds.filter((kind) => kind.domain === 'Foundation').map((kind) => kind.id));
    facts = {
      ci: new Set(kinds.filter((kind) => kind.isCi).map((kind) => kind.id)),
      subscriptions: new Set(
        catalogue.linkRules
          .filter((rule) => foundation.has(rule.to))
          .map((rule) => `${rule.from}>${rule.type}>${rule.to}`),
      ),
    };
    factsCache.set(catalogue, facts);
  }
  return facts;
}

export function linkRole(catalogue: Catalogue, link: Link, parent: Element, child: Element): LinkRole {
  const facts = factsOf(catalogue);
  if (facts.ci.has(parent.kind) && facts.ci.has(child.kind)) return 'dependency';
  if (facts.subscriptions.has(`${parent.kind}>${link.type}>${child.kind}`)) return 'subscription';
  return 'none';
}
