/**
 * The native menu, drawn from the renderer's description (shared/ipc/native-menu.ts).
 * The renderer owns every command: its label, shortcut, enabled and checked
 * state. This module only adds what belongs to the system: the macOS app and
 * Window menus, native Cut/Copy/Paste, close or quit, full screen and the
 * developer items.
 *
 * Shortcuts: the renderer's keydown handler runs every shortcut, so the menu
 * must never run one a second time. On Windows and Linux each command's
 * accelerator is shown but not registered. macOS always registers menu key
 * equivalents, but the focused page sees the key first and the menu acts only
 * on keys the page left unhandled (the renderer prevents the default of every
 * shortcut it runs); bare keys (Delete, L, ?) are left off there, so text
 * fields always keep them, and a key the page left alone sends only the
 * text-editing commands (so Cmd+D typed in a field duplicates nothing).
 */
import type { MenuItemConstructorOptions } from 'electron';
import {
  hasModifier,
  toAccelerator,
  type NativeMenu,
  type NativeMenuCommand,
  type NativeMenuEntry,
  type NativeMenuSection,
  type NativeMenuSubmenu,
} from '../../shared/ipc/native-menu';
import { TEXT_EDIT_COMMANDS } from '../../shared/ipc/menu-commands';

export interface MenuActions {
  /** Sends the command id to the focused window's renderer. */
  command(id: string): void;
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

type SectionLabel = NativeMenuSection['label'];

/** The usual order of the menus; a system menu the description leaves out goes in its usual place. */
const SECTION_ORDER: readonly SectionLabel[] = ['File', 'Edit', 'View', 'Arrange', 'Help'];
/** Menus that exist even before the renderer has described anything (they carry system items). */
const ALWAYS_SHOWN: readonly SectionLabel[] = ['File', 'Edit', 'View'];
const ABOUT = 'help.about';
const REDO = 'edit.redo';

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate(
  { platform, appName, development }: MenuOptions,
  menu: NativeMenu,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';

  // Windows and Linux read "&" as a mnemonic marker; "&&" shows the character.
  const labelOf = (label: string) => (mac ? label : label.replaceAll('&', '&&'));
  const command = (item: NativeMenuCommand): MenuItemConstructorOptions => {
    const accelerator = item.shortcut === undefined ? undefined : toAccelerator(item.shortcut);
    const shown = accelerator !== undefined && (!mac || hasModifier(item.shortcut ?? ''));
    return {
      label: labelOf(item.label),
      enabled: item.enabled,
      type: item.checked === undefined ? 'normal' : 'checkbox',
      ...(item.checked === undefined ? {} : { checked: item.checked }),
      ...(shown ? (mac ? { accelerator } : { accelerator, registerAccelerator: false }) : {}),
      click: (_menuItem, _window, event) => {
        // On macOS a key equivalent reaches the menu only when the page left the key alone: the focus was
        // in a text field (Cmd+D while typing a name) or a dialog was open. Sending it would run on the
        // canvas what the page declined; only the text-editing commands go on, for the focused field.
        if (mac && event.triggeredByAccelerator === true && !Object.hasOwn(TEXT_EDIT_COMMANDS, item.id))
          return;
        actions.command(item.id);
      },
    };
  };
  const submenu = (item: NativeMenuSubmenu): MenuItemConstructorOptions => {
    const items = tidy(entries(item.items));
    // An empty submenu would open onto nothing: it is shown, greyed out, so the menu keeps its shape.
    return { label: labelOf(item.label), enabled: item.enabled && items.length > 0, submenu: items };
  };
  const entries = (items: readonly NativeMenuEntry[]): MenuItemConstructorOptions[] =>
    items.map((item) =>
      item.type === 'separator' ? separator : item.type === 'submenu' ? submenu(item) : command(item),
    );

  const clipboard: MenuItemConstructorOptions[] = [
    // Registered on purpose: Chromium's own clipboard commands, so text fields work and the page gets DOM clipboard events.
    { label: 'Cut', accelerator: 'CmdOrCtrl+X', click: () => actions.cut() },
    { label: 'Copy', accelerator: 'CmdOrCtrl+C', click: () => actions.copy() },
    { label: 'Paste', accelerator: 'CmdOrCtrl+V', click: () => actions.paste() },
  ];

  const about = menu.sections
    .find((section) => section.label === 'Help')
    ?.items.find((item): item is NativeMenuCommand => item.type === 'command' && item.id === ABOUT);

  const submenuOf = (section: NativeMenuSection): MenuItemConstructorOptions[] => {
    // On macOS About lives in the app menu.
    const items = mac
      ? section.items.filter((item) => !(item.type === 'command' && item.id === ABOUT))
      : section.items;
    switch (section.label) {
      case 'File':
        return [...entries(items), separator, mac ? { role: 'close' } : { role: 'quit' }];
      case 'Edit': {
        const redo = items.findIndex((item) => item.type === 'command' && item.id === REDO);
        return redo < 0
          ? [...clipboard, separator, ...entries(items)]
          : [
              ...entries(items.slice(0, redo + 1)),
              separator,
              ...clipboard,
              separator,
              ...entries(items.slice(redo + 1)),
            ];
      }
      case 'View':
        return [
          ...entries(items),
          separator,
          { role: 'togglefullscreen' },
          ...(development
            ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
            : []),
        ];
      default:
        return entries(items);
    }
  };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: tidy([
      ...(about ? [command(about), separator] : []),
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ]),
  };

  const menus: MenuItemConstructorOptions[] = [];
  for (const section of withSystemSections(menu.sections)) {
    const submenu = tidy(submenuOf(section));
    if (submenu.length === 0) continue;
    // The Window menu sits just before Help on macOS.
    if (mac && section.label === 'Help') menus.push({ role: 'windowMenu' });
    menus.push({
      label: section.label,
      ...(mac && section.label === 'Help' ? { role: 'help' as const } : {}),
      submenu,
    });
  }
  if (mac && !menus.some((entry) => entry.role === 'windowMenu')) menus.push({ role: 'windowMenu' });
  return [...(mac ? [appMenu] : []), ...menus];
}

/** The description's sections in its order, plus the system menus it left out, each in its usual place. */
function withSystemSections(sections: readonly NativeMenuSection[]): NativeMenuSection[] {
  const result = [...sections];
  for (const label of ALWAYS_SHOWN) {
    if (result.some((section) => section.label === label)) continue;
    const rank = SECTION_ORDER.indexOf(label);
    const before = result.findIndex((section) => SECTION_ORDER.indexOf(section.label) > rank);
    result.splice(before < 0 ? result.length : before, 0, { label, items: [] });
  }
  return result;
}

/** No separator first, last or next to another. */
function tidy(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const result: MenuItemConstructorOptions[] = [];
  for (const item of items) {
    const isSeparator = item.type === 'separator';
    if (isSeparator && (result.length === 0 || result.at(-1)?.type === 'separator')) continue;
    result.push(item);
  }
  if (result.at(-1)?.type === 'separator') result.pop();
  return result;
}
