/** Dropping a palette entry on the canvas creates the element where it was dropped; a navigator row shows an existing one. */
import { useReactFlow } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { isKindId } from '@shared/csdm';
import { useEditor } from '../editor/EditorContext';
import { PALETTE_DRAG_TYPE } from '../app/paletteDrag';
import { useElementDrop } from '../navigator/elementDrag';
import { addElementAt } from './addElementAt';

export function usePaletteDrop() {
  const editor = useEditor();
  const flow = useReactFlow();
  // Navigator rows carry an existing element: shown in this view, not created.
  const existing = useElementDrop();
  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (existing.onDragOver(event)) return;
      if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    [existing],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      if (existing.onDrop(event)) return;
      const kind = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (!isKindId(kind)) return;
      event.preventDefault();
      addElementAt(editor, kind, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [editor, flow, existing],
  );
  return { onDragOver, onDrop };
}
