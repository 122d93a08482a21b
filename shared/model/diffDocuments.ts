/**
 * What changed between two versions of a document, by object identity:
 * operations replace exactly the records they change, so autosave can write
 * only those rows. Proportional to the edit when the operations noted what
 * they changed (recordChanges.ts), else linear in the number of records.
 */
import { diffRecords, type RecordChanges } from './recordChanges';
import type { Id, ModelDocument } from './types';

export type { RecordChanges };

export interface DocumentDiff {
  elements: RecordChanges;
  links: RecordChanges;
  views: RecordChanges;
  /** Name, settings, timestamps or view order changed: write the model row. */
  model: boolean;
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
