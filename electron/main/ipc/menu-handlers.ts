/**
 * menu:set: the renderer describes the native menu, the main process draws
 * it. Until the first description arrives the menu has the system items only.
 */
import { isDeepStrictEqual } from 'node:util';
import { EMPTY_NATIVE_MENU, commandIds, type NativeMenu } from '../../../shared/ipc/native-menu';
import { menuActions, type CommandTarget } from '../menu-dispatch';
import { menuTemplate, type MenuOptions } from '../menu-template';

/** The parts of Electron's Menu this module uses. */
export interface ApplicationMenu<Built> {
  buildFromTemplate(template: ReturnType<typeof menuTemplate>): Built;
  setApplicationMenu(menu: Built): void;
}

export interface MenuHost {
  /** Draws the menu for an empty description (system items only). */
  start(): void;
  /** The menu:set handler: draws the description unless it equals the last one. */
  set(menu: NativeMenu): undefined;
}

export function menuHost<Built>(
  electronMenu: ApplicationMenu<Built>,
  options: MenuOptions,
  target: () => CommandTarget | null,
): MenuHost {
  let current: NativeMenu | null = null;
  let known: ReadonlySet<string> = new Set();
  const actions = menuActions(target, (command) => known.has(command));
  const draw = (menu: NativeMenu) =>
    electronMenu.setApplicationMenu(electronMenu.buildFromTemplate(menuTemplate(options, menu, actions)));
  return {
    start: () => draw(EMPTY_NATIVE_MENU),
    set(menu) {
      // The renderer sends on every change of an enabled state; an unchanged menu is not rebuilt.
      if (current !== null && isDeepStrictEqual(current, menu)) return undefined;
      current = menu;
      known = commandIds(menu);
      draw(menu);
      return undefined;
    },
  };
}
