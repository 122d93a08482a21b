/**
 * Findings follow the document: after each change the incremental engine in
 * shared/validation rechecks only what the edit touched. It runs in a task of
 * its own, after the edit has rendered, and a burst of edits is checked once.
 * The first, full check of an opened model waits until its canvas has been
 * painted: at 50,000 elements it takes a few hundred milliseconds the user
 * would otherwise spend looking at an empty window.
 */
import { createStore } from 'zustand/vanilla';
import { CATALOGUE } from '@shared/csdm';
import { diffOnce } from '@shared/model/diffDocuments';
import type { ModelDocument } from '@shared/model/types';
import { validate, validateIncremental, type ValidationResult } from '@shared/validation';
import type { DocumentStore } from '../store/documentStore';
import { afterPaint } from './afterPaint';

export interface ValidationState {
  /** The document these findings are about (lags the editor's by at most one task). */
  doc: ModelDocument;
  result: ValidationResult;
  /** False until the opened model's first full check has run: until then `result` holds no findings. */
  checked: boolean;
}

/** No findings and nothing checked: what the panels show for the moment before the first check. */
function unchecked(doc: ModelDocument): ValidationResult {
  return validate({ ...doc, elements: {}, links: {} }, CATALOGUE);
}

export function createValidationStore(document: DocumentStore) {
  const initial = document.getState().doc;
  const store = createStore<ValidationState>()(() => ({
    doc: initial,
    result: unchecked(initial),
    checked: false,
  }));
  let scheduled = false;

  const run = () => {
    scheduled = false;
    const { doc } = document.getState();
    const previous = store.getState();
    if (!previous.checked) {
      store.setState({ doc, result: validate(doc, CATALOGUE), checked: true });
      return;
    }
    if (previous.doc === doc) return;
    // The edit's diff, shared with autosave, which writes the same pair after a quiet moment.
    const diff = diffOnce(previous.doc, doc);
    const result = validateIncremental(previous.result, previous.doc, doc, CATALOGUE, { diff });
    store.setState({ doc, result });
  };

  afterPaint(() => {
    if (!store.getState().checked) run();
  });
  document.subscribe((state, before) => {
    if (state.doc === before.doc || scheduled) return;
    scheduled = true;
    setTimeout(run, 0);
  });
  return Object.assign(store, { flush: run });
}

export type ValidationStore = ReturnType<typeof createValidationStore>;
