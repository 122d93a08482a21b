/**
 * The document being edited, and its undo history. Only document changes are
 * recorded (selection, viewport and panels live in the session store), and
 * every change goes through a pure operation from shared/: this store never
 * decides a CSDM rule, it only applies what an operation returns.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { ModelDocument, OpResult } from '@shared/model/types';

export interface DocumentState {
  doc: ModelDocument;
  /** Apply one operation; returns the refusal in the users' words, or null when it was applied. */
  apply: (operation: (doc: ModelDocument) => OpResult) => string | null;
  /** Swap in another model (open, new, import): history starts afresh. */
  load: (doc: ModelDocument) => void;
}

/** Enough history for a long workshop; snapshots share unchanged records, so each step is small. */
const HISTORY_LIMIT = 500;

export function createDocumentStore(initial: ModelDocument) {
  const store = create<DocumentState>()(
    temporal(
      (set, get) => ({
        doc: initial,
        apply: (operation) => {
          const result = operation(get().doc);
          if (!result.ok) return result.reason;
          if (result.doc !== get().doc) set({ doc: result.doc });
          return null;
        },
        load: (doc) => {
          set({ doc });
          store.temporal.getState().clear();
        },
      }),
      {
        partialize: (state) => ({ doc: state.doc }),
        equality: (past, current) => past.doc === current.doc,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return store;
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;
