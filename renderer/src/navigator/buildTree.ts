/**
 * The navigator's tree, built from the model by pure functions: service
 * portfolios (with their taxonomy nodes) over business and technical services
 * over their offerings; services filed nowhere under "Not in a portfolio";
 * every other element grouped by palette section and kind. Filtering keeps the
 * ancestors of matches, and flattening turns what is expanded into the rows
 * the panel draws and the keyboard walks.
 *
 * Built from `elements` and `links` only: moving nodes in a view (which
 * replaces the view, not these records) never rebuilds the tree. How many
 * views show an element comes from the views' summaries, kept apart for that reason.
 */
import { KIND_IDS, LINK, PALETTE_GROUPS, type Catalogue, type KindId, type PaletteGroup } from '@shared/csdm';
import type { Element, Id, Link, View } from '@shared/model/types';

export interface ElementTreeNode {
  type: 'element';
  /** Unique in the tree: the path of ids from the root (a service may sit under two parents). */
  key: string;
  label: string;
  /**
   * What the row shows when it differs from the name: an offering named after
   * its service ("Payroll Processing – EMEA" under "Payroll Processing") shows
   * "EMEA", so offerings stay apart in a narrow sidebar.
   */
  shortLabel?: string;
  elementId: Id;
  kind: KindId;
  icon: string;
  children: TreeNode[];
  defaultExpanded: boolean;
}

export interface GroupTreeNode {
  type: 'group';
  key: string;
  label: string;
  /** 'unfiled', 'section:<palette group>' or 'kind:<kind id>'. */
  groupId: string;
  /** Elements below (each counted once even if it shows twice). */
  count: number;
  children: TreeNode[];
  defaultExpanded: boolean;
}

export type TreeNode = ElementTreeNode | GroupTreeNode;

export const UNFILED_GROUP = 'unfiled';
export const sectionGroupId = (group: PaletteGroup): string => `section:${group}`;
export const FOUNDATION_GROUP = sectionGroupId('Foundation');

const SERVICES: ReadonlySet<KindId> = new Set(['business_service', 'technical_service']);
const OFFERINGS: ReadonlySet<KindId> = new Set(['business_offering', 'technical_offering']);
/** Kinds the portfolio part of the tree shows; everything else is grouped by kind. */
const PORTFOLIO_PART: ReadonlySet<KindId> = new Set([
  'service_portfolio',
  'taxonomy_node',
  ...SERVICES,
  ...OFFERINGS,
]);
/** Up to this many offerings in the model, services start expanded so offerings are in sight. */
const EXPAND_SERVICES_UP_TO = 40;

const childKey = (parentKey: string, id: Id): string => (parentKey ? `${parentKey}/${id}` : id);

/** "EMEA" for "Payroll Processing – EMEA" after "Payroll Processing" (dash, colon, slash or comma between). */
export function withoutPrefix(name: string, prefix: string): string | undefined {
  if (prefix === '' || name.length <= prefix.length) return undefined;
  if (name.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) return undefined;
  const rest = /^\s*[-–—:/,|]\s*(\S.*)$/u.exec(name.slice(prefix.length));
  return rest?.[1];
}

/** One collator for every comparison: `localeCompare` with options builds one per call. */
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

const byName = (a: Element, b: Element): number =>
  collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Capitalised plural of a kind for a group heading: "Service instances", "Companies". */
export function kindHeading(catalogue: Catalogue, kind: KindId): string {
  const def = catalogue.kinds[kind];
  return def.pluralLabel ?? `${def.label}s`;
}

class ChildIndex {
  private readonly map = new Map<Id, Element[]>();
  add(parent: Id, child: Element): void {
    const list = this.map.get(parent);
    if (!list) this.map.set(parent, [child]);
    else if (!list.includes(child)) list.push(child);
  }
  of(parent: Id): Element[] {
    return (this.map.get(parent) ?? []).sort(byName);
  }
  has(parent: Id): boolean {
    return this.map.has(parent);
  }
}

