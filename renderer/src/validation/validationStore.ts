/**
 * Findings follow the document: after each change the incremental engine in
 * shared/validation rechecks only what the edit touched. It runs in a task of
 * its own, after the edit has rendered, and a burst of edits is checked once.
 */
import { createStore } from 'zustand/vanilla';
import { CATALOGUE } from '@shared/csdm';
import { diffOnce } from '@shared/model/diffDocuments';
import type { ModelDocument } from '@shared/model/types';
import { validate, validateIncremental, type ValidationResult } from '@shared/validation';
import type { DocumentStore } from '../store/documentStore';

export interface ValidationState {
  /** The document these findings are about (lags the editor's by at most one task). */
  doc: ModelDocument;
  result: ValidationResult;
}

export function createValidationStore(document: DocumentStore) {
  const initial = document.getState().doc;
  const store = createStore<ValidationState>()(() => ({ doc: initial, result: validate(initial, CATALOGUE) }));
  let scheduled = false;

  const run = () => {
    scheduled = false;
    const { doc } = document.getState();
    const previous = store.getState();
    if (previous.doc === doc) return;
    // The edit's diff, shared with autosave, which writes the same pair after a quiet moment.
    const diff = diffOnce(previous.doc, doc);
    const result = validateIncremental(previous.result, previous.doc, doc, CATALOGUE, { diff });
    store.setState({ doc, result });
  };

  document.subscribe((state, before) => {
    if (state.doc === before.doc || scheduled) return;
    scheduled = true;
    setTimeout(run, 0);
  });
  return Object.assign(store, { flush: run });
}

export type ValidationStore = ReturnType<typeof createValidationStore>;
