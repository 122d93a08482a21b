import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import type { NativeMenu } from '../../../shared/ipc/native-menu';
import { menuHost } from '../../../electron/main/ipc/menu-handlers';
import {
  registerInvokeHandlers,
  type InvokeHandlers,
  type InvokeRegistry,
} from '../../../electron/main/ipc/register-handlers';
import type { SenderEvent, SenderFrame, SenderTrust } from '../../../electron/main/ipc/sender-trust';

interface FakeContents {
  mainFrame: SenderFrame;
}
interface FakeWindow {
  id: number;
}

const APP_URL = 'app://mapwright/index.html';

/** One app window whose main frame shows the app, plus the registry ipcMain would be. */
function setUp() {
  const appFrame: SenderFrame = { url: APP_URL, parent: null, processId: 7, routingId: 1 };
  const contents: FakeContents = { mainFrame: appFrame };
  const window: FakeWindow = { id: 1 };
  const listeners = new Map<
    string,
    (event: SenderEvent<FakeContents>, ...args: unknown[]) => Promise<unknown>
  >();
  const registry: InvokeRegistry<FakeContents> = {
    handle: (channel, listener) => listeners.set(channel, listener),
  };
  const trust: SenderTrust<FakeContents, FakeWindow> = {
    windowOf: (candidate) => (candidate === contents ? window : null),
    mainFrameOf: (candidate) => candidate.mainFrame,
    isAppUrl: (url) => url.startsWith('app://mapwright/'),
  };
  const handlers = {
    'file:open': vi.fn(() => Promise.resolve(null)),
    'file:save': vi.fn(() => Promise.resolve({ name: 'saved.csdm.json' })),
    'app:info': vi.fn(() => ({
      name: 'Mapwright',
      version: '0.1.0',
      platform: 'linux' as const,
      versions: { electron: '45', chrome: '140', node: '22' },
    })),
    'window:set-document-state': vi.fn(() => undefined),
    'menu:set': vi.fn(() => undefined),
  } satisfies InvokeHandlers<FakeWindow>;
  registerInvokeHandlers(registry, handlers, trust);
  const call = (channel: string, event: SenderEvent<FakeContents>, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`${channel} is not registered`);
    return listener(event, ...args);
  };
  const fromApp: SenderEvent<FakeContents> = { sender: contents, senderFrame: appFrame };
  return { call, handlers, listeners, contents, appFrame, window, fromApp };
}

const openRequest = { title: 'Open model', filters: [{ name: 'Model', extensions: ['json'] }] };

