/**
 * What changed between two versions of one of the document's records
 * (elements, links, views, a view's placements), by object identity. When the
 * operations' helpers noted how the newer one was made (internal/lineage.ts),
 * only the entries they touched are compared; otherwise every entry is.
 */
import { changedIds, originOf } from './internal/lineage';
import type { Id } from './types';

export interface RecordChanges {
  /** Added or changed: write these. */
  put: Id[];
  deleted: Id[];
}

export { changedIds, originOf };

/** Compares only `ids`, the entries that may differ. */
function diffIds<T>(
  prev: Readonly<Record<Id, T>>,
  next: Readonly<Record<Id, T>>,
  ids: ReadonlySet<Id>,
): RecordChanges {
  const put: Id[] = [];
  const deleted: Id[] = [];
  for (const id of ids) {
    const inPrev = Object.hasOwn(prev, id);
    if (!Object.hasOwn(next, id)) {
      if (inPrev) deleted.push(id);
    } else if (!inPrev || prev[id] !== next[id]) put.push(id);
  }
  return { put, deleted };
}

function diffAll<T>(prev: Readonly<Record<Id, T>>, next: Readonly<Record<Id, T>>): RecordChanges {
  const put: Id[] = [];
  const deleted: Id[] = [];
  const nextIds = Object.keys(next);
  let kept = 0;
  for (let i = 0; i < nextIds.length; i++) {
    const id = nextIds[i] as Id;
    const before = Object.hasOwn(prev, id) ? prev[id] : undefined;
    if (before !== undefined) kept++;
    if (before !== next[id]) put.push(id);
  }
  const prevIds = Object.keys(prev);
  // Every earlier id is still there: no need to look for deletions.
  if (kept < prevIds.length) {
    for (const id of prevIds) if (!Object.hasOwn(next, id)) deleted.push(id);
  }
  return { put, deleted };
}

export function diffRecords<T>(prev: Readonly<Record<Id, T>>, next: Readonly<Record<Id, T>>): RecordChanges {
  if (prev === next) return { put: [], deleted: [] };
  const ids = changedIds(prev, next);
  return ids ? diffIds(prev, next, ids) : diffAll(prev, next);
}

/** Whether both records hold entries for the same ids (whatever their values). */
export function sameIds(prev: Readonly<Record<Id, unknown>>, next: Readonly<Record<Id, unknown>>): boolean {
  if (prev === next) return true;
  const ids = changedIds(prev, next);
  if (ids) {
    for (const id of ids) if (Object.hasOwn(prev, id) !== Object.hasOwn(next, id)) return false;
    return true;
  }
  const nextIds = Object.keys(next);
  if (nextIds.length !== Object.keys(prev).length) return false;
  for (const id of nextIds) if (!Object.hasOwn(prev, id)) return false;
  return true;
}
