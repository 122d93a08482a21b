/**
 * Go to an element: select it and bring it into sight, switching to another
 * view that shows it when the active one does not. An element in no view is
 * still selected (the inspector shows it) and the user is told.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { Id } from '@shared/model/types';
import { useEditor } from '../editor/EditorContext';

const JUMP_MS = 300;

export function useJumpTo(): (elementId: Id) => void {
  const editor = useEditor();
  const flow = useReactFlow();
  return useCallback(
    (elementId) => {
      const { doc } = editor.document.getState();
      const session = editor.session.getState();
      const element = doc.elements[elementId];
      if (!element) {
        session.notify('refusal', 'That element is no longer in the model.');
        return;
      }
      const inView = (viewId: Id): boolean => Object.hasOwn(doc.views[viewId]?.placements ?? {}, elementId);
      const viewId = inView(session.activeViewId) ? session.activeViewId : doc.viewOrder.find(inView);
      if (viewId === undefined) {
        session.select([elementId]);
        session.notify('info', `"${element.name}" is in the model but in no view.`);
        return;
      }
      const focus = () =>
        void flow.fitView({
          nodes: [{ id: elementId }],
          duration: JUMP_MS,
          maxZoom: Math.max(flow.getZoom(), 1),
        });
      if (viewId === session.activeViewId) {
        session.select([elementId]);
        focus();
        return;
      }
      session.setActiveView(viewId);
      session.select([elementId]);
      session.notify('info', `Showing view "${doc.views[viewId]?.name ?? ''}", where "${element.name}" is.`);
      // The other view's nodes reach React Flow on the next render.
      requestAnimationFrame(() => requestAnimationFrame(focus));
    },
    [editor, flow],
  );
}
