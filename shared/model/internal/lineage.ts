/**
 * Which entries a record was changed in when an operation made it from
 * another. The copy-on-write helpers (records.ts) note it as they make a
 * record, so "what changed between these two versions" costs the size of the
 * edit instead of a walk over every entry (10,000 placements or elements on
 * each drag or rename, once for each of validation, autosave and the canvas).
 *
 * Only helpers that build and finish a record themselves note it; a record
 * changed any other way has no lineage, and readers fall back to comparing
 * every entry. The base is held weakly, so noting never keeps an old version
 * of the model alive.
 */
import type { Id } from '../types';

interface Origin {
  base: WeakRef<object>;
  /** Ids set or removed; the other entries are the base's, in the base's order. */
  ids: readonly Id[];
}

const origins = new WeakMap<object, Origin>();

/** `next` is `base` with exactly the entries `ids` set or removed (and nothing else changed). */
export function noteDerived(next: object, base: object, ids: readonly Id[]): void {
  origins.set(next, { base: new WeakRef(base), ids });
}

/** The record `next` was made from and the ids changed, when noted and the base is still around. */
export function originOf(next: object): { base: object; ids: readonly Id[] } | null {
  const origin = origins.get(next);
  const base = origin?.base.deref();
  return origin && base ? { base, ids: origin.ids } : null;
}

/** A chain of edits longer than this (an autosave burst) is compared entry by entry instead. */
const MAX_STEPS = 64;

/**
 * The ids whose entry may differ between `prev` and `next` (set, replaced or
 * removed), when `next` was made from `prev` through noted steps; null when
 * that is not known. A superset: an id set back to its earlier value is still
 * named, so callers compare the entries they get.
 */
export function changedIds(prev: object, next: object): ReadonlySet<Id> | null {
  const ids = new Set<Id>();
  let current = next;
  for (let step = 0; step < MAX_STEPS; step++) {
    if (current === prev) return ids;
    const origin = origins.get(current);
    const base = origin?.base.deref();
    if (!origin || !base) return null;
    for (const id of origin.ids) ids.add(id);
    current = base;
  }
  return current === prev ? ids : null;
}
