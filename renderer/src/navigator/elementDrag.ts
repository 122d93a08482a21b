/**
 * Dragging an existing element from the navigator onto the canvas shows it
 * in the active view where it is dropped (one undo step). Nothing is created
 * or copied: the same element then appears in both views. If the view shows
 * it already, the drop is refused and the element brought into sight instead.
 */
import { useMemo, type DragEvent } from 'react';
import { addToView } from '@shared/model/addToView';
import { DEFAULT_NODE_SIZE } from '@shared/model/sizes';
import type { Id } from '@shared/model/types';
import { useEditor } from '../editor/EditorContext';
import { fitViewWhenShown, type ViewContext } from '../views/viewCommands';
import { useCanvasFlow } from '../canvas/useCanvasFlow';

/** MIME type of a navigator row being dragged; the data is the element id. */
export const ELEMENT_DRAG_TYPE = 'application/x-mapwright-element';

/** `center` in flow coordinates: where the middle of the node should land. Returns whether it was placed. */
export function placeExistingAt(ctx: ViewContext, elementId: Id, center: { x: number; y: number }): boolean {
  const { editor } = ctx;
  const session = editor.session.getState();
  const { doc } = editor.document.getState();
  const element = doc.elements[elementId];
  const viewId = session.activeViewId;
  const view = doc.views[viewId];
  if (!element || !view) {
    session.notify('refusal', 'That element is no longer in the model.');
    return false;
  }
  if (Object.hasOwn(view.placements, elementId)) {
    session.select([elementId]);
    session.notify('refusal', `"${element.name}" is already in this view.`);
    fitViewWhenShown(ctx, viewId, [elementId]);
    return false;
  }
  const grid = session.snapToGrid ? 16 : 1;
  const snap = (value: number) => Math.round(value / grid) * grid;
  const { width, height } = DEFAULT_NODE_SIZE;
  const position = { x: snap(center.x - width / 2), y: snap(center.y - height / 2), width, height };
  const refusal = editor.document
    .getState()
    .apply((current) => addToView(current, viewId, { [elementId]: position }));
  if (refusal) {
    session.notify('refusal', refusal);
    return false;
  }
  session.select([elementId]);
  return true;
}

export interface ElementDrop {
  /** Accepts the drag if it carries an element; returns whether it did. */
  onDragOver: (event: DragEvent) => boolean;
  /** Places the dragged element; returns whether the drop was an element's. */
  onDrop: (event: DragEvent) => boolean;
}

/** The canvas side of a navigator drag, for the canvas' drop handler. */
export function useElementDrop(): ElementDrop {
  const editor = useEditor();
  const flow = useCanvasFlow();
  return useMemo(
    () => ({
      onDragOver: (event) => {
        if (!event.dataTransfer.types.includes(ELEMENT_DRAG_TYPE)) return false;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        return true;
      },
      onDrop: (event) => {
        const elementId = event.dataTransfer.getData(ELEMENT_DRAG_TYPE);
        if (!elementId) return false;
        event.preventDefault();
        placeExistingAt(
          { editor, flow },
          elementId,
          flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }),
        );
        return true;
      },
    }),
    [editor, flow],
  );
}
