/**
 * The validation findings of one element or link, from the editor's
 * validation store (shared/validation, run incrementally after each edit).
 * Unchanged findings keep their identity, so other edits do not re-render.
 */
import { useShallow } from 'zustand/react/shallow';
import type { Finding } from '@shared/validation';
import type { Id } from '@shared/model/types';
import { useValidation } from '../editor/EditorContext';

const NONE: readonly Finding[] = [];

export function useFindings(subject: 'element' | 'link', id: Id): readonly Finding[] {
  return useValidation(
    useShallow(
      (state) => (subject === 'element' ? state.result.byElement : state.result.byLink).get(id) ?? NONE,
    ),
  );
}