export function buildNavigatorTree(
  elements: Readonly<Record<Id, Element>>,
  links: Readonly<Record<Id, Link>>,
  catalogue: Catalogue,
): TreeNode[] {
  const element = (id: Id): Element | undefined => (Object.hasOwn(elements, id) ? elements[id] : undefined);
  // Parent -> children along the three links the tree follows. Links of a type
  // CSDM does not allow between these kinds (imported data) are left out.
  const inPortfolio = new ChildIndex();
  const inNode = new ChildIndex();
  const offeringsOf = new ChildIndex();
  const filed = new Set<Id>();
  const offered = new Set<Id>();
  for (const id in links) {
    const link = links[id];
    if (!link) continue;
    const from = element(link.from);
    const to = element(link.to);
    if (!from || !to) continue;
    if (link.type === LINK.portfolioContains && from.kind === 'service_portfolio') {
      if (SERVICES.has(to.kind) || to.kind === 'taxonomy_node') {
        inPortfolio.add(from.id, to);
        filed.add(to.id);
      }
    } else if (
      link.type === LINK.taxonomyContains &&
      from.kind === 'taxonomy_node' &&
      SERVICES.has(to.kind)
    ) {
      inNode.add(from.id, to);
      filed.add(to.id);
    } else if (link.type === LINK.offeringParent && SERVICES.has(from.kind) && OFFERINGS.has(to.kind)) {
      offeringsOf.add(from.id, to);
      offered.add(to.id);
    }
  }

  const all = Object.values(elements);
  const ofKind = (kind: KindId) => all.filter((e) => e.kind === kind).sort(byName);
  const offeringCount = all.filter((e) => OFFERINGS.has(e.kind)).length;
  const expandServices = offeringCount <= EXPAND_SERVICES_UP_TO;

  const leaf = (
    e: Element,
    parentKey: string,
    children: TreeNode[] = [],
    defaultExpanded = false,
  ): ElementTreeNode => ({
    type: 'element',
    key: childKey(parentKey, e.id),
    label: e.name,
    elementId: e.id,
    kind: e.kind,
    icon: catalogue.kinds[e.kind].icon,
    children,
    defaultExpanded,
  });
  const serviceNode = (service: Element, parentKey: string): ElementTreeNode => {
    const key = childKey(parentKey, service.id);
    const offerings = offeringsOf.of(service.id).map((o) => {
      const row = leaf(o, key);
      const short = withoutPrefix(o.name, service.name);
      return short ? { ...row, shortLabel: short } : row;
    });
    return leaf(service, parentKey, offerings, expandServices && offerings.length > 0);
  };
  const taxonomyNode = (node: Element, parentKey: string): ElementTreeNode => {
    const key = childKey(parentKey, node.id);
    return leaf(
      node,
      parentKey,
      inNode.of(node.id).map((s) => serviceNode(s, key)),
      true,
    );
  };
  /** Taxonomy nodes first, then business services, then technical services; each by name. */
  const filedUnder = (children: Element[], parentKey: string): TreeNode[] => [
    ...children.filter((c) => c.kind === 'taxonomy_node').map((n) => taxonomyNode(n, parentKey)),
    ...children.filter((c) => c.kind === 'business_service').map((s) => serviceNode(s, parentKey)),
    ...children.filter((c) => c.kind === 'technical_service').map((s) => serviceNode(s, parentKey)),
  ];

  const roots: TreeNode[] = ofKind('service_portfolio').map((portfolio) =>
    leaf(portfolio, '', filedUnder(inPortfolio.of(portfolio.id), portfolio.id), true),
  );

  // Filed nowhere: services with no portfolio or taxonomy node, nodes with no
  // portfolio (with their services), offerings with no parent service.
  const unfiledKey = UNFILED_GROUP;
  const unfiledNodes = ofKind('taxonomy_node').filter((n) => !filed.has(n.id));
  const unfiledServices = all.filter((e) => SERVICES.has(e.kind) && !filed.has(e.id)).sort(byName);
  const orphanOfferings = all.filter((e) => OFFERINGS.has(e.kind) && !offered.has(e.id)).sort(byName);
  const unfiled: TreeNode[] = [
    ...unfiledNodes.map((n) => taxonomyNode(n, unfiledKey)),
    ...unfiledServices.filter((s) => s.kind === 'business_service').map((s) => serviceNode(s, unfiledKey)),
    ...unfiledServices.filter((s) => s.kind === 'technical_service').map((s) => serviceNode(s, unfiledKey)),
    ...orphanOfferings.map((o) => leaf(o, unfiledKey)),
  ];
  if (unfiled.length > 0) {
    roots.push({
      type: 'group',
      key: unfiledKey,
      label: 'Not in a portfolio',
      groupId: UNFILED_GROUP,
      count: countElements(unfiled),
      children: unfiled,
      defaultExpanded: true,
    });
  }

  // Everything else by palette section, then kind (catalogue order).
  const rest = new Map<KindId, Element[]>();
  for (const e of all) {
    if (PORTFOLIO_PART.has(e.kind)) continue;
    const list = rest.get(e.kind);
    if (list) list.push(e);
    else rest.set(e.kind, [e]);
  }
  for (const group of PALETTE_GROUPS) {
    const sectionKey = sectionGroupId(group);
    const kinds: TreeNode[] = [];
    for (const kind of KIND_IDS) {
      const list = rest.get(kind);
      if (!list || catalogue.kinds[kind].paletteGroup !== group) continue;
      const kindKey = `${sectionKey}/kind:${kind}`;
      kinds.push({
        type: 'group',
        key: kindKey,
        label: kindHeading(catalogue, kind),
        groupId: `kind:${kind}`,
        count: list.length,
        children: list.sort(byName).map((e) => leaf(e, kindKey)),
        defaultExpanded: false,
      });
    }
    // The Foundation section is always there: it carries the Foundation data button.
    if (kinds.length === 0 && group !== 'Foundation') continue;
    roots.push({
      type: 'group',
      key: sectionKey,
      label: group,
      groupId: sectionKey,
      count: kinds.reduce((sum, k) => sum + (k.type === 'group' ? k.count : 1), 0),
      children: kinds,
      defaultExpanded: false,
    });
  }
  return roots;
}

