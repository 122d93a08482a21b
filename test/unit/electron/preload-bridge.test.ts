import { describe, expect, it, vi } from 'vitest';
import type { MapwrightBridge } from '../../../shared/ipc/bridge';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { NativeMenu } from '../../../shared/ipc/native-menu';
import { createBridge, exposeBridge, plainMessage, type BridgeIpc } from '../../../electron/preload/bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

const MENU: NativeMenu = {
  sections: [
    {
      label: 'Edit',
      items: [{ type: 'command', id: 'edit.undo', label: 'Undo', shortcut: 'Mod+Z', enabled: true }],
    },
  ],
};

function fakeIpc(
  reply: (channel: string, args: unknown[]) => Promise<unknown> = () => Promise.resolve(null),
) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn((channel: string, ...args: unknown[]) => reply(channel, args)),
    on: vi.fn((channel: string, listener: Listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies BridgeIpc;
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? [])
      listener({ sender: 'ipcRenderer internals' }, ...args);
  };
  return { ipc, emit, listeners };
}

describe('preload bridge', () => {
  it('exposes exactly the contract API as window.mapwright', () => {
    const { ipc } = fakeIpc();
    const exposed = new Map<string, MapwrightBridge>();
    exposeBridge({ exposeInMainWorld: (key, api) => exposed.set(key, api) }, ipc);
    expect([...exposed.keys()]).toEqual(['mapwright']);
    const bridge = exposed.get('mapwright');
    expect(Object.keys(bridge ?? {}).sort()).toEqual([
      'appInfo',
      'onMenuCommand',
      'openFile',
      'saveFile',
      'setDocumentState',
      'setMenu',
    ]);
    for (const value of Object.values(bridge ?? {})) expect(typeof value).toBe('function');
  });

  it('calls each contract channel exactly once across the invoke methods, passing the arguments through', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    const request = { title: 'Open', filters: [] };
    const bytes = new Uint8Array([1, 2, 3]);
    await bridge.openFile(request);
    await bridge.saveFile({ title: 'Save', suggestedName: 'a.json', filters: [], bytes });
    await bridge.appInfo();
    await bridge.setDocumentState({ title: 'Payments', dirty: false });
    await bridge.setMenu(MENU);
    expect(ipc.invoke.mock.calls.map(([channel]) => channel).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(ipc.invoke).toHaveBeenCalledWith('file:open', request);
    expect(ipc.invoke).toHaveBeenCalledWith('file:save', {
      title: 'Save',
      suggestedName: 'a.json',
      filters: [],
      bytes,
    });
    expect(ipc.invoke).toHaveBeenCalledWith('app:info');
    expect(ipc.invoke).toHaveBeenCalledWith('window:set-document-state', { title: 'Payments', dirty: false });
    expect(ipc.invoke).toHaveBeenCalledWith('menu:set', MENU);
  });

  it('resolves with what the main process returned', async () => {
    const opened = { name: 'a.json', bytes: new Uint8Array([123, 125]) };
    const { ipc } = fakeIpc((channel) => Promise.resolve(channel === 'file:open' ? opened : null));
    await expect(createBridge(ipc).openFile({ title: 'Open', filters: [] })).resolves.toBe(opened);
  });

  it('rejects with the main process message, without Electron’s wrapping', async () => {
    const { ipc } = fakeIpc(() =>
      Promise.reject(
        new Error(
          `Error invoking remote method 'file:open': FileProblem: "big.json" is 300 MB; Mapwright opens files up to 200 MB.`,
        ),
      ),
    );
    await expect(createBridge(ipc).openFile({ title: 'Open', filters: [] })).rejects.toThrow(
      /^"big\.json" is 300 MB; Mapwright opens files up to 200 MB\.$/,
    );
  });

  it('delivers menu commands without the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const received: unknown[][] = [];
    const unsubscribe = createBridge(ipc).onMenuCommand((...args) => received.push(args));
    emit('menu:command', 'edit.undo');
    expect(received).toEqual([['edit.undo']]);
    unsubscribe();
    emit('menu:command', 'edit.redo');
    expect(received).toEqual([['edit.undo']]);
    expect(listeners.get('menu:command')?.size).toBe(0);
  });

  it('passes any action id on, since the renderer chose the menu', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createBridge(ipc).onMenuCommand(listener);
    emit('menu:command', 'arrange.alignLeft');
    emit('menu:command', 'view.toggleSnap');
    expect(listener.mock.calls).toEqual([['arrange.alignLeft'], ['view.toggleSnap']]);
  });

  it('drops anything that is not an action id', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createBridge(ipc).onMenuCommand(listener);
    for (const value of [
      '',
      'undo',
      'edit undo',
      'Edit.undo',
      '../x.y',
      `edit.${'a'.repeat(100)}`,
      42,
      null,
      { command: 'file.new' },
    ]) {
      emit('menu:command', value);
    }
    emit('menu:command');
    expect(listener).not.toHaveBeenCalled();
  });

  it('listens on the menu:command channel only', () => {
    const { ipc } = fakeIpc();
    createBridge(ipc).onMenuCommand(() => undefined);
    expect(ipc.on.mock.calls.map(([channel]) => channel)).toEqual(['menu:command']);
  });
});

describe('error messages', () => {
  it('keep the main process message only', () => {
    expect(
      plainMessage(
        new Error(
          "Error invoking remote method 'app:info': IpcRefusal: app:info refused: the sending frame is gone",
        ),
      ),
    ).toBe('app:info refused: the sending frame is gone');
    expect(plainMessage(new Error("Error invoking remote method 'file:save': Error: disk full"))).toBe(
      'disk full',
    );
    expect(plainMessage('plain text')).toBe('plain text');
  });
});
