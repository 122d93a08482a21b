/**
 * Whether the Foundation data manager is open, and on which tab: one store
 * per editor (two editors never share it), outside the document and its undo
 * history. The action, the navigator's button and the dialog all use it.
 */
import { create } from 'zustand';
import type { KindId } from '@shared/csdm';
import type { Editor } from '../editor/EditorContext';

export interface FoundationUiState {
  open: boolean;
  /** The Foundation kind whose tab is shown. */
  tab: KindId;
  show: (tab?: KindId) => void;
  setTab: (tab: KindId) => void;
  close: () => void;
}

function createFoundationUiStore() {
  return create<FoundationUiState>()((set) => ({
    open: false,
    tab: 'company',
    show: (tab) => set((state) => ({ open: true, tab: tab ?? state.tab })),
    setTab: (tab) => set({ tab }),
    close: () => set({ open: false }),
  }));
}

export type FoundationUiStore = ReturnType<typeof createFoundationUiStore>;

const stores = new WeakMap<Editor, FoundationUiStore>();

export function foundationUi(editor: Editor): FoundationUiStore {
  let store = stores.get(editor);
  if (!store) {
    store = createFoundationUiStore();
    stores.set(editor, store);
  }
  return store;
}
