/**
 * The native menu as the renderer describes it. The renderer owns every
 * command (its action objects: label, shortcut, enabled state); it sends this
 * description whenever it changes and the main process only draws it, so the
 * menu, the toolbar, the shortcuts and the command palette never drift apart.
 * Keyboard shortcuts stay with the renderer: the menu shows them.
 */
import { z } from 'zod';
import { COMMAND_ID_PATTERN, MAX_COMMAND_ID_LENGTH } from './menu-commands';

export interface NativeMenuCommand {
  type: 'command';
  /** The renderer's action id, sent back in `menu:command` when clicked. */
  id: string;
  label: string;
  /** In the renderer's notation ("Mod+Shift+Z"); see `toAccelerator`. */
  shortcut?: string;
  enabled: boolean;
  /** Present for toggles (snap to grid): shows a check mark. */
  checked?: boolean;
}

export type NativeMenuLeaf = NativeMenuCommand | { type: 'separator' };

/**
 * A submenu whose items the renderer lists (File › Open recent). One level
 * deep: nothing in Mapwright nests further, and a flat shape keeps the check
 * of what the renderer sends simple.
 */
export interface NativeMenuSubmenu {
  type: 'submenu';
  label: string;
  enabled: boolean;
  items: NativeMenuLeaf[];
}

export type NativeMenuEntry = NativeMenuLeaf | NativeMenuSubmenu;

export interface NativeMenuSection {
  label: 'File' | 'Edit' | 'View' | 'Arrange' | 'Help';
  items: NativeMenuEntry[];
}

export interface NativeMenu {
  sections: NativeMenuSection[];
}

/** What the main process draws before the renderer has described anything: the system roles only. */
export const EMPTY_NATIVE_MENU: NativeMenu = { sections: [] };

const CONTROL_CHARACTERS = /\p{Cc}/u;
const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((value) => !CONTROL_CHARACTERS.test(value), 'must not contain control characters');

const commandSchema = z.strictObject({
  type: z.literal('command'),
  id: z
    .string()
    .max(MAX_COMMAND_ID_LENGTH)
    .regex(COMMAND_ID_PATTERN, 'must be an action id such as "edit.undo"'),
  label: text(100),
  shortcut: z
    .string()
    .max(40)
    .regex(/^((Mod|Shift|Alt)\+)*[^+\s]{1,12}$/, 'must be a shortcut such as "Mod+Shift+Z"')
    .optional(),
  enabled: z.boolean(),
  checked: z.boolean().optional(),
});

const separatorSchema = z.strictObject({ type: z.literal('separator') });

const submenuSchema = z.strictObject({
  type: z.literal('submenu'),
  label: text(100),
  enabled: z.boolean(),
  items: z.array(z.discriminatedUnion('type', [commandSchema, separatorSchema])).max(40),
});

export const nativeMenuSchema = z.strictObject({
  sections: z
    .array(
      z.strictObject({
        label: z.enum(['File', 'Edit', 'View', 'Arrange', 'Help']),
        items: z
          .array(z.discriminatedUnion('type', [commandSchema, separatorSchema, submenuSchema]))
          .max(120),
      }),
    )
    .max(8),
});

/** The command ids a menu can send back, submenus included: main accepts no others. */
export function commandIds(menu: NativeMenu): Set<string> {
  const ids = (items: readonly NativeMenuEntry[]): string[] =>
    items.flatMap((item) =>
      item.type === 'command' ? [item.id] : item.type === 'submenu' ? ids(item.items) : [],
    );
  return new Set(menu.sections.flatMap((section) => ids(section.items)));
}

const KEY_NAMES: Readonly<Record<string, string>> = { '?': '?', '=': '=', '-': '-', "'": "'", '/': '/' };

/**
 * "Mod+Shift+Z" -> "CmdOrCtrl+Shift+Z" (Electron's accelerator syntax).
 * Undefined for keys Electron cannot show.
 */
export function toAccelerator(shortcut: string): string | undefined {
  const parts = shortcut.split('+');
  const key = parts.pop();
  if (!key) return undefined;
  const modifiers = parts.map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part));
  const name = KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  if (!/^([A-Z0-9]|F\d{1,2}|Delete|Backspace|PageUp|PageDown|Home|End|Escape|Enter|Tab|[?=\-'/])$/.test(name))
    return undefined;
  return [...modifiers, name].join('+');
}

/** Whether a shortcut has a modifier: bare keys (Delete, L) must never be taken from text fields. */
export function hasModifier(shortcut: string): boolean {
  return /^(Mod|Alt)\+/.test(shortcut) || /\+(Mod|Alt)\+/.test(shortcut);
}