function countElements(nodes: readonly TreeNode[]): number {
  const seen = new Set<Id>();
  const walk = (list: readonly TreeNode[]) => {
    for (const node of list) {
      if (node.type === 'element') seen.add(node.elementId);
      walk(node.children);
    }
  };
  walk(nodes);
  return seen.size;
}

// ---- Filtering ---------------------------------------------------------------------------------

const normalise = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface FilteredTree {
  nodes: TreeNode[];
  /** Keys of nodes shown expanded because a match lies below them. */
  expand: ReadonlySet<string>;
  /** Keys of the nodes that match themselves (for highlighting). */
  matched: ReadonlySet<string>;
  /** Distinct elements that match. */
  matchCount: number;
}

/**
 * The nodes whose label holds every word of `query` (case- and accent-
 * insensitive), with their ancestors. A matching node keeps all its children;
 * those below it that match too are brought into sight.
 */
export function filterTree(nodes: readonly TreeNode[], query: string): FilteredTree {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  const expand = new Set<string>();
  const matched = new Set<string>();
  const elements = new Set<Id>();
  if (words.length === 0) return { nodes: [...nodes], expand, matched, matchCount: 0 };
  const matches = (node: TreeNode) => {
    const label = normalise(node.label);
    return words.every((word) => label.includes(word));
  };
  const visit = (node: TreeNode): TreeNode | null => {
    const self = matches(node);
    const kids = node.children.map(visit);
    const below = kids.some((kid) => kid !== null);
    if (!self && !below) return null;
    if (self) {
      matched.add(node.key);
      if (node.type === 'element') elements.add(node.elementId);
    }
    if (below) expand.add(node.key);
    const children = self
      ? node.children.map((child, i) => kids[i] ?? child)
      : kids.filter((kid): kid is TreeNode => kid !== null);
    return { ...node, children };
  };
  const kept = nodes.map(visit).filter((node): node is TreeNode => node !== null);
  return { nodes: kept, expand, matched, matchCount: elements.size };
}

// ---- Rows --------------------------------------------------------------------------------------

export interface NodeRow {
  type: 'node';
  node: TreeNode;
  /** 1 for roots, as aria-level. */
  level: number;
  parentKey: string | null;
  /** Position among its siblings, from 1, and how many siblings there are (aria-posinset/setsize). */
  position: number;
  siblings: number;
  expanded: boolean;
}

/** Stands for the children of a long group beyond the limit. */
export interface MoreRow {
  type: 'more';
  key: string;
  level: number;
  parentKey: string | null;
  hidden: number;
}

export type Row = NodeRow | MoreRow;

/** Children drawn per node at most; a search narrows a longer list. */
export const MAX_CHILDREN_SHOWN = 500;

/** The rows on screen: every node whose ancestors are all expanded, depth first. */
export function visibleRows(
  nodes: readonly TreeNode[],
  isExpanded: (node: TreeNode) => boolean,
  limit = MAX_CHILDREN_SHOWN,
): Row[] {
  const rows: Row[] = [];
  const walk = (list: readonly TreeNode[], level: number, parentKey: string | null) => {
    const shown = list.length > limit ? list.slice(0, limit) : list;
    shown.forEach((node, index) => {
      const expanded = node.children.length > 0 && isExpanded(node);
      rows.push({
        type: 'node',
        node,
        level,
        parentKey,
        position: index + 1,
        siblings: shown.length,
        expanded,
      });
      if (expanded) walk(node.children, level + 1, node.key);
    });
    if (list.length > shown.length) {
      rows.push({
        type: 'more',
        key: `${parentKey ?? ''}#more`,
        level,
        parentKey,
        hidden: list.length - shown.length,
      });
    }
  };
  walk(nodes, 1, null);
  return rows;
}

// ---- Views -------------------------------------------------------------------------------------

const SEPARATOR = '\u0001';

/**
 * A view summed up as one string: its name and the elements it shows. Moving
 * or resizing nodes replaces the view object but keeps its summary, which is
 * what lets the navigator ignore drags.
 */
export function viewSummary(view: Pick<View, 'name' | 'placements'>): string {
  return [view.name, ...Object.keys(view.placements)].join(SEPARATOR);
}

/** Element id -> names of the views that show it, from the views' summaries in tab order. */
export function membershipFromSummaries(summaries: readonly string[]): Map<Id, string[]> {
  const membership = new Map<Id, string[]>();
  for (const summary of summaries) {
    if (summary === '') continue;
    const [name = '', ...ids] = summary.split(SEPARATOR);
    for (const id of ids) {
      const names = membership.get(id);
      if (names) names.push(name);
      else membership.set(id, [name]);
    }
  }
  return membership;
}
