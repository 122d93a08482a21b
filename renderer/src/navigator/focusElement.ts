/**
 * Bringing an element the navigator points at into sight: select it, switch
 * to a view that shows it (the active one when it does) and fit the screen
 * to it. An element in no view is still selected, so the inspector shows it.
 */
import type { Id } from '@shared/model/types';
import { fitViewWhenShown, showView, type ViewContext } from '../views/viewCommands';

export function focusElement(ctx: ViewContext, elementId: Id): void {
  const { doc } = ctx.editor.document.getState();
  const session = ctx.editor.session.getState();
  const element = doc.elements[elementId];
  if (!element) {
    session.notify('refusal', 'That element is no longer in the model.');
    return;
  }
  const inView = (viewId: Id): boolean => Object.hasOwn(doc.views[viewId]?.placements ?? {}, elementId);
  const viewId = inView(session.activeViewId) ? session.activeViewId : doc.viewOrder.find(inView);
  if (viewId === undefined) {
    session.select([elementId]);
    session.notify(
      'info',
      `"${element.name}" is in no view: drag it from the navigator onto the canvas to show it.`,
    );
    return;
  }
  // Switching views clears the selection: select afterwards.
  if (viewId !== session.activeViewId) showView(ctx, viewId, 'keep');
  ctx.editor.session.getState().select([elementId]);
  fitViewWhenShown(ctx, viewId, [elementId]);
}
