/**
 * What changed between two versions of a document, by object identity:
 * operations replace exactly the records they change, so autosave can write
 * only those rows. Linear in the number of records, with a shortcut when a
 * whole collection is untouched.
 */
import type { Id, ModelDocument } from './types';

export interface RecordChanges {
  /** Added or changed: write these. */
  put: Id[];
  deleted: Id[];
}

export interface DocumentDiff {
  elements: RecordChanges;
  links: RecordChanges;
  views: RecordChanges;
  /** Name, settings, timestamps or view order changed: write the model row. */
  model: boolean;
}

function diffRecords<T>(prev: Readonly<Record<Id, T>>, next: Readonly<Record<Id, T>>): RecordChanges {
  if (prev === next) return { put: [], deleted: [] };
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

function sameOrder(a: readonly Id[], b: readonly Id[]): boolean {
  return a === b || (a.length === b.length && a.every((id, i) => id === b[i]));
}

export function diffDocuments(prev: ModelDocument, next: ModelDocument): DocumentDiff {
  return {
    elements: diffRecords(prev.elements, next.elements),
    links: diffRecords(prev.links, next.links),
    views: diffRecords(prev.views, next.views),
    model:
      prev.id !== next.id ||
      prev.name !== next.name ||
      prev.settings !== next.settings ||
      prev.createdAt !== next.createdAt ||
      prev.updatedAt !== next.updatedAt ||
      !sameOrder(prev.viewOrder, next.viewOrder),
  };
}

/** The last pair each document was diffed against (weakly held, so old documents still go). */
const lastDiffs = new WeakMap<ModelDocument, { next: ModelDocument; diff: DocumentDiff }>();

/**
 * diffDocuments, remembered for the last pair asked from each document: after
 * an edit, validation and autosave both need the same diff (the document
 * before the edit against the one after), and the walk is linear in the size
 * of the model. Callers must not change the diff they get.
 */
export function diffOnce(prev: ModelDocument, next: ModelDocument): DocumentDiff {
  const last = lastDiffs.get(prev);
  if (last?.next === next) return last.diff;
  const diff = diffDocuments(prev, next);
  lastDiffs.set(prev, { next, diff });
  return diff;
}

export function isEmptyDiff(diff: DocumentDiff): boolean {
  const none = (c: RecordChanges): boolean => c.put.length === 0 && c.deleted.length === 0;
  return !diff.model && none(diff.elements) && none(diff.links) && none(diff.views);
}
