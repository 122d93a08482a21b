import { describe, expect, it, vi } from 'vitest';
import type { MapwrightBridge } from '@shared/ipc/bridge';
import type { NativeMenu } from '@shared/ipc/native-menu';
import { createElectronPlatform } from '../../../renderer/src/platform/electronPlatform';

function fakeBridge(): MapwrightBridge & { listeners: ((command: string) => void)[] } {
  const listeners: ((command: string) => void)[] = [];
  return {
    listeners,
    openFile: vi.fn(async () => ({ name: 'model.csdm.json', bytes: new Uint8Array([123, 125]) })),
    saveFile: vi.fn(async () => ({ name: 'saved.csdm.json' })),
    appInfo: vi.fn(async () => ({
      name: 'Mapwright',
      version: '1.2.3',
      platform: 'linux' as const,
      versions: { electron: '45.4.1', chrome: '150', node: '22' },
    })),
    setDocumentState: vi.fn(async () => undefined),
    setMenu: vi.fn(async () => undefined),
    onMenuCommand: (listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
}

describe('Electron platform adapter', () => {
  it('passes file requests through the bridge unchanged', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const request = { title: 'Open model', filters: [{ name: 'Mapwright model', extensions: ['csdm.json'] }] };
    await expect(platform.openFile(request)).resolves.toEqual({ name: 'model.csdm.json', bytes: new Uint8Array([123, 125]) });
    expect(bridge.openFile).toHaveBeenCalledWith(request);
    const save = { ...request, suggestedName: 'a.csdm.json', bytes: new Uint8Array([1]) };
    await expect(platform.saveFile(save)).resolves.toEqual({ name: 'saved.csdm.json' });
    expect(bridge.saveFile).toHaveBeenCalledWith(save);
  });

  it('describes the desktop runtime and has a native menu', async () => {
    const platform = createElectronPlatform(fakeBridge());
    expect(platform.hasNativeMenu).toBe(true);
    await expect(platform.appInfo()).resolves.toEqual({
      name: 'Mapwright',
      version: '1.2.3',
      runtime: 'Desktop (Linux, Electron 45.4.1)',
    });
  });

  it('delivers menu commands until unsubscribed', () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const seen: string[] = [];
    const stop = platform.onMenuCommand((command) => seen.push(command));
    bridge.listeners.forEach((listener) => listener('edit.undo'));
    stop();
    bridge.listeners.forEach((listener) => listener('edit.redo'));
    expect(seen).toEqual(['edit.undo']);
  });

  it('sends the menu description through the bridge', () => {
    const bridge = fakeBridge();
    const menu: NativeMenu = {
      sections: [{ label: 'Edit', items: [{ type: 'command', id: 'edit.undo', label: 'Undo', shortcut: 'Mod+Z', enabled: false }] }],
    };
    createElectronPlatform(bridge).setMenu(menu);
    expect(bridge.setMenu).toHaveBeenCalledExactlyOnceWith(menu);
  });

  it('reports a refused menu instead of leaving the rejection unhandled', async () => {
    const bridge = fakeBridge();
    bridge.setMenu = vi.fn(() => Promise.reject(new Error('menu:set refused: invalid arguments')));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      createElectronPlatform(bridge).setMenu({ sections: [] });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(logged).toHaveBeenCalledWith('Mapwright: the menu was refused:', expect.any(Error));
    } finally {
      logged.mockRestore();
    }
  });
});
