import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNELS, BRIDGE_KEY } from '../../../../shared/ipc/bridge';
import { INVOKE_CHANNELS, MENU_COMMAND_CHANNEL } from '../../../../shared/ipc/contract';
import { INVOKE_ARGUMENT_SCHEMAS } from '../../../../shared/ipc/schemas';
import { nativeMenuSchema } from '../../../../shared/ipc/native-menu';

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

describe('menu:set', () => {
  it('is an invoke channel checked with the native menu schema', () => {
    expect(INVOKE_CHANNELS).toContain('menu:set');
    expect(BRIDGE_CHANNELS.setMenu).toBe('menu:set');
    const menu = {
      sections: [
        { label: 'Edit', items: [{ type: 'command', id: 'edit.undo', label: 'Undo', enabled: true }] },
      ],
    };
    expect(INVOKE_ARGUMENT_SCHEMAS['menu:set'].safeParse([menu]).success).toBe(true);
    expect(nativeMenuSchema.safeParse(menu).success).toBe(true);
    expect(INVOKE_ARGUMENT_SCHEMAS['menu:set'].safeParse([]).success).toBe(false);
    expect(INVOKE_ARGUMENT_SCHEMAS['menu:set'].safeParse([menu, menu]).success).toBe(false);
  });
});