describe('IPC handler registration', () => {
  it('registers exactly one handler per contract channel', () => {
    expect([...setUp().listeners.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('runs the handler for the app window with checked arguments', async () => {
    const { call, handlers, fromApp, window } = setUp();
    await expect(call('file:open', fromApp, openRequest)).resolves.toBeNull();
    expect(handlers['file:open']).toHaveBeenCalledWith(window, openRequest);
    await expect(call('app:info', fromApp)).resolves.toMatchObject({ name: 'Mapwright' });
    await expect(
      call('window:set-document-state', fromApp, { title: 'Payments', dirty: true }),
    ).resolves.toBeUndefined();
    expect(handlers['window:set-document-state']).toHaveBeenCalledWith(window, {
      title: 'Payments',
      dirty: true,
    });
  });

  it.each([
    ['no argument', []],
    ['a wrong type', [{ title: 7, filters: [] }]],
    ['a missing field', [{ title: 'Open' }]],
    ['an extra field', [{ ...openRequest, defaultPath: '/home/user/.ssh/id_rsa' }]],
    ['an extra argument', [openRequest, { evil: true }]],
    ['a huge title', [{ title: 'A'.repeat(1_000_000), filters: [] }]],
    ['a prototype trick', [JSON.parse('{"title":"x","filters":[],"__proto__":{"binary":true}}')]],
  ])('rejects %s without calling the handler', async (_case, args) => {
    const { call, handlers, fromApp } = setUp();
    await expect(call('file:open', fromApp, ...args)).rejects.toThrow(
      /^file:open refused: invalid arguments: /,
    );
    expect(handlers['file:open']).not.toHaveBeenCalled();
  });

  it('rejects save requests whose bytes are not bytes', async () => {
    const { call, handlers, fromApp } = setUp();
    const request = { title: 'Save', suggestedName: 'a.json', filters: [], bytes: 'not bytes' };
    await expect(call('file:save', fromApp, request)).rejects.toThrow(/bytes: must be a Uint8Array/);
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });
});

describe('IPC sender check', () => {
  it('rejects a frame that has gone away', async () => {
    const { call, handlers, contents } = setUp();
    await expect(call('app:info', { sender: contents, senderFrame: null })).rejects.toThrow(
      'app:info refused: the sending frame is gone',
    );
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('rejects an iframe inside the app window, even one showing the app URL', async () => {
    const { call, handlers, contents, appFrame } = setUp();
    const iframe: SenderFrame = { url: APP_URL, parent: appFrame, processId: 7, routingId: 2 };
    await expect(call('file:open', { sender: contents, senderFrame: iframe }, openRequest)).rejects.toThrow(
      'only the main frame may call',
    );
    expect(handlers['file:open']).not.toHaveBeenCalled();
  });

  it('rejects a top-level frame that is not the window main frame', async () => {
    const { call, contents } = setUp();
    const stray: SenderFrame = { url: APP_URL, parent: null, processId: 8, routingId: 1 };
    await expect(call('app:info', { sender: contents, senderFrame: stray })).rejects.toThrow(
      'only the main frame may call',
    );
  });

  it('rejects a frame with another routing id in the same process', async () => {
    const { call, contents } = setUp();
    const stray: SenderFrame = { url: APP_URL, parent: null, processId: 7, routingId: 9 };
    await expect(call('app:info', { sender: contents, senderFrame: stray })).rejects.toThrow(
      'only the main frame may call',
    );
  });

  it('rejects web contents that are not a Mapwright window', async () => {
    const { call, handlers } = setUp();
    const frame: SenderFrame = { url: APP_URL, parent: null, processId: 12, routingId: 1 };
    await expect(call('file:save', { sender: { mainFrame: frame }, senderFrame: frame })).rejects.toThrow(
      'the sender is not a Mapwright window',
    );
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it('rejects the app window once it shows a foreign page', async () => {
    const { call, handlers, contents } = setUp();
    contents.mainFrame = { url: 'https://evil.example/', parent: null, processId: 7, routingId: 1 };
    await expect(
      call('file:open', { sender: contents, senderFrame: contents.mainFrame }, openRequest),
    ).rejects.toThrow('the sender is not the app (https://evil.example/)');
    expect(handlers['file:open']).not.toHaveBeenCalled();
  });

  it('recognises the main frame by its ids, not by object identity', async () => {
    const { call, contents, appFrame } = setUp();
    await expect(call('app:info', { sender: contents, senderFrame: { ...appFrame } })).resolves.toMatchObject(
      {
        name: 'Mapwright',
      },
    );
  });

  it('checks the sender before the arguments', async () => {
    const { call, contents } = setUp();
    await expect(call('file:open', { sender: contents, senderFrame: null }, 'garbage')).rejects.toThrow(
      'the sending frame is gone',
    );
  });
});

const MENU: NativeMenu = {
  sections: [
    {
      label: 'Edit',
      items: [
        { type: 'command', id: 'edit.undo', label: 'Undo', shortcut: 'Mod+Z', enabled: true },
        { type: 'separator' },
        {
          type: 'command',
          id: 'edit.delete',
          label: 'Delete from model',
          shortcut: 'Delete',
          enabled: false,
        },
      ],
    },
  ],
};

describe('menu:set', () => {
  it('passes a valid description to the handler', async () => {
    const { call, handlers, fromApp, window } = setUp();
    await expect(call('menu:set', fromApp, MENU)).resolves.toBeUndefined();
    expect(handlers['menu:set']).toHaveBeenCalledWith(window, MENU);
  });

  it.each([
    ['no argument', []],
    [
      'a bad id',
      [
        {
          sections: [
            { label: 'Edit', items: [{ type: 'command', id: 'rm -rf', label: 'Undo', enabled: true }] },
          ],
        },
      ],
    ],
    [
      'a role smuggled in',
      [
        {
          sections: [
            {
              label: 'Edit',
              items: [{ type: 'command', id: 'edit.undo', label: 'Undo', enabled: true, role: 'quit' }],
            },
          ],
        },
      ],
    ],
    [
      'a label with a control character',
      [
        {
          sections: [
            {
              label: 'Edit',
              items: [{ type: 'command', id: 'edit.undo', label: 'Un\u0000do', enabled: true }],
            },
          ],
        },
      ],
    ],
    [
      'too many items',
      [{ sections: [{ label: 'Edit', items: Array.from({ length: 500 }, () => ({ type: 'separator' })) }] }],
    ],
  ])('refuses %s without calling the handler', async (_case, args) => {
    const { call, handlers, fromApp } = setUp();
    await expect(call('menu:set', fromApp, ...args)).rejects.toThrow(
      /^menu:set refused: invalid arguments: /,
    );
    expect(handlers['menu:set']).not.toHaveBeenCalled();
  });

  it('refuses a description from a frame that is not the app', async () => {
    const { call, handlers, contents, appFrame } = setUp();
    const iframe: SenderFrame = { url: APP_URL, parent: appFrame, processId: 7, routingId: 2 };
    await expect(call('menu:set', { sender: contents, senderFrame: iframe }, MENU)).rejects.toThrow(
      'only the main frame may call',
    );
    expect(handlers['menu:set']).not.toHaveBeenCalled();
  });
});

describe('the menu host', () => {
  type Template = MenuItemConstructorOptions[];

  function host() {
    const drawn: Template[] = [];
    const send = vi.fn();
    const window = {
      isDestroyed: () => false,
      webContents: { send, cut: vi.fn(), copy: vi.fn(), paste: vi.fn() },
    };
    const menus = menuHost(
      {
        buildFromTemplate: (template: Template) => template,
        setApplicationMenu: (template: Template) => drawn.push(template),
      },
      { platform: 'linux', appName: 'Mapwright', development: false },
      () => window,
    );
    return { menus, drawn, send };
  }

  const items = (template: Template | undefined): MenuItemConstructorOptions[] =>
    (template ?? []).flatMap((entry) => [entry, ...items(Array.isArray(entry.submenu) ? entry.submenu : [])]);
  const clickLabel = (template: Template | undefined, label: string) => {
    const entry = items(template).find((candidate) => candidate.label === label);
    if (!entry?.click) throw new Error(`no ${label}`);
    (entry.click as () => void)();
  };

  it('draws the system menus before the renderer has described anything', () => {
    const { menus, drawn } = host();
    menus.start();
    expect(drawn).toHaveLength(1);
    expect(drawn[0]?.map((entry) => entry.label)).toEqual(['File', 'Edit', 'View']);
  });

  it('rebuilds for a new description, and not for an equal one', () => {
    const { menus, drawn } = host();
    menus.start();
    expect(menus.set(MENU)).toBeUndefined();
    expect(drawn).toHaveLength(2);
    expect(items(drawn[1]).some((entry) => entry.label === 'Undo')).toBe(true);
    menus.set(structuredClone(MENU));
    expect(drawn).toHaveLength(2);
    const disabled = structuredClone(MENU);
    const undo = disabled.sections[0]!.items[0]!;
    if (undo.type === 'command') undo.enabled = false;
    menus.set(disabled);
    expect(drawn).toHaveLength(3);
    expect(items(drawn[2]).find((entry) => entry.label === 'Undo')?.enabled).toBe(false);
  });

  it('sends the ids of the last description only', () => {
    const { menus, drawn, send } = host();
    menus.start();
    menus.set(MENU);
    const withUndo = drawn.at(-1);
    clickLabel(withUndo, 'Undo');
    expect(send).toHaveBeenCalledExactlyOnceWith('menu:command', 'edit.undo');
    // A newer description without Undo: a click that still reaches the old menu item is not sent.
    menus.set({
      sections: [
        { label: 'Edit', items: [{ type: 'command', id: 'edit.find', label: 'Find…', enabled: true }] },
      ],
    });
    clickLabel(withUndo, 'Undo');
    clickLabel(drawn.at(-1), 'Find…');
    expect(send.mock.calls).toEqual([
      ['menu:command', 'edit.undo'],
      ['menu:command', 'edit.find'],
    ]);
  });

  it('sends the ids of submenu items (File › Open recent), and only while they are offered', () => {
    const { menus, drawn, send } = host();
    const withRecent = (label: string, id: string): typeof MENU => ({
      sections: [
        {
          label: 'File',
          items: [
            {
              type: 'submenu',
              label: 'Open recent',
              enabled: true,
              items: [{ type: 'command', id, label, enabled: true }],
            },
          ],
        },
      ],
    });
    menus.set(withRecent('Payroll', 'file.openRecent.abcdefg'));
    const first = drawn.at(-1);
    clickLabel(first, 'Payroll');
    expect(send).toHaveBeenCalledExactlyOnceWith('menu:command', 'file.openRecent.abcdefg');
    // Payroll left the list: its old item sends nothing.
    menus.set(withRecent('Claims', 'file.openRecent.hijklmn'));
    clickLabel(first, 'Payroll');
    clickLabel(drawn.at(-1), 'Claims');
    expect(send.mock.calls.map(([, id]) => id)).toEqual([
      'file.openRecent.abcdefg',
      'file.openRecent.hijklmn',
    ]);
  });
});
