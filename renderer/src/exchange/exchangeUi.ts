/**
 * Which exchange dialog is open (Export…, Export image…) and the choices
 * they remember while the model is open: one store per editor, outside the
 * document and its undo history, like the other dialogs' UI state.
 */
import { create } from 'zustand';
import type { ExportFormat } from '@shared/exchange';
import type { Editor } from '../editor/EditorContext';
import type { ImageType } from './imageExport';

export interface ImageChoices {
  type: ImageType;
  scope: 'view' | 'selection';
  scale: 1 | 2 | 3;
  /** Light theme colours on white, whatever the theme on screen. */
  light: boolean;
}

export interface ExchangeUiState {
  dialog: 'export' | 'image' | null;
  format: ExportFormat;
  image: ImageChoices;
  showExport: (format?: ExportFormat) => void;
  showImage: () => void;
  setFormat: (format: ExportFormat) => void;
  setImage: (changes: Partial<ImageChoices>) => void;
  close: () => void;
}

function createExchangeUiStore() {
  return create<ExchangeUiState>()((set) => ({
    dialog: null,
    format: 'ire',
    image: { type: 'png', scope: 'view', scale: 2, light: false },
    showExport: (format) => set((state) => ({ dialog: 'export', format: format ?? state.format })),
    showImage: () => set({ dialog: 'image' }),
    setFormat: (format) => set({ format }),
    setImage: (changes) => set((state) => ({ image: { ...state.image, ...changes } })),
    close: () => set({ dialog: null }),
  }));
}

export type ExchangeUiStore = ReturnType<typeof createExchangeUiStore>;

const stores = new WeakMap<Editor, ExchangeUiStore>();

export function exchangeUi(editor: Editor): ExchangeUiStore {
  let store = stores.get(editor);
  if (!store) {
    store = createExchangeUiStore();
    stores.set(editor, store);
  }
  return store;
}
