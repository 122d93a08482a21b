/** Apply one document operation from the inspector; a refusal is told to the user. */
import { useCallback } from 'react';
import type { ModelDocument, OpResult } from '@shared/model/types';
import { useEditor } from '../editor/EditorContext';

export type ApplyOperation = (operation: (doc: ModelDocument) => OpResult) => boolean;

/** Returns whether the operation was applied. */
export function useApply(): ApplyOperation {
  const editor = useEditor();
  return useCallback(
    (operation) => {
      const refusal = editor.document.getState().apply(operation);
      if (refusal) editor.session.getState().notify('refusal', refusal);
      return refusal === null;
    },
    [editor],
  );
}
