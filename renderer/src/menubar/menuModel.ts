/**
 * The application menu as one definition: which actions go in which menu,
 * where separators go and which items are toggles. The browser build's
 * in-app menu bar draws it; the desktop build sends `describeNativeMenu` to
 * the main process, which draws the native menu from it. Both read the same
 * action objects, so they cannot drift apart.
 */
import type { NativeMenu, NativeMenuEntry } from '@shared/ipc/native-menu';
import { ACTIONS, isEnabled } from '../actions/registry';
import type { Action, ActionContext, ActionGroup } from '../actions/types';
import { STAGE_CHECKS } from '../analysis/analysisActions';

export const GROUPS: readonly ActionGroup[] = ['File', 'Edit', 'View', 'Arrange', 'Help'];

/** Where a menu gets a separator line, so related commands read as a block. */
export const SEPARATE_BEFORE: ReadonlySet<string> = new Set([
  'file.save',
  'file.saveVersion',
  'file.openFile',
  'file.saveAs',
  'model.foundationData',
  'edit.delete',
  'edit.selectAll',
  'edit.find',
  'view.fitView',
  'view.toggleSnap',
  'view.new',
  'view.next',
  'analysis.impact',
  'view.stageAll',
  'arrange.alignLeft',
  'arrange.distributeHorizontally',
  'help.about',
]);

/** Toggles show a check mark when on. */
export const CHECKED: Readonly<Record<string, (ctx: ActionContext) => boolean>> = {
  'view.toggleSnap': ({ editor }) => editor.session.getState().snapToGrid,
  ...STAGE_CHECKS,
};

export interface MenuGroup {
  group: ActionGroup;
  actions: readonly Action[];
}

/** Groups without actions are left out rather than shown empty. */
export const MENUS: readonly MenuGroup[] = GROUPS.map((group) => ({
  group,
  actions: ACTIONS.filter((action) => action.group === group),
})).filter((menu) => menu.actions.length > 0);

/** Whether a separator goes before the item at `index` of a menu (never before the first). */
export function separatesBefore(action: Action, index: number): boolean {
  return index > 0 && SEPARATE_BEFORE.has(action.id);
}

/**
 * The native menu now: every menu's items with their first shortcut, enabled
 * state and, for toggles, check mark. Pure: it reads the context, changes nothing.
 */
export function describeNativeMenu(ctx: ActionContext, menus: readonly MenuGroup[] = MENUS): NativeMenu {
  return {
    sections: menus.map(({ group, actions }) => ({
      label: group,
      items: actions.flatMap((action, index): NativeMenuEntry[] => {
        const shortcut = action.shortcuts?.[0];
        const checked = CHECKED[action.id]?.(ctx);
        const item: NativeMenuEntry = {
          type: 'command',
          id: action.id,
          label: action.label,
          ...(shortcut === undefined ? {} : { shortcut }),
          enabled: isEnabled(action, ctx),
          ...(checked === undefined ? {} : { checked }),
        };
        return separatesBefore(action, index) ? [{ type: 'separator' }, item] : [item];
      }),
    })),
  };
}
