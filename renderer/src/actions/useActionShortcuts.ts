/** One keyboard listener for every action's shortcut, plus the native menu's commands. */
import { useEffect } from 'react';
import { submenuItemById } from '../menubar/menuModel';
import { ACTIONS, actionById, runAction } from './registry';
import { matchesShortcut } from './shortcuts';
import type { ActionContext } from './types';

const TEXT_FIELD_COMMANDS: Record<string, string> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.selectAll': 'selectAll',
};

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useActionShortcuts(ctx: ActionContext | null): void {
  useEffect(() => {
    if (!ctx) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // A modal dialog owns the keyboard while it is open.
      if (document.querySelector('dialog[open]')) return;
      const typing = isTextField(event.target);
      for (const action of ACTIONS) {
        if (typing && !action.inTextFields) continue;
        if (!action.shortcuts?.some((shortcut) => matchesShortcut(event, shortcut))) continue;
        event.preventDefault();
        runAction(action, ctx);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = ctx.platform.onMenuCommand((command) => {
      // The native Edit menu also serves text fields: there, undo/redo/select all edit the text.
      const textCommand = TEXT_FIELD_COMMANDS[command];
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
