/** Dropping a palette entry on the canvas creates the element where it was dropped. */
import { useReactFlow } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { isKindId } from '@shared/csdm';
import { useEditor } from '../editor/EditorContext';
import { PALETTE_DRAG_TYPE } from '../app/paletteDrag';
import { addElementAt } from './addElementAt';

export function usePaletteDrop() {
  const editor = useEditor();
  const flow = useReactFlow();
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (!isKindId(kind)) return;
      event.preventDefault();
      addElementAt(editor, kind, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [editor, flow],
  );
  return { onDragOver, onDrop };
}
