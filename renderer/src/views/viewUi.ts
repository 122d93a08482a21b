/**
 * Session state of the view tabs, one store per editor (two editors never
 * share it): which tab is being renamed, whether the "Add existing elements"
 * dialog is open, and the viewport each view was last seen at. Nothing here is
 * part of the document or its undo history.
 */
import type { Viewport } from '@xyflow/react';
import { create } from 'zustand';
import type { Id } from '@shared/model/types';
import type { Editor } from '../editor/EditorContext';

export interface ViewUiState {
  renamingViewId: Id | null;
  addExistingOpen: boolean;
  startRenaming: (viewId: Id | null) => void;
  setAddExistingOpen: (open: boolean) => void;
}

function createViewUiStore() {
  return create<ViewUiState>()((set) => ({
    renamingViewId: null,
    addExistingOpen: false,
    startRenaming: (renamingViewId) => set({ renamingViewId }),
    setAddExistingOpen: (addExistingOpen) => set({ addExistingOpen }),
  }));
}

export type ViewUiStore = ReturnType<typeof createViewUiStore>;

const stores = new WeakMap<Editor, ViewUiStore>();
const viewports = new WeakMap<Editor, Map<Id, Viewport>>();

export function viewUi(editor: Editor): ViewUiStore {
  let store = stores.get(editor);
  if (!store) {
    store = createViewUiStore();
    stores.set(editor, store);
  }
  return store;
}

/** Where each view was last looked at, so switching back returns to the same spot. */
export function viewportMemory(editor: Editor): Map<Id, Viewport> {
  let memory = viewports.get(editor);
  if (!memory) {
    memory = new Map();
    viewports.set(editor, memory);
  }
  return memory;
}
