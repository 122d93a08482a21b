import { describe, expect, it } from 'vitest';
import { isCommandId } from '../../../../shared/ipc/menu-commands';
import {
  EMPTY_NATIVE_MENU,
  commandIds,
  hasModifier,
  nativeMenuSchema,
  toAccelerator,
  type NativeMenu,
} from '../../../../shared/ipc/native-menu';

const MENU: NativeMenu = {
  sections: [
    {
      label: 'File',
      items: [
        { type: 'command', id: 'file.new', label: 'New model', shortcut: 'Mod+N', enabled: true },
        {
          type: 'submenu',
          label: 'Open recent',
          enabled: true,
          items: [
            { type: 'command', id: 'file.openRecent.abcdefg', label: '<b>Payroll</b> & co', enabled: true },
            { type: 'separator' },
            { type: 'command', id: 'file.clearRecent', label: 'Clear recently opened', enabled: true },
          ],
        },
        { type: 'separator' },
        { type: 'command', id: 'file.exportModel', label: 'Export model to a file…', enabled: false },
      ],
    },
    {
      label: 'Edit',
      items: [
        { type: 'command', id: 'edit.undo', label: 'Undo', shortcut: 'Mod+Z', enabled: false },
        { type: 'command', id: 'edit.redo', label: 'Redo', shortcut: 'Mod+Shift+Z', enabled: true },
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
        {
          type: 'command',
          id: 'view.toggleSnap',
          label: 'Snap to grid',
          shortcut: "Mod+'",
          enabled: true,
          checked: true,
        },
        { type: 'command', id: 'view.next', label: 'Next view', shortcut: 'Mod+PageDown', enabled: true },
      ],
    },
    {
      label: 'Arrange',
      items: [
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

const withItem = (item: unknown): unknown => ({ sections: [{ label: 'Edit', items: [item] }] });
const command = (fields: Record<string, unknown>) => ({
  type: 'command',
  id: 'edit.undo',
  label: 'Undo',
  enabled: true,
  ...fields,
});

describe('nativeMenuSchema', () => {
  it('accepts a realistic menu unchanged, and the empty menu', () => {
    expect(nativeMenuSchema.parse(MENU)).toEqual(MENU);
    expect(nativeMenuSchema.parse(EMPTY_NATIVE_MENU)).toEqual({ sections: [] });
  });

  it.each([
    ['an id with a space', command({ id: 'edit undo' })],
    ['an id without a group', command({ id: 'undo' })],
    ['an id with a path', command({ id: '../main.quit' })],
    ['an id in capitals', command({ id: 'Edit.Undo' })],
    ['a very long id', command({ id: `edit.${'a'.repeat(200)}` })],
    ['a label with a newline', command({ label: 'Undo\nRedo' })],
    ['a label with a bell character', command({ label: 'Undo\u0007' })],
    ['an empty label', command({ label: '' })],
    ['a huge label', command({ label: 'U'.repeat(101) })],
    ['a shortcut with spaces', command({ shortcut: 'Mod + Z' })],
    ['an unknown modifier', command({ shortcut: 'Hyper+Z' })],
    ['an enabled flag that is not a boolean', command({ enabled: 'yes' })],
    ['an extra field', command({ role: 'quit' })],
    ['an unknown item type', { type: 'radio', label: 'Radio', enabled: true }],
    ['a submenu without a label', { type: 'submenu', enabled: true, items: [] }],
    [
      'a submenu with a bad item',
      { type: 'submenu', label: 'Open recent', enabled: true, items: [command({ id: 'x' })] },
    ],
    [
      'a submenu in a submenu',
      {
        type: 'submenu',
        label: 'Open recent',
        enabled: true,
        items: [{ type: 'submenu', label: 'Deeper', enabled: true, items: [] }],
      },
    ],
    [
      'a submenu with too many items',
      {
        type: 'submenu',
        label: 'Open recent',
        enabled: true,
        items: Array.from({ length: 41 }, () => ({ type: 'separator' })),
      },
    ],
    [
      'a submenu with an extra field',
      { type: 'submenu', label: 'Open recent', enabled: true, items: [], id: 'file.x' },
    ],
  ])('rejects %s', (_case, item) => {
    expect(nativeMenuSchema.safeParse(withItem(item)).success).toBe(false);
  });

  it('rejects unknown sections and too many items or sections', () => {
    expect(nativeMenuSchema.safeParse({ sections: [{ label: 'Window', items: [] }] }).success).toBe(false);
    const items = Array.from({ length: 121 }, () => ({ type: 'separator' }));
    expect(nativeMenuSchema.safeParse({ sections: [{ label: 'Edit', items }] }).success).toBe(false);
    expect(nativeMenuSchema.safeParse({ sections: [{ label: 'Edit', items: items.slice(1) }] }).success).toBe(
      true,
    );
    const sections = Array.from({ length: 9 }, () => ({ label: 'Edit', items: [] }));
    expect(nativeMenuSchema.safeParse({ sections }).success).toBe(false);
  });

  it('rejects anything that is not a menu', () => {
    for (const value of [null, 'menu', [], { sections: 'File' }, { sections: [], extra: 1 }]) {
      expect(nativeMenuSchema.safeParse(value).success).toBe(false);
    }
  });
});

describe('commandIds', () => {
  it('lists every command id of the menu, submenus included, and nothing else', () => {
    expect([...commandIds(MENU)].sort()).toEqual(
      [
        'arrange.alignLeft',
        'file.clearRecent',
        'file.openRecent.abcdefg',
        'edit.delete',
        'edit.linkTo',
        'edit.redo',
        'edit.rename',
        'edit.undo',
        'file.exportModel',
        'file.new',
        'help.about',
        'help.shortcuts',
        'view.next',
        'view.toggleSnap',
        'view.zoomIn',
      ].sort(),
    );
    expect(commandIds(EMPTY_NATIVE_MENU).size).toBe(0);
  });
});

describe('isCommandId', () => {
  it('accepts action ids and nothing else', () => {
    for (const id of ['edit.undo', 'view.toggleSnap', 'arrange.distributeHorizontally'])
      expect(isCommandId(id)).toBe(true);
    for (const value of [
      '',
      'undo',
      'edit.',
      'edit undo',
      'Edit.undo',
      `edit.${'a'.repeat(100)}`,
      42,
      null,
      undefined,
      { id: 'edit.undo' },
    ]) {
      expect(isCommandId(value)).toBe(false);
    }
  });
});

describe('toAccelerator', () => {
  it.each([
    ['Mod+Z', 'CmdOrCtrl+Z'],
    ['Mod+Shift+Z', 'CmdOrCtrl+Shift+Z'],
    ['Mod+y', 'CmdOrCtrl+Y'],
    ['Alt+Shift+L', 'Alt+Shift+L'],
    ['Mod+=', 'CmdOrCtrl+='],
    ['Mod+-', 'CmdOrCtrl+-'],
    ["Mod+'", "CmdOrCtrl+'"],
    ['Mod+/', 'CmdOrCtrl+/'],
    ['Mod+1', 'CmdOrCtrl+1'],
    ['Mod+PageDown', 'CmdOrCtrl+PageDown'],
    ['Mod+Delete', 'CmdOrCtrl+Delete'],
    ['?', '?'],
    ['Delete', 'Delete'],
    ['Backspace', 'Backspace'],
    ['F2', 'F2'],
    ['L', 'L'],
  ])('%s -> %s', (shortcut, accelerator) => {
    expect(toAccelerator(shortcut)).toBe(accelerator);
  });

  it('gives nothing for keys Electron cannot show', () => {
    for (const shortcut of ['', 'Mod+', 'Mod+Banana', 'Mod+ä', 'F123'])
      expect(toAccelerator(shortcut)).toBeUndefined();
  });
});

describe('hasModifier', () => {
  it('counts Mod and Alt, not Shift alone', () => {
    for (const shortcut of ['Mod+Z', 'Alt+Shift+L', 'Shift+Mod+Z', 'Mod+Delete'])
      expect(hasModifier(shortcut)).toBe(true);
    for (const shortcut of ['Delete', 'F2', '?', 'L', 'Shift+L']) expect(hasModifier(shortcut)).toBe(false);
  });
});
