/**
 * Commands on views (diagrams): make, rename, delete, switch and fill them
 * (defined in views/viewCommandList.ts). Different from the element
 * commands: "Delete view" keeps its elements in the model, "Remove from view"
 * (edit.removeFromView) takes elements off one view, and only "Delete from
 * model" (edit.delete) deletes elements.
 */
import { VIEW_COMMANDS } from '../views/viewCommandList';
import type { Action } from './types';

export const VIEW_TAB_ACTIONS: readonly Action[] = VIEW_COMMANDS.map(
  ({ id, label, shortcuts, enabled, run }): Action => ({
    id,
    label,
    group: 'View',
    ...(shortcuts ? { shortcuts } : {}),
    ...(enabled ? { enabled } : {}),
    perform: run,
  }),
);
