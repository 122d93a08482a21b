import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNELS, BRIDGE_KEY } from '../../../../shared/ipc/bridge';
import { INVOKE_CHANNELS, MENU_COMMAND_CHANNEL } from '../../../../shared/ipc/contract';
import { INVOKE_ARGUMENT_SCHEMAS } from '../../../../shared/ipc/schemas';
import { MENU_COMMANDS, MENU_SHORTCUTS, isMenuCommand } from '../../../../shared/ipc/menu-commands';

describe('the IPC contract', () => {
  it('has one argument schema per invoke channel and nothing else', () => {
    expect(Object.keys(INVOKE_ARGUMENT_SCHEMAS).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('maps each bridge method to a distinct channel, covering every channel', () => {
    const channels = Object.values(BRIDGE_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    expect([...channels].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('names the global and the event channel', () => {
    expect(BRIDGE_KEY).toBe('mapwright');
    expect(MENU_COMMAND_CHANNEL).toBe('menu:command');
  });
});

describe('menu commands', () => {
  it('recognises exactly the listed commands', () => {
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
    for (const value of ['file.delete', 'FILE.NEW', '', 42, null, undefined, { command: 'file.new' }]) {
      expect(isMenuCommand(value)).toBe(false);
    }
  });

  it('has a shortcut entry for every command, and no key used twice', () => {
    expect(Object.keys(MENU_SHORTCUTS).sort()).toEqual([...MENU_COMMANDS].sort());
    const keys = Object.values(MENU_SHORTCUTS).filter((key) => key !== null);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('binds the standard keys', () => {
    expect(MENU_SHORTCUTS['edit.undo']).toBe('CmdOrCtrl+Z');
    expect(MENU_SHORTCUTS['edit.redo']).toBe('Shift+CmdOrCtrl+Z');
    expect(MENU_SHORTCUTS['view.commandPalette']).toBe('CmdOrCtrl+K');
    expect(MENU_SHORTCUTS['file.save']).toBe('CmdOrCtrl+S');
    expect(MENU_SHORTCUTS['edit.delete']).toBeNull();
  });
});
