/** Where the middle of the visible canvas is, and adding an element there (palette click, command palette). */
import type { ReactFlowInstance } from '@xyflow/react';
import type { KindId } from '@shared/csdm';
import type { Editor } from '../editor/EditorContext';
import { addElementAt } from './addElementAt';

type ScreenToFlow = Pick<ReactFlowInstance, 'screenToFlowPosition'>;

/** The centre of the diagram pane, in flow coordinates. */
export function viewCentre(flow: ScreenToFlow): { x: number; y: number } {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane) return { x: 0, y: 0 };
  return flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
}

/** Adds an element of a kind in the middle of the view, selected and ready to be named. */
export function addAtViewCentre(editor: Editor, flow: ScreenToFlow, kindId: KindId): string | null {
  return addElementAt(editor, kindId, viewCentre(flow), { avoidOverlap: true });
}
