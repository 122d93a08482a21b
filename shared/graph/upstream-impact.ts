/**
 * What breaks when an element fails: everything that depends on it, found by
 * walking links from child to parent (the parent is the consumer). Offerings
 * reach their parent service through `offering.parent`, dynamic CI groups
 * reach the offerings containing them, and the subscribers of every impacted
 * offering are listed by kind. Portfolio filing, commitments and reference
 * fields such as `owned_by` carry no impact.
 */
import type { KindId } from '../csdm/kinds';
import type { Catalogue } from '../csdm/types';
import type { Element, Id, ModelDocument } from '../model/types';
import { graphIndexFor, type GraphIndex } from './graph-index';
import { groupByService, type ServiceGroups } from './kind-groups';
import { linkRole } from './link-roles';
import { walk, type Reached, type Step } from './reached';

/** A company, department, location, group or user subscribed to impacted offerings. */
export interface ImpactedSubscriber {
  element: Element;
  /** The impacted elements (offerings) it subscribes to, nearest first. */
  via: Id[];
}

export interface SubscriberGroups {
  companies: ImpactedSubscriber[];
  departments: ImpactedSubscriber[];
  locations: ImpactedSubscriber[];
  groups: ImpactedSubscriber[];
  users: ImpactedSubscriber[];
}

export interface ImpactResult extends ServiceGroups {
  /** The failing element. */
  source: Id;
  /** Every impacted element, nearest first (the source itself excluded). */
  impacted: Reached[];
  subscribers: SubscriberGroups;
}

const SUBSCRIBER_GROUP: Partial<Record<KindId, keyof SubscriberGroups>> = {
  company: 'companies',
  department: 'departments',
  location: 'locations',
  group: 'groups',
  user: 'users',
};

function subscribersOf(
  catalogue: Catalogue,
  failing: readonly Element[],
  index: GraphIndex,
): SubscriberGroups {
  const groups: SubscriberGroups = { companies: [], departments: [], locations: [], groups: [], users: [] };
  const found = new Map<Id, ImpactedSubscriber>();
  for (const parent of failing) {
    for (const link of index.outgoing(parent.id)) {
      const child = index.element(link.to);
      if (!child || linkRole(catalogue, link, parent, child) !== 'subscription') continue;
      const known = found.get(child.id);
      if (known) {
        if (!known.via.includes(parent.id)) known.via.push(parent.id);
        continue;
      }
      const subscriber: ImpactedSubscriber = { element: child, via: [parent.id] };
      found.set(child.id, subscriber);
      const group = SUBSCRIBER_GROUP[child.kind];
      if (group) groups[group].push(subscriber);
    }
  }
  return groups;
}

export function upstreamImpact(doc: ModelDocument, catalogue: Catalogue, elementId: Id): ImpactResult {
  const index = graphIndexFor(doc, catalogue);
  const source = index.element(elementId);
  const impacted = source
    ? walk(
        source,
        function* dependants(id): Iterable<Step> {
          const child = index.element(id);
          if (!child) return;
          for (const link of index.incoming(id)) {
            const parent = index.element(link.from);
            if (parent && linkRole(catalogue, link, parent, child) === 'dependency')
              yield { link, to: parent.id };
          }
        },
        index.element,
      )
    : [];
  const failing = source ? [source, ...impacted.map((item) => item.element)] : [];
  return {
    source: elementId,
    impacted,
    ...groupByService(impacted),
    subscribers: subscribersOf(catalogue, failing, index),
  };
}
