/**
 * React Flow reports what the user does to nodes; this turns it into session
 * state (selection, live drag positions) and, when a move ends, one document
 * change, so a whole drag is one undo step and autosave writes once.
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback } from 'react';
import { movePlacements } from '@shared/model/movePlacements';
import type { Id } from '@shared/model/types';
import { useEditor } from '../editor/EditorContext';
import type { ElementNode } from './deriveNodes';
import type { LinkEdge } from './deriveEdges';

function applySelection(current: ReadonlySet<Id>, changes: readonly { id: string; selected: boolean }[]): Set<Id> {
  const next = new Set(current);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return next;
}

export function useNodeChanges(): (changes: NodeChange<ElementNode>[]) => void {
  const editor = useEditor();
  return useCallback(
    (changes) => {
      const session = editor.session.getState();
      const selections: { id: string; selected: boolean }[] = [];
      const dragging = new Map(session.dragPositions);
      const settled: Record<Id, { x: number; y: number }> = {};
      let dragChanged = false;
      for (const change of changes) {
        if (change.type === 'select') selections.push(change);
        if (change.type !== 'position') continue;
        if (change.dragging && change.position) {
          dragging.set(change.id, change.position);
          dragChanged = true;
        } else if (!change.dragging) {
          const position = change.position ?? dragging.get(change.id);
          if (position) settled[change.id] = position;
          dragChanged = dragging.delete(change.id) || dragChanged;
        }
      }
      if (selections.length > 0) {
        session.select(applySelection(session.selectedElements, selections), session.selectedLinks);
      }
      if (Object.keys(settled).length > 0) {
        const refusal = editor.document.getState().apply((doc) => movePlacements(doc, session.activeViewId, settled));
        if (refusal) session.notify('refusal', refusal);
      }
      if (dragChanged) session.setDragPositions(dragging);
    },
    [editor],
  );
}

export function useEdgeChanges(): (changes: EdgeChange<LinkEdge>[]) => void {
  const editor = useEditor();
  return useCallback(
    (changes) => {
      const selections = changes.filter((change) => change.type === 'select');
      if (selections.length === 0) return;
      const session = editor.session.getState();
      session.select(session.selectedElements, applySelection(session.selectedLinks, selections));
    },
    [editor],
  );
}
