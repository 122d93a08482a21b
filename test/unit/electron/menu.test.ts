import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_NATIVE_MENU, type NativeMenu, type NativeMenuLeaf } from '../../../shared/ipc/native-menu';
import { menuActions, type CommandTarget } from '../../../electron/main/menu-dispatch';
import { menuTemplate, type MenuActions } from '../../../electron/main/menu-template';

/** A description as the renderer sends it (see renderer/src/menubar/menuModel.ts). */
const SAMPLE: NativeMenu = {
  sections: [
    {
      label: 'File',
      items: [
        { type: 'command', id: 'file.new', label: 'New model', shortcut: 'Mod+N', enabled: true },
        { type: 'command', id: 'file.open', label: 'Open model…', shortcut: 'Mod+O', enabled: true },
        { type: 'separator' },
        { type: 'command', id: 'file.exportModel', label: 'Export model to a file…', enabled: false },
      ],
    },
    {
      label: 'Edit',
      items: [
        { type: 'command', id: 'edit.undo', label: 'Undo', shortcut: 'Mod+Z', enabled: false },
        { type: 'command', id: 'edit.redo', label: 'Redo', shortcut: 'Mod+Shift+Z', enabled: true },
        { type: 'command', id: 'edit.duplicate', label: 'Duplicate', shortcut: 'Mod+D', enabled: true },
        { type: 'separator' },
        { type: 'command', id: 'edit.delete', label: 'Delete from model', shortcut: 'Delete', enabled: true },
        { type: 'command', id: 'edit.rename', label: 'Rename', shortcut: 'F2', enabled: true },
        { type: 'command', id: 'edit.linkTo', label: 'Link to…', shortcut: 'L', enabled: true },
      ],
    },
    {
      label: 'View',
      items: [
        { type: 'command', id: 'view.zoomIn', label: 'Zoom in', shortcut: 'Mod+=', enabled: true },
        { type: 'separator' },
        {
          type: 'command',
          id: 'view.toggleSnap',
          label: 'Snap to grid',
          shortcut: "Mod+'",
          enabled: true,
          checked: false,
        },
      ],
    },
    {
      label: 'Arrange',
      items: [
        {
          type: 'command',
          id: 'arrange.autoLayoutView',
          label: 'Auto-layout view',
          shortcut: 'Mod+Shift+L',
          enabled: true,
        },
        { type: 'separator' },
        {
          type: 'command',
          id: 'arrange.alignLeft',
          label: 'Align left',
          shortcut: 'Alt+Shift+L',
          enabled: false,
        },
      ],
    },
    {
      label: 'Help',
      items: [
        { type: 'command', id: 'help.shortcuts', label: 'Keyboard shortcuts', shortcut: '?', enabled: true },
        { type: 'separator' },
        { type: 'command', id: 'help.about', label: 'About Mapwright', enabled: true },
      ],
    },
  ],
};

const PLATFORMS = ['darwin', 'win32', 'linux'] as const;

function build(platform: string, description: NativeMenu = SAMPLE, development = false) {
  const actions = {
    command: vi.fn<(id: string) => void>(),
    cut: vi.fn(),
    copy: vi.fn(),
    paste: vi.fn(),
  } satisfies MenuActions;
  return {
    template: menuTemplate({ platform, appName: 'Mapwright', development }, description, actions),
    actions,
  };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

function menu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = template.find((item) => item.label === label);
  if (!found) throw new Error(`no ${label} menu`);
  return submenu(found);
}

function item(
  template: MenuItemConstructorOptions[],
  menuLabel: string,
  label: string,
): MenuItemConstructorOptions {
  const found = menu(template, menuLabel).find((entry) => entry.label === label);
  if (!found) throw new Error(`no ${menuLabel} > ${label}`);
  return found;
}

/** Labels, "-" for separators, the role for system items. */
function outline(entries: MenuItemConstructorOptions[]): string[] {
  return entries.map((entry) => (entry.type === 'separator' ? '-' : (entry.label ?? `role:${entry.role}`)));
}

/** A click with the mouse, or (byKey) the menu acting on a key equivalent as Electron reports it. */
function click(entry: MenuItemConstructorOptions, byKey = false): void {
  if (!entry.click) throw new Error(`${entry.label ?? entry.role} has no click`);
  (entry.click as (item: unknown, window: unknown, event: { triggeredByAccelerator: boolean }) => void)(
    undefined,
    undefined,
    { triggeredByAccelerator: byKey },
  );
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((entry) => [entry, ...allItems(submenu(entry))]);
}

