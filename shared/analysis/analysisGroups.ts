/**
 * An impact or dependency result as the groups a list (and its CSV) shows, in
 * reading order: business services first, subscribers last. Built once from
 * shared/graph's answer so the panel, the canvas highlight and the CSV export
 * all agree on what is in the analysis.
 */
import type { Catalogue } from '../csdm/types';
import { downstreamDependencies, type DependencyResult } from '../graph/downstream-dependencies';
import type { ServiceGroups } from '../graph/kind-groups';
import type { Reached } from '../graph/reached';
import { upstreamImpact, type ImpactResult, type SubscriberGroups } from '../graph/upstream-impact';
import type { Element, Id, ModelDocument } from '../model/types';

export type AnalysisMode = 'impact' | 'dependencies';

export type AnalysisGroupId = keyof ServiceGroups | keyof SubscriberGroups;

export interface AnalysisEntry {
  element: Element;
  /** Links between the analysed element and this one; subscribers: one more than their nearest offering. */
  depth: number;
  /** Subscribers only: the offerings they come through, nearest first. */
  via: readonly Element[];
}

export interface AnalysisGroup {
  id: AnalysisGroupId;
  label: string;
  entries: readonly AnalysisEntry[];
}

export interface Analysis {
  mode: AnalysisMode;
  source: Element;
  /** Only non-empty groups, in GROUP_ORDER. */
  groups: readonly AnalysisGroup[];
  /** Every element in the analysis, the source included. */
  elements: ReadonlySet<Id>;
  /** Links along which the impact (or the need) flows, subscriptions included. */
  links: ReadonlySet<Id>;
  /** Number of elements reached (subscribers included), the source excluded. */
  count: number;
}

const SERVICE_GROUPS: readonly [keyof ServiceGroups, string][] = [
  ['businessServices', 'Business services'],
  ['businessOfferings', 'Business service offerings'],
  ['technicalServices', 'Technical services'],
  ['technicalOfferings', 'Technical service offerings'],
  ['serviceInstances', 'Service instances'],
  ['businessApplications', 'Business applications'],
  ['otherCis', 'Other CIs'],
];

const SUBSCRIBER_GROUPS: readonly [keyof SubscriberGroups, string][] = [
  ['companies', 'Subscribing companies'],
  ['departments', 'Subscribing departments'],
  ['locations', 'Subscribing locations'],
  ['groups', 'Subscribing groups'],
  ['users', 'Subscribing users'],
];

/** Every group id in the order the panel shows them. */
export const GROUP_ORDER: readonly AnalysisGroupId[] = [...SERVICE_GROUPS, ...SUBSCRIBER_GROUPS].map(
  ([id]) => id,
);

const byDepthThenName = (a: AnalysisEntry, b: AnalysisEntry): number =>
  a.depth - b.depth || a.element.name.localeCompare(b.element.name);

function reachedEntries(items: readonly Reached[]): AnalysisEntry[] {
  return items.map((item) => ({ element: item.element, depth: item.depth, via: [] })).sort(byDepthThenName);
}

function serviceGroups(result: ServiceGroups): AnalysisGroup[] {
  return SERVICE_GROUPS.map(([id, label]) => ({ id, label, entries: reachedEntries(result[id]) }));
}

/**
 * Links between two elements of the analysis that carry it: every link of the
 * walk's paths, and every other link between two analysed elements that the
 * walk could have taken (a second way the same failure travels). Subscription
 * links from an analysed offering to a subscriber are included.
 */
function flowLinks(doc: ModelDocument, elements: ReadonlySet<Id>, walked: Iterable<Id>): Set<Id> {
  const links = new Set<Id>(walked);
  for (const id in doc.links) {
    const link = doc.links[id];
    if (link && elements.has(link.from) && elements.has(link.to)) links.add(id);
  }
  return links;
}

function finish(
  doc: ModelDocument,
  mode: AnalysisMode,
  source: Element,
  groups: AnalysisGroup[],
  reached: readonly Reached[],
): Analysis {
  const elements = new Set<Id>([source.id]);
  for (const group of groups) for (const entry of group.entries) elements.add(entry.element.id);
  const walked = reached.flatMap((item) => item.links);
  return {
    mode,
    source,
    groups: groups.filter((group) => group.entries.length > 0),
    elements,
    links: flowLinks(doc, elements, walked),
    count: elements.size - 1,
  };
}

/** What fails with `impact.source`: its dependants by group, and who subscribes to the offerings among them. */
export function impactAnalysis(doc: ModelDocument, impact: ImpactResult): Analysis | null {
  const source = doc.elements[impact.source];
  if (!source) return null;
  const depthOf = new Map<Id, number>([[source.id, 0]]);
  for (const item of impact.impacted) depthOf.set(item.element.id, item.depth);
  const groups = serviceGroups(impact);
  for (const [id, label] of SUBSCRIBER_GROUPS) {
    const entries = impact.subscribers[id].map((subscriber): AnalysisEntry => {
      const via = subscriber.via.flatMap((offeringId) => {
        const offering = doc.elements[offeringId];
        return offering ? [offering] : [];
      });
      const nearest = Math.min(...subscriber.via.map((offeringId) => depthOf.get(offeringId) ?? Infinity));
      return { element: subscriber.element, depth: Number.isFinite(nearest) ? nearest + 1 : 1, via };
    });
    groups.push({ id, label, entries: entries.sort(byDepthThenName) });
  }
  return finish(doc, 'impact', source, groups, impact.impacted);
}

/** What `result.source` needs to work, by group. */
export function dependencyAnalysis(doc: ModelDocument, result: DependencyResult): Analysis | null {
  const source = doc.elements[result.source];
  if (!source) return null;
  return finish(doc, 'dependencies', source, serviceGroups(result), result.dependencies);
}

/** Impact (what fails with it) or dependencies (what it needs) of one element; null when it is not in the model. */
export function analyse(
  doc: ModelDocument,
  catalogue: Catalogue,
  mode: AnalysisMode,
  elementId: Id,
): Analysis | null {
  return mode === 'impact'
    ? impactAnalysis(doc, upstreamImpact(doc, catalogue, elementId))
    : dependencyAnalysis(doc, downstreamDependencies(doc, catalogue, elementId));
}
