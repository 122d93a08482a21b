/**
 * Which nodes of a view may look different between two sets of deriver
 * inputs, worked out from what changed rather than by visiting every node:
 * after a drag or a rename in a 10,000-node view that is one or two ids, and
 * the deriver then rebuilds only those (deriveNodes.ts).
 */
import { changedIds } from '@shared/model/recordChanges';
import type { Id } from '@shared/model/types';
import type { NodeInputs } from './deriveNodes';

/** Ids in exactly one of the sets. */
function toggled(a: ReadonlySet<Id>, b: ReadonlySet<Id>, into: Set<Id>): void {
  if (a === b) return;
  for (const id of a) if (!b.has(id)) into.add(id);
  for (const id of b) if (!a.has(id)) into.add(id);
}

/** Keys whose value differs (present in one map only included). */
function differing<V>(a: ReadonlyMap<Id, V>, b: ReadonlyMap<Id, V>, into: Set<Id>): void {
  if (a === b) return;
  for (const [id, value] of a) if (b.get(id) !== value) into.add(id);
  for (const [id, value] of b) if (a.get(id) !== value) into.add(id);
}

/**
 * The ids whose node may have changed from `prev` to `next`; null when that is
 * not known cheaply (another view, a record changed without a noted lineage,
 * another class function), and every node must be visited.
 */
export function changedNodeIds(prev: NodeInputs, next: NodeInputs): Set<Id> | null {
  if (!prev.view || !next.view || prev.view.id !== next.view.id || prev.className !== next.className)
    return null;
  const ids = new Set<Id>();
  for (const [before, after] of [
    [prev.view.placements, next.view.placements],
    [prev.elements, next.elements],
  ] as const) {
    if (before === after) continue;
    const changed = changedIds(before, after);
    if (!changed) return null;
    for (const id of changed) ids.add(id);
  }
  toggled(prev.selected, next.selected, ids);
  differing(prev.findingCounts, next.findingCounts, ids);
  differing(prev.dragPositions, next.dragPositions, ids);
  return ids;
}