describe('menu template from the renderer description', () => {
  it('has the described sections in order on Windows and Linux', () => {
    for (const platform of ['win32', 'linux']) {
      expect(build(platform).template.map((entry) => entry.label)).toEqual([
        'File',
        'Edit',
        'View',
        'Arrange',
        'Help',
      ]);
    }
  });

  it('adds the app menu first and the Window menu before Help on macOS', () => {
    const { template, actions } = build('darwin');
    expect(template.map((entry) => entry.label ?? entry.role)).toEqual([
      'Mapwright',
      'File',
      'Edit',
      'View',
      'Arrange',
      'windowMenu',
      'Help',
    ]);
    const appMenu = menu(template, 'Mapwright');
    expect(outline(appMenu)).toEqual([
      'About Mapwright',
      '-',
      'role:services',
      '-',
      'role:hide',
      'role:hideOthers',
      'role:unhide',
      '-',
      'role:quit',
    ]);
    click(appMenu[0]!);
    expect(actions.command).toHaveBeenCalledExactlyOnceWith('help.about');
    expect(template.find((entry) => entry.label === 'Help')?.role).toBe('help');
    // About lives in the app menu on macOS, and Help loses the separator that led to it.
    expect(outline(menu(template, 'Help'))).toEqual(['Keyboard shortcuts']);
  });

  it('keeps About in Help on Windows and Linux, and ends File with Quit (Close on macOS)', () => {
    const { template, actions } = build('win32');
    expect(outline(menu(template, 'Help'))).toEqual(['Keyboard shortcuts', '-', 'About Mapwright']);
    click(item(template, 'Help', 'About Mapwright'));
    expect(actions.command).toHaveBeenCalledWith('help.about');
    expect(outline(menu(template, 'File'))).toEqual([
      'New model',
      'Open model…',
      '-',
      'Export model to a file…',
      '-',
      'role:quit',
    ]);
    expect(menu(build('darwin').template, 'File').at(-1)?.role).toBe('close');
  });

  it('puts native Cut, Copy and Paste after Redo, with registered accelerators', () => {
    for (const platform of PLATFORMS) {
      const { template, actions } = build(platform);
      expect(outline(menu(template, 'Edit'))).toEqual([
        'Undo',
        'Redo',
        '-',
        'Cut',
        'Copy',
        'Paste',
        '-',
        'Duplicate',
        '-',
        'Delete from model',
        'Rename',
        'Link to…',
      ]);
      for (const [label, accelerator] of [
        ['Cut', 'CmdOrCtrl+X'],
        ['Copy', 'CmdOrCtrl+C'],
        ['Paste', 'CmdOrCtrl+V'],
      ] as const) {
        const entry = item(template, 'Edit', label);
        expect(entry.accelerator).toBe(accelerator);
        expect(entry.registerAccelerator).toBeUndefined();
      }
      click(item(template, 'Edit', 'Cut'));
      click(item(template, 'Edit', 'Copy'));
      click(item(template, 'Edit', 'Paste'));
      expect(actions.cut).toHaveBeenCalledOnce();
      expect(actions.copy).toHaveBeenCalledOnce();
      expect(actions.paste).toHaveBeenCalledOnce();
      expect(actions.command).not.toHaveBeenCalled();
    }
  });

  it('puts Cut, Copy and Paste at the top of Edit when there is no Redo', () => {
    const description: NativeMenu = {
      sections: [
        {
          label: 'Edit',
          items: [{ type: 'command', id: 'edit.find', label: 'Find…', shortcut: 'Mod+F', enabled: true }],
        },
      ],
    };
    expect(outline(menu(build('linux', description).template, 'Edit'))).toEqual([
      'Cut',
      'Copy',
      'Paste',
      '-',
      'Find…',
    ]);
  });

  it('on macOS sends no command for a key the page left alone (Cmd+D while typing), except text editing', () => {
    const { template, actions } = build('darwin');
    click(item(template, 'Edit', 'Duplicate'), true);
    click(item(template, 'File', 'Open model…'), true);
    expect(actions.command).not.toHaveBeenCalled();
    // Undo and Redo by key reach the renderer, which applies them to the focused text field.
    click(item(template, 'Edit', 'Redo'), true);
    expect(actions.command).toHaveBeenCalledExactlyOnceWith('edit.redo');
    // Picked with the mouse, Duplicate runs as ever.
    click(item(template, 'Edit', 'Duplicate'));
    expect(actions.command).toHaveBeenLastCalledWith('edit.duplicate');
  });

  it('elsewhere sends every command, by key or by mouse (accelerators are not registered there)', () => {
    for (const platform of ['win32', 'linux']) {
      const { template, actions } = build(platform);
      click(item(template, 'Edit', 'Duplicate'), true);
      expect(actions.command).toHaveBeenCalledExactlyOnceWith('edit.duplicate');
    }
  });

  it('copies label, enabled state and check mark, and sends the id when clicked', () => {
    for (const platform of PLATFORMS) {
      const { template, actions } = build(platform);
      const undo = item(template, 'Edit', 'Undo');
      expect(undo).toMatchObject({ enabled: false, type: 'normal' });
      expect(undo).not.toHaveProperty('checked');
      expect(item(template, 'Edit', 'Redo')).toMatchObject({ enabled: true, type: 'normal' });
      expect(item(template, 'View', 'Snap to grid')).toMatchObject({
        type: 'checkbox',
        checked: false,
        enabled: true,
      });
      click(item(template, 'Arrange', 'Auto-layout view'));
      expect(actions.command).toHaveBeenCalledExactlyOnceWith('arrange.autoLayoutView');
    }
    const checked: NativeMenu = {
      sections: [
        {
          label: 'View',
          items: [
            { type: 'command', id: 'view.toggleSnap', label: 'Snap to grid', enabled: true, checked: true },
          ],
        },
      ],
    };
    expect(item(build('linux', checked).template, 'View', 'Snap to grid')).toMatchObject({
      type: 'checkbox',
      checked: true,
    });
  });

  it('shows every accelerator on Windows and Linux without registering any command’s', () => {
    for (const platform of ['win32', 'linux']) {
      const { template } = build(platform);
      const expected: [string, string, string][] = [
        ['File', 'New model', 'CmdOrCtrl+N'],
        ['Edit', 'Redo', 'CmdOrCtrl+Shift+Z'],
        ['Edit', 'Delete from model', 'Delete'],
        ['Edit', 'Rename', 'F2'],
        ['Edit', 'Link to…', 'L'],
        ['View', 'Zoom in', 'CmdOrCtrl+='],
        ['View', 'Snap to grid', "CmdOrCtrl+'"],
        ['Arrange', 'Align left', 'Alt+Shift+L'],
        ['Help', 'Keyboard shortcuts', '?'],
      ];
      for (const [menuLabel, label, accelerator] of expected) {
        expect(item(template, menuLabel, label)).toMatchObject({ accelerator, registerAccelerator: false });
      }
      expect(item(template, 'File', 'Export model to a file…').accelerator).toBeUndefined();
      // Every command item: the renderer's keydown handler runs the shortcut, the menu only shows it.
      for (const entry of allItems(template)) {
        if (entry.accelerator !== undefined && !['Cut', 'Copy', 'Paste'].includes(entry.label ?? '')) {
          expect(entry.registerAccelerator, entry.label).toBe(false);
        }
      }
    }
  });

  it('shows no bare-key accelerators on macOS, which would register them', () => {
    const { template } = build('darwin');
    expect(item(template, 'Edit', 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(item(template, 'Arrange', 'Align left').accelerator).toBe('Alt+Shift+L');
    expect(item(template, 'View', 'Zoom in').accelerator).toBe('CmdOrCtrl+=');
    for (const [menuLabel, label] of [
      ['Edit', 'Delete from model'],
      ['Edit', 'Rename'],
      ['Edit', 'Link to…'],
      ['Help', 'Keyboard shortcuts'],
    ] as const) {
      expect(item(template, menuLabel, label).accelerator, label).toBeUndefined();
    }
    for (const entry of allItems(template)) {
      if (typeof entry.accelerator === 'string')
        expect(entry.accelerator, entry.label).toMatch(/(CmdOrCtrl|Alt)\+/);
    }
  });

  it('escapes & in labels on Windows and Linux, where it marks a mnemonic', () => {
    const description: NativeMenu = {
      sections: [
        {
          label: 'File',
          items: [{ type: 'command', id: 'file.saveClose', label: 'Save & close', enabled: true }],
        },
      ],
    };
    expect(menu(build('win32', description).template, 'File')[0]?.label).toBe('Save && close');
    expect(menu(build('darwin', description).template, 'File')[0]?.label).toBe('Save & close');
  });

  it('offers full screen always, reload and developer tools only while developing', () => {
    const roles = (development: boolean) =>
      menu(build('linux', SAMPLE, development).template, 'View').map((entry) => entry.role);
    expect(roles(false)).toContain('togglefullscreen');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['togglefullscreen', 'reload', 'toggleDevTools']));
    expect(outline(menu(build('linux').template, 'View'))).toEqual([
      'Zoom in',
      '-',
      'Snap to grid',
      '-',
      'role:togglefullscreen',
    ]);
  });

  it('never leads, trails or doubles a separator', () => {
    const sloppy: NativeMenu = {
      sections: [
        { label: 'Arrange', items: [{ type: 'separator' }, { type: 'separator' }] },
        {
          label: 'Edit',
          items: [
            { type: 'separator' },
            { type: 'command', id: 'edit.redo', label: 'Redo', enabled: true },
            { type: 'separator' },
            { type: 'separator' },
            { type: 'command', id: 'edit.find', label: 'Find…', enabled: true },
            { type: 'separator' },
          ],
        },
      ],
    };
    for (const platform of PLATFORMS) {
      const { template } = build(platform, sloppy);
      expect(
        template.some((entry) => entry.label === 'Arrange'),
        'an empty menu is left out',
      ).toBe(false);
      for (const entry of template) {
        const entries = submenu(entry);
        const kinds = entries.map((child) => child.type === 'separator');
        expect(kinds[0], entry.label).not.toBe(true);
        expect(kinds.at(-1), entry.label).not.toBe(true);
        expect(kinds.some((isSeparator, index) => isSeparator && kinds[index + 1])).toBe(false);
      }
    }
  });

  it('sends every described command once, and assigns no accelerator twice', () => {
    for (const platform of PLATFORMS) {
      const { template, actions } = build(platform);
      const entries = allItems(template);
      for (const entry of entries) if (entry.click) click(entry);
      const sent = actions.command.mock.calls.map(([id]) => id);
      const described = SAMPLE.sections.flatMap((section) =>
        section.items.flatMap((entry) => (entry.type === 'command' ? [entry.id] : [])),
      );
      expect([...sent].sort()).toEqual([...described].sort());
      const accelerators = entries.flatMap((entry) =>
        typeof entry.accelerator === 'string' ? [entry.accelerator] : [],
      );
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('shows the system menus only before the renderer has described anything', () => {
    const linux = build('linux', EMPTY_NATIVE_MENU);
    expect(linux.template.map((entry) => entry.label)).toEqual(['File', 'Edit', 'View']);
    expect(outline(menu(linux.template, 'File'))).toEqual(['role:quit']);
    expect(outline(menu(linux.template, 'Edit'))).toEqual(['Cut', 'Copy', 'Paste']);
    expect(outline(menu(linux.template, 'View'))).toEqual(['role:togglefullscreen']);
    const mac = build('darwin', EMPTY_NATIVE_MENU, true);
    expect(mac.template.map((entry) => entry.label ?? entry.role)).toEqual([
      'Mapwright',
      'File',
      'Edit',
      'View',
      'windowMenu',
    ]);
    expect(outline(menu(mac.template, 'Mapwright'))[0]).toBe('role:services');
    expect(outline(menu(mac.template, 'View'))).toEqual([
      'role:togglefullscreen',
      '-',
      'role:reload',
      'role:toggleDevTools',
    ]);
    for (const { actions } of [linux, mac]) expect(actions.command).not.toHaveBeenCalled();
  });

  it('keeps the system menus in their usual place when the description leaves them out', () => {
    const description: NativeMenu = {
      sections: [
        {
          label: 'Arrange',
          items: [{ type: 'command', id: 'arrange.alignLeft', label: 'Align left', enabled: true }],
        },
        {
          label: 'Help',
          items: [{ type: 'command', id: 'help.shortcuts', label: 'Keyboard shortcuts', enabled: true }],
        },
      ],
    };
    expect(build('linux', description).template.map((entry) => entry.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Arrange',
      'Help',
    ]);
  });
});

describe('submenus in the description (File › Open recent)', () => {
  const recent = (items: NativeMenuLeaf[], enabled = true): NativeMenu => ({
    sections: [
      {
        label: 'File',
        items: [
          { type: 'command', id: 'file.open', label: 'Open model…', shortcut: 'Mod+O', enabled: true },
          { type: 'submenu', label: 'Open recent', enabled, items },
          { type: 'command', id: 'file.library', label: 'Model library', enabled: true },
        ],
      },
    ],
  });
  const MODELS: NativeMenuLeaf[] = [
    { type: 'command', id: 'file.openRecent.abcdefg', label: 'Payroll & Claims', enabled: true },
    { type: 'command', id: 'file.openRecent.hijklmn', label: '<b>markup</b>', enabled: true },
    { type: 'separator' },
    { type: 'command', id: 'file.clearRecent', label: 'Clear recently opened', enabled: true },
  ];

  it('draws a submenu in its place, its items with their labels, sending their ids when clicked', () => {
    for (const platform of PLATFORMS) {
      const { template, actions } = build(platform, recent(MODELS));
      const file = menu(template, 'File');
      expect(outline(file).slice(0, 3)).toEqual(['Open model…', 'Open recent', 'Model library']);
      const entry = file[1]!;
      expect(entry).toMatchObject({ label: 'Open recent', enabled: true });
      expect(entry.type === undefined || entry.type === 'submenu').toBe(true);
      expect(entry.click).toBeUndefined();
      const ampersand = platform === 'darwin' ? 'Payroll & Claims' : 'Payroll && Claims';
      expect(outline(submenu(entry))).toEqual([ampersand, '<b>markup</b>', '-', 'Clear recently opened']);
      for (const child of submenu(entry)) if (child.click) click(child);
      expect(actions.command.mock.calls.map(([id]) => id)).toEqual([
        'file.openRecent.abcdefg',
        'file.openRecent.hijklmn',
        'file.clearRecent',
      ]);
      // Names are not shortcuts: nothing in the submenu has an accelerator.
      expect(submenu(entry).some((child) => child.accelerator !== undefined)).toBe(false);
    }
  });

  it('copies the enabled states, and greys out a submenu with nothing in it', () => {
    const { template } = build('linux', recent([{ ...MODELS[3]!, enabled: false } as NativeMenuLeaf], false));
    const entry = item(template, 'File', 'Open recent');
    expect(entry.enabled).toBe(false);
    expect(submenu(entry)[0]).toMatchObject({ label: 'Clear recently opened', enabled: false });
    for (const items of [[], [{ type: 'separator' }, { type: 'separator' }]] as NativeMenuLeaf[][]) {
      const empty = item(build('win32', recent(items)).template, 'File', 'Open recent');
      expect(empty.enabled).toBe(false);
      expect(submenu(empty)).toEqual([]);
    }
  });

  it('never leads, trails or doubles a separator inside a submenu', () => {
    const sloppy: NativeMenuLeaf[] = [
      { type: 'separator' },
      MODELS[0]!,
      { type: 'separator' },
      { type: 'separator' },
    ];
    expect(outline(submenu(item(build('linux', recent(sloppy)).template, 'File', 'Open recent')))).toEqual([
      'Payroll && Claims',
    ]);
  });
});

describe('menu dispatch', () => {
  function target() {
    const webContents = { send: vi.fn(), cut: vi.fn(), copy: vi.fn(), paste: vi.fn() };
    const window: CommandTarget & { destroyed: boolean } = {
      destroyed: false,
      isDestroyed: () => window.destroyed,
      webContents,
    };
    return window;
  }
  const known = (id: string) => id === 'edit.undo' || id === 'file.save';

  it('sends menu:command with a known id to the target window', () => {
    const window = target();
    const actions = menuActions(() => window, known);
    actions.command('edit.undo');
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', 'edit.undo');
    actions.paste();
    expect(window.webContents.paste).toHaveBeenCalledOnce();
  });

  it('never sends an id the last menu did not offer', () => {
    const window = target();
    menuActions(() => window, known).command('shell.openExternal');
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('drops the action when no window is open or it is already destroyed', () => {
    expect(() => menuActions(() => null, known).command('file.save')).not.toThrow();
    const window = target();
    window.destroyed = true;
    menuActions(() => window, known).copy();
    menuActions(() => window, known).command('file.save');
    expect(window.webContents.copy).not.toHaveBeenCalled();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});
