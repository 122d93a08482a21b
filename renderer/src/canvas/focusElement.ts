/**
 * Every "go to" in the app: bring an element or a link into sight. It is
 * selected, the screen switches to a view that shows it (the active one when
 * it does) and centres on it. Something in no view is still selected, so the
 * panels that follow the selection show it, and the user is told.
 */
import { useCallback } from 'react';
import type { Id, ModelDocument } from '@shared/model/types';
import { useActionContext } from '../actions/actionContext';
import { fitViewWhenShown, type ViewContext } from '../views/viewCommands';

/** How the screen moves to what it goes to: a short glide, never much closer than actual size. */
const FOCUS = { duration: 250, maxZoom: 1.2 };

/** The active view when it shows all of `ids`, else the first view (tab order) that does, else null. */
export function viewShowing(doc: ModelDocument, activeViewId: Id, ids: readonly Id[]): Id | null {
  const shows = (viewId: Id): boolean => {
    const placements = doc.views[viewId]?.placements;
    return Boolean(placements) && ids.every((id) => Object.hasOwn(placements ?? {}, id));
  };
  if (shows(activeViewId)) return activeViewId;
  return doc.viewOrder.find(shows) ?? null;
}

export interface FocusOptions {
  /** The view to show it in when the caller already chose one (the find bar's hit); null for none. */
  viewId?: Id | null;
  /** Also say which view the screen switched to (a jump from the inspector leaves the view the user was in). */
  announceSwitch?: boolean;
}

/** Switches to `viewId` (when it is not on screen), selects, and centres on `nodeIds` once they are drawn. */
function bringIntoSight(ctx: ViewContext, viewId: Id, select: () => void, nodeIds: readonly Id[]): void {
  // Switching views clears the selection: select afterwards.
  const session = ctx.editor.session.getState();
  if (viewId !== session.activeViewId) session.setActiveView(viewId);
  select();
  fitViewWhenShown(ctx, viewId, nodeIds, FOCUS);
}

export function focusElement(ctx: ViewContext, elementId: Id, options: FocusOptions = {}): void {
  const { doc } = ctx.editor.document.getState();
  const session = ctx.editor.session.getState();
  const element = doc.elements[elementId];
  if (!element) {
    session.notify('refusal', 'That element is no longer in the model.');
    return;
  }
  const viewId =
    options.viewId !== undefined ? options.viewId : viewShowing(doc, session.activeViewId, [elementId]);
  if (viewId === null) {
    session.select([elementId]);
    session.notify(
      'info',
      `"${element.name}" is in no view: drag it from the navigator onto the canvas to show it.`,
    );
    return;
  }
  const switching = viewId !== session.activeViewId;
  bringIntoSight(ctx, viewId, () => ctx.editor.session.getState().select([elementId]), [elementId]);
  if (switching && options.announceSwitch) {
    session.notify('info', `Showing view "${doc.views[viewId]?.name ?? ''}", where "${element.name}" is.`);
  }
}

/** "Go to" from the inspector: the view it switches to is named, as the user leaves the one they were in. */
export function useJumpTo(): (elementId: Id) => void {
  const ctx = useActionContext();
  return useCallback((elementId) => focusElement(ctx, elementId, { announceSwitch: true }), [ctx]);
}

export function focusLink(ctx: ViewContext, linkId: Id): void {
  const { doc } = ctx.editor.document.getState();
  const session = ctx.editor.session.getState();
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
    ctx.editor.session.getState().select(end ? [end] : [], [linkId]);
    session.notify('info', 'No view shows both ends of that link.');
    return;
  }
  bringIntoSight(ctx, viewId, () => ctx.editor.session.getState().select([], [linkId]), ends);
}

/** Focus the selected element's node if it is on screen, else the diagram itself. */
export function focusCanvas(): void {
  const node = document.querySelector<HTMLElement>('.react-flow__node.selected');
  const target = node ?? document.querySelector<HTMLElement>('.react-flow');
  if (!target) return;
  if (!node && !target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}
