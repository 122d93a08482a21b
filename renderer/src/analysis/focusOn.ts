/**
 * Bring an element or a link into sight from a list (Health panel, impact
 * list): select it, switch to a view that shows it when the active one does
 * not, and centre it. Elements go through the find bar's showElement, so every
 * "go to" in the app moves the same way.
 */
import type { Id, ModelDocument } from '@shared/model/types';
import type { ActionContext } from '../actions/types';
import { showElement } from '../find/showElement';

type FocusContext = Pick<ActionContext, 'editor' | 'flow'>;

const CENTRE = { duration: 200, maxZoom: 1.2 };
const MAX_FRAMES = 30;

/** The active view when it shows all of `ids`, else the first view (tab order) that does, else null. */
export function viewShowing(doc: ModelDocument, activeViewId: Id, ids: readonly Id[]): Id | null {
  const shows = (viewId: Id): boolean => {
    const placements = doc.views[viewId]?.placements;
    return Boolean(placements) && ids.every((id) => Object.hasOwn(placements ?? {}, id));
  };
  if (shows(activeViewId)) return activeViewId;
  return doc.viewOrder.find(shows) ?? null;
}

export function focusElement(ctx: FocusContext, elementId: Id): void {
  const { doc } = ctx.editor.document.getState();
  const session = ctx.editor.session.getState();
  const element = doc.elements[elementId];
  if (!element) {
    session.notify('refusal', 'That element is no longer in the model.');
    return;
  }
  const viewId = viewShowing(doc, session.activeViewId, [elementId]);
  showElement(ctx, { elementId, viewId, match: { kind: 'name', text: element.name } });
  if (viewId === null) session.notify('info', `“${element.name}” is in the model but in no view.`);
}

export function focusLink(ctx: FocusContext, linkId: Id): void {
  const { editor, flow } = ctx;
  const { doc } = editor.document.getState();
  const session = editor.session.getState();
  const link = doc.links[linkId];
  if (!link) {
    session.notify('refusal', 'That link is no longer in the model.');
    return;
  }
  const ends = [link.from, link.to];
  const viewId = viewShowing(doc, session.activeViewId, ends);
  if (viewId === null) {
    // Not drawn anywhere: show the end that is placed somewhere, so the user lands near it.
    const end = ends.find((id) => viewShowing(doc, session.activeViewId, [id]) !== null);
    if (end) focusElement(ctx, end);
    session.select(end ? [end] : [], [linkId]);
    session.notify('info', 'No view shows both ends of that link.');
    return;
  }
  const switching = viewId !== session.activeViewId;
  if (switching) session.setActiveView(viewId);
  session.select([], [linkId]);
  let frames = 0;
  const centre = () => {
    if (ends.every((id) => flow.getInternalNode(id))) {
      void flow.fitView({ ...CENTRE, nodes: ends.map((id) => ({ id })) });
    } else if (++frames < MAX_FRAMES) {
      requestAnimationFrame(centre);
    }
  };
  if (switching) requestAnimationFrame(centre);
  else centre();
}
