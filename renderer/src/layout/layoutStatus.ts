/**
 * Whether an auto-layout is running in an editor, for the toolbar's busy
 * state and to keep a second request from starting meanwhile. Kept per
 * editor (not in the document: it is neither undone nor saved).
 */
import { createStore, type StoreApi } from 'zustand';
import type { Editor } from '../editor/EditorContext';

export type LayoutScope = 'view' | 'selection';

export interface LayoutStatus {
  /** What is being laid out now, or null. */
  running: LayoutScope | null;
}

const stores = new WeakMap<Editor, StoreApi<LayoutStatus>>();

export function layoutStatusOf(editor: Editor): StoreApi<LayoutStatus> {
  let store = stores.get(editor);
  if (!store) {
    store = createStore<LayoutStatus>()(() => ({ running: null }));
    stores.set(editor, store);
  }
  return store;
}
