/**
 * The native menu (shared/ipc/menu-commands.ts) and the renderer's actions
 * must not drift apart: every command the menu can send is run by an action,
 * or is listed here as handled elsewhere, and the menu's accelerator is one
 * of the action's own shortcuts.
 */
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, MENU_SHORTCUTS, type MenuCommand } from '@shared/ipc/menu-commands';
import { ACTIONS, actionById } from '../../../renderer/src/actions/registry';

/** Menu commands no action runs yet, and why. Remove an entry when its action lands. */
const HANDLED_ELSEWHERE: Partial<Record<MenuCommand, string>> = {
  'file.new': 'persistence is not built yet',
  'file.open': 'persistence is not built yet',
  'file.save': 'persistence is not built yet',
  'file.saveAs': 'persistence is not built yet',
  'file.export': 'export is not built yet',
};

/** "Shift+CmdOrCtrl+S" and "Mod+Shift+S" both become "mod+shift+s". */
function normalise(shortcut: string): string {
  const parts = shortcut.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  const modifiers = parts.map((part) => (part === 'CmdOrCtrl' ? 'Mod' : part).toLowerCase()).sort();
  return [...modifiers, key].join('+');
}

describe('native menu commands and actions', () => {
  it.each(MENU_COMMANDS.map((command) => [command]))(
    '%s is run by an action or handled elsewhere',
    (command) => {
      const action = actionById(command);
      if (!action)
        expect(HANDLED_ELSEWHERE[command], `${command} has no action and is not listed`).toBeDefined();
    },
  );

  it('lists as handled elsewhere only commands the menu sends', () => {
    const known: readonly string[] = MENU_COMMANDS;
    for (const command of Object.keys(HANDLED_ELSEWHERE)) expect(known).toContain(command);
  });

  it.each(
    MENU_COMMANDS.filter((command) => actionById(command) && MENU_SHORTCUTS[command]).map((command) => [
      command,
    ]),
  )("the menu's accelerator for %s is one of the action's shortcuts", (command) => {
    const accelerator = MENU_SHORTCUTS[command];
    const shortcuts = actionById(command)?.shortcuts ?? [];
    expect(shortcuts.map(normalise)).toContain(normalise(accelerator ?? ''));
  });

  it('gives every action a unique id', () => {
    const ids = ACTIONS.map((action) => action.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
