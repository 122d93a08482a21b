/**
 * The order a bundle's tables load in: referenced tables before the tables
 * referring to them. Groups come in a fixed order (Foundation, portfolio,
 * services, offerings, other CIs, relations, memberships, subscriptions,
 * commitments); within a group, kinds whose records others reference come
 * first. Foundation has one unavoidable cycle (a department's head is a user,
 * a user's department a department): transforms resolve such references on
 * a second load or leave them for a later update.
 */
import { LINK } from '../../csdm/data/linkTypes';
import { KIND_IDS, type KindId } from '../../csdm/kinds';
import type { Catalogue } from '../../csdm/types';

export const LOAD_GROUPS = [
  'foundation',
  'portfolio',
  'services',
  'offerings',
  'cis',
  'relations',
  'memberships',
  'subscriptions',
  'commitments',
] as const;

export type LoadGroup = (typeof LOAD_GROUPS)[number];

export const RELATIONSHIP_TABLE = 'cmdb_rel_ci';

const kindGroups = new WeakMap<Catalogue, Map<KindId, LoadGroup>>();

/** The load group of a kind's tables (computed once per catalogue: export asks for every element). */
export function groupOfKind(catalogue: Catalogue, kind: KindId): LoadGroup {
  let groups = kindGroups.get(catalogue);
  if (!groups) {
    groups = new Map();
    kindGroups.set(catalogue, groups);
  }
  let group = groups.get(kind);
  if (group === undefined) {
    group = computeGroupOfKind(catalogue, kind);
    groups.set(kind, group);
  }
  return group;
}

function computeGroupOfKind(catalogue: Catalogue, kind: KindId): LoadGroup {
  const def = catalogue.kinds[kind];
  if (!def.isCi) return def.stage === 'Foundation' ? 'foundation' : 'portfolio';
  const offeringRules = catalogue.linkRules.filter((rule) => rule.type === LINK.offeringParent);
  if (offeringRules.some((rule) => rule.from === kind)) return 'services';
  if (offeringRules.some((rule) => rule.to === kind)) return 'offerings';
  return 'cis';
}

/** The group of a many-to-many table, from the type of the links it stores. */
export function groupOfLinkTable(catalogue: Catalogue, table: string): LoadGroup {
  if (table === RELATIONSHIP_TABLE) return 'relations';
  const rule = catalogue.linkRules.find(
    (r) => r.storage.form === 'many-to-many' && r.storage.table === table,
  );
  if (rule?.type === LINK.subscribedBy) return 'subscriptions';
  if (rule?.type === LINK.commitsTo) return 'commitments';
  return 'memberships';
}

const kindRanks = new WeakMap<Catalogue, Map<KindId, number>>();

/** Kinds in dependency order (depth first over reference fields and reference-stored links), catalogue order otherwise. */
function kindRank(catalogue: Catalogue): Map<KindId, number> {
  let ranks = kindRanks.get(catalogue);
  if (ranks) return ranks;
  const deps = (kind: KindId): KindId[] => [
    ...catalogue.kinds[kind].fields.flatMap((field) => field.references ?? []),
    ...catalogue.linkRules
      .filter((rule) => rule.storage.form === 'reference' && rule.storage.on === 'child' && rule.to === kind)
      .map((rule) => rule.from),
  ];
  const order: KindId[] = [];
  const state = new Map<KindId, 'visiting' | 'done'>();
  const visit = (kind: KindId): void => {
    if (state.has(kind)) return;
    state.set(kind, 'visiting');
    for (const dep of deps(kind)) if (dep !== kind) visit(dep);
    state.set(kind, 'done');
    order.push(kind);
  };
  for (const kind of KIND_IDS) visit(kind);
  ranks = new Map(order.map((kind, i) => [kind, i]));
  kindRanks.set(catalogue, ranks);
  return ranks;
}

/** Where a table of elements sorts: group, then kind, then the table's place in the kind's family. */
export function elementTableKey(catalogue: Catalogue, kind: KindId, table: string): [number, number, number] {
  const familyIndex = catalogue.kinds[kind].tables.indexOf(table);
  return [
    LOAD_GROUPS.indexOf(groupOfKind(catalogue, kind)),
    kindRank(catalogue).get(kind) ?? KIND_IDS.length,
    familyIndex === -1 ? Number.MAX_SAFE_INTEGER : familyIndex,
  ];
}

/** Where a link table sorts: its group, then the order of the catalogue rules storing into it. */
export function linkTableKey(catalogue: Catalogue, table: string): [number, number, number] {
  const ruleIndex = catalogue.linkRules.findIndex(
    (r) => r.storage.form === 'many-to-many' && r.storage.table === table,
  );
  return [LOAD_GROUPS.indexOf(groupOfLinkTable(catalogue, table)), ruleIndex, 0];
}

export function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
