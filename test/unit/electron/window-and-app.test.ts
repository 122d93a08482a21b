import { describe, expect, it, vi } from 'vitest';
import {
  bringToFront,
  claimSingleInstance,
  followPlatformQuitRules,
  type LifecycleApp,
} from '../../../electron/main/app-lifecycle';
import { appInfo, applyDocumentState, windowTitle } from '../../../electron/main/ipc/window-handlers';
import { openMainWindow, type ShowableWindow } from '../../../electron/main/main-window';

describe('window title', () => {
  it('shows the document name and an edited dot on Windows and Linux', () => {
    expect(windowTitle({ title: 'Payments', dirty: false }, 'linux')).toBe('Payments — Mapwright');
    expect(windowTitle({ title: 'Payments', dirty: true }, 'win32')).toBe('• Payments — Mapwright');
    expect(windowTitle({ title: '  ', dirty: false }, 'linux')).toBe('Mapwright');
  });

  it('uses the native edited marker on macOS instead of a dot in the title', () => {
    const window = { setTitle: vi.fn(), setDocumentEdited: vi.fn() };
    applyDocumentState(window, { title: 'Payments', dirty: true }, 'darwin');
    expect(window.setTitle).toHaveBeenCalledWith('Payments — Mapwright');
    expect(window.setDocumentEdited).toHaveBeenCalledWith(true);
    const linux = { setTitle: vi.fn(), setDocumentEdited: vi.fn() };
    applyDocumentState(linux, { title: 'Payments', dirty: true }, 'linux');
    expect(linux.setTitle).toHaveBeenCalledWith('• Payments — Mapwright');
    expect(linux.setDocumentEdited).not.toHaveBeenCalled();
  });
});

describe('app info', () => {
  it('reports name, version, platform and runtime versions', () => {
    expect(
      appInfo({
        name: 'Mapwright',
        version: '0.1.0',
        platform: 'linux',
        versions: { electron: '45.4.1', chrome: '140.0', node: '22.20.0' },
      }),
    ).toEqual({
      name: 'Mapwright',
      version: '0.1.0',
      platform: 'linux',
      versions: { electron: '45.4.1', chrome: '140.0', node: '22.20.0' },
    });
    expect(appInfo({ name: 'Mapwright', version: '1', platform: 'freebsd', versions: {} })).toMatchObject({
      platform: 'other',
      versions: { electron: '', chrome: '', node: '' },
    });
  });
});

describe('main window', () => {
  function fakeWindow(load: Promise<void> = Promise.resolve()) {
    const once = new Map<string, () => void>();
    const on = new Map<string, (event: { preventDefault(): void }) => void>();
    const window = {
      on: vi.fn((event: string, listener: (event: { preventDefault(): void }) => void) =>
        on.set(event, listener),
      ),
      once: vi.fn((event: string, listener: () => void) => once.set(event, listener)),
      show: vi.fn(),
      maximize: vi.fn(),
      loadURL: vi.fn(() => load),
    } satisfies ShowableWindow;
    return { window, once, on };
  }

  it('loads the app URL and shows the window only when it is ready', () => {
    const { window, once } = fakeWindow();
    const create = vi.fn(() => window);
    openMainWindow(create, {
      options: { show: false },
      maximized: false,
      url: 'app://mapwright/index.html',
      onLoadFailed: vi.fn(),
    });
    expect(create).toHaveBeenCalledWith({ show: false });
    expect(window.loadURL).toHaveBeenCalledWith('app://mapwright/index.html');
    expect(window.show).not.toHaveBeenCalled();
    once.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('maximizes before showing when it was maximized last time', () => {
    const { window, once } = fakeWindow();
    openMainWindow(() => window, {
      options: {},
      maximized: true,
      url: 'app://mapwright/index.html',
      onLoadFailed: vi.fn(),
    });
    once.get('ready-to-show')?.();
    expect(window.maximize.mock.invocationCallOrder[0]).toBeLessThan(
      window.show.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('keeps the page from overriding the window title', () => {
    const { window, on } = fakeWindow();
    openMainWindow(() => window, {
      options: {},
      maximized: false,
      url: 'app://mapwright/index.html',
      onLoadFailed: vi.fn(),
    });
    const preventDefault = vi.fn();
    on.get('page-title-updated')?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
  });

  it('shows the window and reports when the page cannot load', async () => {
    const failure = new Error('ERR_CONNECTION_REFUSED');
    const { window } = fakeWindow(Promise.reject(failure));
    const onLoadFailed = vi.fn();
    openMainWindow(() => window, {
      options: {},
      maximized: false,
      url: 'http://localhost:5173/',
      onLoadFailed,
    });
    await vi.waitFor(() => expect(onLoadFailed).toHaveBeenCalledWith(failure));
    expect(window.show).toHaveBeenCalled();
  });
});

describe('app lifecycle', () => {
  function fakeApp(lock: boolean) {
    const listeners = new Map<string, () => void>();
    const app = {
      requestSingleInstanceLock: vi.fn(() => lock),
      on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
      quit: vi.fn(),
    } satisfies LifecycleApp;
    return { app, emit: (event: string) => listeners.get(event)?.() };
  }

  it('lets only one instance run; a second launch focuses the first', () => {
    const first = fakeApp(true);
    const focus = vi.fn();
    expect(claimSingleInstance(first.app, focus)).toBe(true);
    first.emit('second-instance');
    expect(focus).toHaveBeenCalledOnce();
    expect(claimSingleInstance(fakeApp(false).app, focus)).toBe(false);
  });

  it('quits when the last window closes, except on macOS', () => {
    for (const [platform, quits] of [
      ['linux', true],
      ['win32', true],
      ['darwin', false],
    ] as const) {
      const { app, emit } = fakeApp(true);
      followPlatformQuitRules(app, platform, () => 0, vi.fn());
      emit('window-all-closed');
      expect(app.quit).toHaveBeenCalledTimes(quits ? 1 : 0);
    }
  });

  it('reopens a window on activate only when none is open', () => {
    const { app, emit } = fakeApp(true);
    let count = 1;
    const open = vi.fn();
    followPlatformQuitRules(app, 'darwin', () => count, open);
    emit('activate');
    expect(open).not.toHaveBeenCalled();
    count = 0;
    emit('activate');
    expect(open).toHaveBeenCalledOnce();
  });

  it('restores a minimized window before focusing it', () => {
    const window = { isMinimized: () => true, restore: vi.fn(), focus: vi.fn() };
    bringToFront(window);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(() => bringToFront(null)).not.toThrow();
  });
});
