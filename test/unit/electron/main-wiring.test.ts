/**
 * Loads electron/main/index.ts against a fake 'electron' module and checks
 * the wiring: what is set up before ready, after ready, and that the IPC
 * handlers answer the app window and refuse anything else.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    userData: '',
    calls: [] as string[],
    appListeners: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, Listener>(),
    windows: [] as FakeWindow[],
    menuTemplate: undefined as unknown,
    privileged: undefined as unknown,
    permissionRequest: undefined as Listener | undefined,
  };

  class FakeWindow {
    static getAllWindows = () => state.windows.filter((window) => !window.destroyed);
    static getFocusedWindow = () => null;
    destroyed = false;
    listeners = new Map<string, Listener>();
    loaded: string | undefined;
    mainFrame = { url: 'app://mapwright/index.html', parent: null, processId: 4, routingId: 1 };
    webContents = { mainFrame: this.mainFrame, send: vi.fn(), cut: vi.fn(), copy: vi.fn(), paste: vi.fn() };
    setTitle = vi.fn();
    setDocumentEdited = vi.fn();
    constructor(public options: Record<string, unknown>) {
      state.calls.push('new BrowserWindow');
      state.windows.push(this);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    isMaximized() {
      return false;
    }
    show() {}
    maximize() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }

  const electron = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => state.lock,
      enableSandbox: () => state.calls.push('enableSandbox'),
      quit: () => state.calls.push('quit'),
      on: (event: string, listener: Listener) => state.appListeners.set(event, listener),
      whenReady: () => {
        state.calls.push('whenReady');
        return Promise.resolve();
      },
      getPath: () => state.userData,
      getName: () => 'Mapwright',
      getVersion: () => '0.1.0',
    },
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => {
        state.menuTemplate = menu.template;
      },
    },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain: { handle: (channel: string, listener: Listener) => state.ipcHandlers.set(channel, listener) },
    nativeTheme: { shouldUseDarkColors: true },
    net: { fetch: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        state.calls.push('registerSchemesAsPrivileged');
        state.privileged = schemes;
      },
      handle: (scheme: string, handler: Listener) => state.protocolHandlers.set(scheme, handler),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);

async function startMain() {
  vi.resetModules();
  await import('../../../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  const { state } = fake;
  state.lock = true;
  state.userData = mkdtempSync(join(tmpdir(), 'mapwright-main-'));
  state.calls = [];
  state.appListeners.clear();
  state.ipcHandlers.clear();
  state.protocolHandlers.clear();
  state.windows = [];
  state.menuTemplate = undefined;
  delete process.env['ELECTRON_RENDERER_URL'];
});

afterEach(() => {
  rmSync(fake.state.userData, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('registers the app scheme and the sandbox before waiting for ready', async () => {
    await startMain();
    const { calls, privileged } = fake.state;
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('whenReady'));
    expect(calls.indexOf('enableSandbox')).toBeLessThan(calls.indexOf('whenReady'));
    expect(privileged).toEqual([expect.objectContaining({ scheme: 'app' })]);
  });

  it('opens one secure window on the packaged app URL, with the menu and the IPC handlers', async () => {
    await startMain();
    const { windows, ipcHandlers, protocolHandlers, menuTemplate, appListeners } = fake.state;
    expect(windows).toHaveLength(1);
    const window = windows[0];
    expect(window?.loaded).toBe('app://mapwright/index.html');
    expect(window?.options).toMatchObject({
      show: false,
      backgroundColor: '#14171c',
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false },
    });
    expect(String((window?.options['webPreferences'] as { preload: string }).preload)).toMatch(
      /preload[/\\]index\.cjs$/,
    );
    expect([...ipcHandlers.keys()].sort()).toEqual([
      'app:info',
      'file:open',
      'file:save',
      'menu:set',
      'window:set-document-state',
    ]);
    expect([...protocolHandlers.keys()]).toEqual(['app']);
    expect(Array.isArray(menuTemplate)).toBe(true);
    expect([...appListeners.keys()]).toEqual(
      expect.arrayContaining(['second-instance', 'window-all-closed', 'activate', 'web-contents-created']),
    );
  });

  it('denies permission requests on the default session', async () => {
    await startMain();
    let answer: boolean | undefined;
    fake.state.permissionRequest?.({}, 'media', (granted: boolean) => (answer = granted));
    expect(answer).toBe(false);
  });

  it('answers IPC from the app window and refuses a foreign frame', async () => {
    await startMain();
    const window = fake.state.windows[0];
    const appInfo = fake.state.ipcHandlers.get('app:info');
    if (!window || !appInfo) throw new Error('not wired');
    await expect(
      appInfo({ sender: window.webContents, senderFrame: window.mainFrame }),
    ).resolves.toMatchObject({
      name: 'Mapwright',
      version: '0.1.0',
    });
    const foreign = { url: 'https://evil.example/', parent: null, processId: 5, routingId: 1 };
    await expect(appInfo({ sender: { mainFrame: foreign }, senderFrame: foreign })).rejects.toThrow(
      /refused/,
    );

    const setState = fake.state.ipcHandlers.get('window:set-document-state');
    await setState?.(
      { sender: window.webContents, senderFrame: window.mainFrame },
      { title: 'Payments', dirty: false },
    );
    expect(window.setTitle).toHaveBeenCalledWith('Payments — Mapwright');
  });

  it('draws the menu the app window describes, and sends its commands back', async () => {
    await startMain();
    type Item = { label?: string; click?: () => void; submenu?: Item[] };
    const labels = () => (fake.state.menuTemplate as Item[]).map((entry) => entry.label);
    const itemsOf = (entries: Item[]): Item[] =>
      entries.flatMap((entry) => [entry, ...itemsOf(entry.submenu ?? [])]);
    expect(labels()).toEqual(expect.arrayContaining(['File', 'Edit', 'View']));
    expect(labels()).not.toContain('Arrange');

    const window = fake.state.windows[0];
    const setMenu = fake.state.ipcHandlers.get('menu:set');
    if (!window || !setMenu) throw new Error('not wired');
    const fromApp = { sender: window.webContents, senderFrame: window.mainFrame };
    const menu = {
      sections: [
        {
          label: 'Arrange',
          items: [{ type: 'command', id: 'arrange.alignLeft', label: 'Align left', enabled: true }],
        },
      ],
    };
    await expect(setMenu(fromApp, menu)).resolves.toBeUndefined();
    expect(labels()).toContain('Arrange');
    itemsOf(fake.state.menuTemplate as Item[])
      .find((entry) => entry.label === 'Align left')
      ?.click?.();
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', 'arrange.alignLeft');

    await expect(
      setMenu(fromApp, {
        sections: [{ label: 'Arrange', items: [{ type: 'command', id: 'x', label: 'X', enabled: true }] }],
      }),
    ).rejects.toThrow(/menu:set refused/);
  });

  it('guards every web contents the app creates', async () => {
    await startMain();
    const created = fake.state.appListeners.get('web-contents-created');
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    created?.({}, contents);
    expect(contents.on.mock.calls.map(([event]) => event)).toEqual([
      'will-navigate',
      'will-redirect',
      'will-attach-webview',
    ]);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('quits at once when another instance is already running', async () => {
    fake.state.lock = false;
    await startMain();
    expect(fake.state.calls).toContain('quit');
    expect(fake.state.calls).not.toContain('whenReady');
    expect(fake.state.windows).toHaveLength(0);
  });
});
