/**
 * One editor = one open model: its document store (with undo) and its session
 * store. Components reach them through these hooks, never through globals, so
 * two editors (or a test) never share state.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DocumentState, DocumentStore } from '../store/documentStore';
import type { SessionActions, SessionState, SessionStore } from '../store/sessionStore';
import type { ValidationState, ValidationStore } from '../validation/validationStore';

export interface Editor {
  document: DocumentStore;
  session: SessionStore;
  /** Findings of the current document, kept up to date incrementally. */
  validation: ValidationStore;
}

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor must be used inside <EditorContext.Provider>');
  return editor;
}

export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useStore(useEditor().document, selector);
}

export function useSession<T>(selector: (state: SessionState & SessionActions) => T): T {
  return useStore(useEditor().session, selector);
}

export function useValidation<T>(selector: (state: ValidationState) => T): T {
  return useStore(useEditor().validation, selector);
}
