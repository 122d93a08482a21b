/**
 * The native menu as data. Items that act on the document send a menu
 * command to the renderer (which runs it like its own keyboard shortcut);
 * cut/copy/paste run Chromium's native clipboard commands so text fields
 * keep working and the renderer receives ordinary DOM clipboard events.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_SHORTCUTS, type MenuCommand } from '../../shared/ipc/menu-commands';

export interface MenuActions {
  /** Sends the command to the focused window's renderer. */
  command(command: MenuCommand): void;
  cut(): void;
  copy(): void;
  paste(): void;
}

export interface MenuOptions {
  platform: string;
  appName: string;
  /** Reload and developer tools appear only while developing. */
  development: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(
  { platform, appName, development }: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const send = (label: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator: MENU_SHORTCUTS[command] ?? undefined,
    click: () => actions.command(command),
  });
  const about = send(`About ${appName}`, 'help.about');

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      send('New Model', 'file.new'),
      send('Open…', 'file.open'),
      separator,
      send('Save', 'file.save'),
      send('Save As…', 'file.saveAs'),
      send('Export…', 'file.export'),
      separator,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      send('Undo', 'edit.undo'),
      send('Redo', 'edit.redo'),
      separator,
      { label: 'Cut', accelerator: 'CmdOrCtrl+X', click: () => actions.cut() },
      { label: 'Copy', accelerator: 'CmdOrCtrl+C', click: () => actions.copy() },
      { label: 'Paste', accelerator: 'CmdOrCtrl+V', click: () => actions.paste() },
      send('Duplicate', 'edit.duplicate'),
      // Shown but not registered (Windows, Linux): the Delete key must keep working in text fields.
      // macOS registers every accelerator, so there the item has none.
      mac
        ? send('Delete', 'edit.delete')
        : { ...send('Delete', 'edit.delete'), accelerator: 'Delete', registerAccelerator: false },
      separator,
      send('Select All', 'edit.selectAll'),
      separator,
      send('Find…', 'edit.find'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      send('Command Palette…', 'view.commandPalette'),
      separator,
      send('Fit View', 'view.fitView'),
      send('Zoom In', 'view.zoomIn'),
      send('Zoom Out', 'view.zoomOut'),
      send('Reset Zoom', 'view.resetZoom'),
      separator,
      send('Toggle Dark Theme', 'view.toggleTheme'),
      { role: 'togglefullscreen' },
      ...(development ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: 'Help',
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [send('Keyboard Shortcuts', 'help.shortcuts'), ...(mac ? [] : [separator, about])],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    helpMenu,
  ];
}
