/** One keyboard listener for every action's shortcut, plus the native menu's commands. */
import { useEffect } from 'react';
import { TEXT_EDIT_COMMANDS } from '@shared/ipc/menu-commands';
import { submenuItemById } from '../menubar/menuModel';
import { ACTIONS, actionById, runAction } from './registry';
import { matchesShortcut } from './shortcuts';
import type { ActionContext } from './types';
import { isTextField, shortcutAllowedIn } from './typingTarget';

export function useActionShortcuts(ctx: ActionContext | null): void {
  useEffect(() => {
    if (!ctx) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // A modal dialog owns the keyboard while it is open.
      if (document.querySelector('dialog[open]')) return;
      for (const action of ACTIONS) {
        if (!shortcutAllowedIn(action, event.target)) continue;
        if (!action.shortcuts?.some((shortcut) => matchesShortcut(event, shortcut))) continue;
        event.preventDefault();
        runAction(action, ctx);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = ctx.platform.onMenuCommand((command) => {
      // The native Edit menu also serves text fields: there, undo/redo/select all edit the text.
      const textCommand = Object.hasOwn(TEXT_EDIT_COMMANDS, command)
        ? TEXT_EDIT_COMMANDS[command]
        : undefined;
      if (textCommand && isTextField(document.activeElement)) {
        document.execCommand(textCommand);
        return;
      }
      const action = actionById(command);
      if (action) {
        runAction(action, ctx);
        return;
      }
      // Not an action: an item of a submenu (File › Open recent), looked up as it stands now.
      const item = submenuItemById(command, ctx);
      if (item?.enabled) item.run();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [ctx]);
}
