/**
 * Copy-on-write helpers for the document's records. Only the touched entry is
 * replaced; every other object keeps its identity, which React rendering and
 * autosave diffing rely on.
 */
import type { Id, ModelDocument, OpResult } from '../types';

export function withEntry<T>(record: Readonly<Record<Id, T>>, id: Id, value: T): Record<Id, T> {
  return { ...record, [id]: value };
}

/** The record without `ids`; the same object when none of them is present. */
export function withoutEntries<T>(
  record: Readonly<Record<Id, T>>,
  ids: ReadonlySet<Id>,
): Readonly<Record<Id, T>> {
  let changed = false;
  const next: Record<Id, T> = {};
  for (const [id, value] of Object.entries(record)) {
    if (ids.has(id)) changed = true;
    else next[id] = value;
  }
  return changed ? next : record;
}

export function has<T>(record: Readonly<Record<Id, T>>, id: Id): boolean {
  return Object.hasOwn(record, id);
}

export const refuse = (reason: string): OpResult => ({ ok: false, reason });
export const done = (doc: ModelDocument): OpResult => ({ ok: true, doc });

/** The next step of a composed operation, skipped once one step has refused. */
export function andThen(result: OpResult, step: (doc: ModelDocument) => OpResult): OpResult {
  return result.ok ? step(result.doc) : result;
}

/** A copy of `attributes` without the given columns. */
export function omitColumns(
  attributes: Readonly<Record<string, string>>,
  columns: readonly string[],
): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter(([column]) => !columns.includes(column)));
}
