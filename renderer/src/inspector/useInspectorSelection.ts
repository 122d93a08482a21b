/** What the inspector shows: nothing, one element, one link, or several things. */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Id } from '@shared/model/types';
import { useDocument, useSession } from '../editor/EditorContext';

export type InspectorSelection =
  | { kind: 'none' }
  | { kind: 'element'; id: Id }
  | { kind: 'link'; id: Id }
  | { kind: 'multi'; elementIds: Id[]; linkIds: Id[] };

export function useInspectorSelection(): InspectorSelection {
  const selectedElements = useSession((state) => state.selectedElements);
  const selectedLinks = useSession((state) => state.selectedLinks);
  // Only what is still in the model (an undo may take a selected element away); reads the selection, not the model.
  const elementIds = useDocument(
    useShallow((state) => [...selectedElements].filter((id) => Object.hasOwn(state.doc.elements, id))),
  );
  const linkIds = useDocument(
    useShallow((state) => [...selectedLinks].filter((id) => Object.hasOwn(state.doc.links, id))),
  );
  return useMemo((): InspectorSelection => {
    const [element] = elementIds;
    const [link] = linkIds;
    if (elementIds.length + linkIds.length === 0) return { kind: 'none' };
    if (elementIds.length === 1 && linkIds.length === 0 && element !== undefined)
      return { kind: 'element', id: element };
    if (elementIds.length === 0 && linkIds.length === 1 && link !== undefined)
      return { kind: 'link', id: link };
    return { kind: 'multi', elementIds, linkIds };
  }, [elementIds, linkIds]);
}
