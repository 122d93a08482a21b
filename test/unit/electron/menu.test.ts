import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/menu-commands';
import { menuActions, type CommandTarget } from '../../../electron/main/menu-dispatch';
import { menuTemplate, type MenuActions } from '../../../electron/main/menu-template';

function build(platform: string, development = false) {
  const actions = {
    command: vi.fn<(command: MenuCommand) => void>(),
    cut: vi.fn(),
    copy: vi.fn(),
    paste: vi.fn(),
  } satisfies MenuActions;
  return { template: menuTemplate({ platform, appName: 'Mapwright', development }, actions), actions };
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

function click(entry: MenuItemConstructorOptions): void {
  if (!entry.click) throw new Error(`${entry.label ?? entry.role} has no click`);
  (entry.click as () => void)();
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((entry) => [entry, ...allItems(submenu(entry))]);
}

describe('menu template', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux']) {
      expect(build(platform).template.map((entry) => entry.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    }
  });

  it('adds the app menu first and the Window menu on macOS', () => {
    const { template } = build('darwin');
    expect(template.map((entry) => entry.label ?? entry.role)).toEqual([
      'Mapwright',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    const appMenu = menu(template, 'Mapwright');
    expect(appMenu.map((entry) => entry.role).filter(Boolean)).toEqual([
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(appMenu[0]?.label).toBe('About Mapwright');
  });

  it.each([
    ['File', 'New Model', 'CmdOrCtrl+N', 'file.new'],
    ['File', 'Open…', 'CmdOrCtrl+O', 'file.open'],
    ['File', 'Save', 'CmdOrCtrl+S', 'file.save'],
    ['File', 'Save As…', 'Shift+CmdOrCtrl+S', 'file.saveAs'],
    ['File', 'Export…', 'CmdOrCtrl+E', 'file.export'],
    ['Edit', 'Undo', 'CmdOrCtrl+Z', 'edit.undo'],
    ['Edit', 'Redo', 'Shift+CmdOrCtrl+Z', 'edit.redo'],
    ['Edit', 'Duplicate', 'CmdOrCtrl+D', 'edit.duplicate'],
    ['Edit', 'Select All', 'CmdOrCtrl+A', 'edit.selectAll'],
    ['Edit', 'Find…', 'CmdOrCtrl+F', 'edit.find'],
    ['View', 'Command Palette…', 'CmdOrCtrl+K', 'view.commandPalette'],
    ['View', 'Fit View', 'CmdOrCtrl+1', 'view.fitView'],
    ['View', 'Zoom In', 'CmdOrCtrl+=', 'view.zoomIn'],
    ['View', 'Zoom Out', 'CmdOrCtrl+-', 'view.zoomOut'],
    ['View', 'Reset Zoom', 'CmdOrCtrl+0', 'view.resetZoom'],
    ['Help', 'Keyboard Shortcuts', 'CmdOrCtrl+/', 'help.shortcuts'],
  ] as const)('%s > %s has %s and sends %s', (menuLabel, label, accelerator, command) => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      const { template, actions } = build(platform);
      const entry = item(template, menuLabel, label);
      expect(entry.accelerator).toBe(accelerator);
      click(entry);
      expect(actions.command).toHaveBeenCalledExactlyOnceWith(command);
    }
  });

  it('runs native cut, copy and paste so text fields keep working', () => {
    const { template, actions } = build('linux');
    expect(item(template, 'Edit', 'Cut').accelerator).toBe('CmdOrCtrl+X');
    expect(item(template, 'Edit', 'Copy').accelerator).toBe('CmdOrCtrl+C');
    expect(item(template, 'Edit', 'Paste').accelerator).toBe('CmdOrCtrl+V');
    click(item(template, 'Edit', 'Cut'));
    click(item(template, 'Edit', 'Copy'));
    click(item(template, 'Edit', 'Paste'));
    expect(actions.cut).toHaveBeenCalledOnce();
    expect(actions.copy).toHaveBeenCalledOnce();
    expect(actions.paste).toHaveBeenCalledOnce();
    expect(actions.command).not.toHaveBeenCalled();
  });

  it('never takes the bare Delete key away from text fields', () => {
    const linuxDelete = item(build('linux').template, 'Edit', 'Delete');
    expect(linuxDelete).toMatchObject({ accelerator: 'Delete', registerAccelerator: false });
    const macDelete = item(build('darwin').template, 'Edit', 'Delete');
    expect(macDelete.accelerator).toBeUndefined();
    const { template, actions } = build('win32');
    click(item(template, 'Edit', 'Delete'));
    expect(actions.command).toHaveBeenCalledWith('edit.delete');
  });

  it('puts About in Help on Windows and Linux, and Quit in File', () => {
    const { template, actions } = build('win32');
    click(item(template, 'Help', 'About Mapwright'));
    expect(actions.command).toHaveBeenCalledWith('help.about');
    expect(menu(template, 'File').at(-1)?.role).toBe('quit');
    expect(menu(build('darwin').template, 'File').at(-1)?.role).toBe('close');
    expect(menu(build('darwin').template, 'Help').some((entry) => entry.label === 'About Mapwright')).toBe(
      false,
    );
  });

  it('offers full screen always, reload and developer tools only while developing', () => {
    const roles = (development: boolean) =>
      menu(build('linux', development).template, 'View').map((entry) => entry.role);
    expect(roles(false)).toContain('togglefullscreen');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['togglefullscreen', 'reload', 'toggleDevTools']));
  });

  it('reaches every menu command, and assigns no accelerator twice', () => {
    for (const platform of ['darwin', 'linux']) {
      const { template, actions } = build(platform);
      const entries = allItems(template);
      for (const entry of entries) if (entry.click) click(entry);
      const sent = new Set(actions.command.mock.calls.map(([command]) => command));
      expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
      const accelerators = entries.flatMap((entry) =>
        typeof entry.accelerator === 'string' ? [entry.accelerator] : [],
      );
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
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

  it('sends menu:command to the target window', () => {
    const window = target();
    const actions = menuActions(() => window);
    actions.command('edit.undo');
    expect(window.webContents.send).toHaveBeenCalledWith('menu:command', 'edit.undo');
    actions.paste();
    expect(window.webContents.paste).toHaveBeenCalledOnce();
  });

  it('drops the action when no window is open or it is already destroyed', () => {
    expect(() => menuActions(() => null).command('file.open')).not.toThrow();
    const window = target();
    window.destroyed = true;
    menuActions(() => window).copy();
    menuActions(() => window).command('file.save');
    expect(window.webContents.copy).not.toHaveBeenCalled();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});
