/** Bringing an element into sight: switch to its view, select it, centre it; and focus back on the canvas. */
import type { FindHit } from '@shared/model/findElements';
import type { ActionContext } from '../actions/types';

const CENTRE = { duration: 250, maxZoom: 1.2 };
/** Frames to wait for a node of a view just switched to (React renders, React Flow adopts the nodes). */
const MAX_FRAMES = 30;

export function showElement({ editor, flow }: Pick<ActionContext, 'editor' | 'flow'>, hit: FindHit): void {
  const session = editor.session.getState();
  const switching = hit.viewId !== null && hit.viewId !== session.activeViewId;
  if (switching && hit.viewId !== null) session.setActiveView(hit.viewId);
  // An element in no view is still selected, so panels that follow the selection show it.
  session.select([hit.elementId]);
  if (hit.viewId === null) return;
  const id = hit.elementId;
  let frames = 0;
  const centre = () => {
    if (flow.getInternalNode(id)) {
      void flow.fitView({ ...CENTRE, nodes: [{ id }] });
    } else if (++frames < MAX_FRAMES) {
      requestAnimationFrame(centre);
    }
  };
  // After a switch the old view's nodes are still in React Flow for a moment: wait a frame first.
  if (switching) requestAnimationFrame(centre);
  else centre();
}

/** Focus the selected element's node if it is on screen, else the diagram itself. */
export function focusCanvas(): void {
  const node = document.querySelector<HTMLElement>('.react-flow__node.selected');
  const target = node ?? document.querySelector<HTMLElement>('.react-flow');
  if (!target) return;
  if (!node && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}
