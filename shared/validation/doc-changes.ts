/**
 * Which elements and links an edit touched, from the model's own identity
 * diff: operations replace what they change and keep everything else.
 */
import { diffDocuments, type DocumentDiff } from '../model/diffDocuments';
import type { Id, ModelDocument } from '../model/types';

export interface DocChanges {
  /** Added, removed or replaced elements. */
  elements: Id[];
  /** Added, removed or replaced links. */
  links: Id[];
}

export function docChanges(prev: ModelDocument, next: ModelDocument): DocChanges {
  return changesFromDiff(diffDocuments(prev, next));
}

export function changesFromDiff(diff: DocumentDiff): DocChanges {
  return {
    elements: [...diff.elements.put, ...diff.elements.deleted],
    links: [...diff.links.put, ...diff.links.deleted],
  };
}
