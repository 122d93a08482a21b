/**
 * Commands the native menu sends to the renderer. The renderer runs them
 * exactly as it runs its own keyboard shortcuts, so one list serves both.
 *
 * Cut, copy and paste are not here on purpose: the menu runs Chromium's own
 * clipboard commands, so text fields behave natively and the renderer gets
 * ordinary DOM `cut` / `copy` / `paste` events elsewhere (the same events the
 * browser build gets from the keyboard).
 */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.export',
  'edit.undo',
  'edit.redo',
  'edit.duplicate',
  'edit.delete',
  'edit.selectAll',
  'edit.find',
  'view.commandPalette',
  'view.fitView',
  'view.zoomIn',
  'view.zoomOut',
  'view.resetZoom',
  'view.toggleTheme',
  'help.shortcuts',
  'help.about',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

const known: ReadonlySet<string> = new Set(MENU_COMMANDS);

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && known.has(value);
}

/**
 * Key bindings in Electron accelerator syntax ("CmdOrCtrl" is Cmd on macOS,
 * Ctrl elsewhere). The menu shows them; the renderer can read the same table
 * for its own key handling and the shortcuts sheet. Null: no binding, because
 * a bare key (Delete) must stay with text fields.
 */
export const MENU_SHORTCUTS: Readonly<Record<MenuCommand, string | null>> = {
  'file.new': 'CmdOrCtrl+N',
  'file.open': 'CmdOrCtrl+O',
  'file.save': 'CmdOrCtrl+S',
  'file.saveAs': 'Shift+CmdOrCtrl+S',
  'file.export': 'CmdOrCtrl+E',
  'edit.undo': 'CmdOrCtrl+Z',
  'edit.redo': 'Shift+CmdOrCtrl+Z',
  'edit.duplicate': 'CmdOrCtrl+D',
  'edit.delete': null,
  'edit.selectAll': 'CmdOrCtrl+A',
  'edit.find': 'CmdOrCtrl+F',
  'view.commandPalette': 'CmdOrCtrl+K',
  'view.fitView': 'CmdOrCtrl+1',
  'view.zoomIn': 'CmdOrCtrl+=',
  'view.zoomOut': 'CmdOrCtrl+-',
  'view.resetZoom': 'CmdOrCtrl+0',
  'view.toggleTheme': null,
  'help.shortcuts': 'CmdOrCtrl+/',
  'help.about': null,
};
