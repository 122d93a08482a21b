/**
 * The application menu as one definition: which actions go in which menu,
 * where separators go, which items are toggles, and the submenus whose items
 * are data (File › Open recent). The browser build's in-app menu bar draws
 * it; the desktop build sends `describeNativeMenu` to the main process, which
 * draws the native menu from it. Both read the same action objects and
 * submenus, so they cannot drift apart.
 */
import type { NativeMenu, NativeMenuEntry, NativeMenuLeaf } from '@shared/ipc/native-menu';
import { ACTIONS, isEnabled } from '../actions/registry';
import type { Action, ActionContext, ActionGroup } from '../actions/types';
import { STAGE_CHECKS } from '../analysis/analysisActions';
import { OPEN_RECENT } from './openRecentMenu';
import type { Submenu, SubmenuItem } from './submenu';

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

/** Submenus, each placed after an action of its group. */
export const SUBMENUS: readonly Submenu[] = [OPEN_RECENT];

export type MenuEntry = { kind: 'action'; action: Action } | { kind: 'submenu'; submenu: Submenu };

export interface MenuGroup {
  group: ActionGroup;
  entries: readonly MenuEntry[];
}

function entriesOf(group: ActionGroup): MenuEntry[] {
  return ACTIONS.filter((action) => action.group === group).flatMap((action): MenuEntry[] => [
    { kind: 'action', action },
    ...SUBMENUS.filter((submenu) => submenu.group === group && submenu.after === action.id).map(
      (submenu): MenuEntry => ({ kind: 'submenu', submenu }),
    ),
  ]);
}

/** Groups without actions are left out rather than shown empty. */
export const MENUS: readonly MenuGroup[] = GROUPS.map((group) => ({
  group,
  entries: entriesOf(group),
})).filter((menu) => menu.entries.length > 0);

export const entryId = (entry: MenuEntry): string =>
  entry.kind === 'action' ? entry.action.id : entry.submenu.id;

export const entryLabel = (entry: MenuEntry): string =>
  entry.kind === 'action' ? entry.action.label : entry.submenu.label;

/** Whether a separator goes before the entry at `index` of a menu (never before the first). */
export function separatesBefore(entry: MenuEntry, index: number): boolean {
  return index > 0 && SEPARATE_BEFORE.has(entryId(entry));
}

/** A submenu can be opened when any of its items can be picked. */
export function submenuEnabled(items: readonly SubmenuItem[]): boolean {
  return items.some((item) => item.enabled);
}

/** Calls `onChange` whenever a submenu's items may have changed (the recent models); returns the unsubscribe function. */
export function subscribeToSubmenus(ctx: ActionContext, onChange: () => void): () => void {
  const stops = SUBMENUS.map((submenu) => submenu.subscribe(ctx, onChange));
  return () => stops.forEach((stop) => stop());
}

/** The submenu item a native menu command names, as the submenus stand now. */
export function submenuItemById(id: string, ctx: ActionContext): SubmenuItem | undefined {
  for (const submenu of SUBMENUS) {
    const item = submenu.items(ctx).find((candidate) => candidate.id === id);
    if (item) return item;
  }
  return undefined;
}

function describeAction(action: Action, ctx: ActionContext): NativeMenuEntry {
  const shortcut = action.shortcuts?.[0];
  const checked = CHECKED[action.id]?.(ctx);
  return {
    type: 'command',
    id: action.id,
    label: action.label,
    ...(shortcut === undefined ? {} : { shortcut }),
    enabled: isEnabled(action, ctx),
    ...(checked === undefined ? {} : { checked }),
  };
}

function describeSubmenu(submenu: Submenu, ctx: ActionContext): NativeMenuEntry {
  const items = submenu.items(ctx);
  return {
    type: 'submenu',
    label: submenu.label,
    enabled: submenuEnabled(items),
    items: items.flatMap((item, index): NativeMenuLeaf[] => {
      const command: NativeMenuLeaf = {
        type: 'command',
        id: item.id,
        label: item.label,
        enabled: item.enabled,
      };
      return index > 0 && item.separateBefore ? [{ type: 'separator' }, command] : [command];
    }),
  };
}

/**
 * The native menu now: every menu's items with their first shortcut, enabled
 * state and, for toggles, check mark, and the submenus with their items.
 * Pure: it reads the context, changes nothing.
 */
export function describeNativeMenu(ctx: ActionContext, menus: readonly MenuGroup[] = MENUS): NativeMenu {
  return {
    sections: menus.map(({ group, entries }) => ({
      label: group,
      items: entries.flatMap((entry, index): NativeMenuEntry[] => {
        const item =
          entry.kind === 'action' ? describeAction(entry.action, ctx) : describeSubmenu(entry.submenu, ctx);
        return separatesBefore(entry, index) ? [{ type: 'separator' }, item] : [item];
      }),
    })),
  };
}
