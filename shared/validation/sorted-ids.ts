/** A sorted list of ids kept sorted under single inserts and removals (binary search, then one splice). */
import type { Id } from '../model/types';

function lowerBound(ids: readonly Id[], id: Id): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const value = ids[mid];
    if (value !== undefined && value < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function insertSorted(ids: Id[], id: Id): void {
  const at = lowerBound(ids, id);
  if (ids[at] !== id) ids.splice(at, 0, id);
}

export function removeSorted(ids: Id[], id: Id): void {
  const at = lowerBound(ids, id);
  if (ids[at] === id) ids.splice(at, 1);
}

/** Code-unit order, the same order insertSorted keeps. */
export function compareIds(a: Id, b: Id): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
