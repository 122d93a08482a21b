/**
 * The native menu is the renderer's own description of its actions
 * (renderer/src/menubar/menuModel.ts), so it cannot drift from them: every
 * action appears once, in its group's menu, and the description passes the
 * schema the main process checks it with.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  commandIds,
  nativeMenuSchema,
  toAccelerator,
  type NativeMenu,
  type NativeMenuCommand,
  type NativeMenuSubmenu,
} from '@shared/ipc/native-menu';
import { ACTIONS, isEnabled } from '../../../renderer/src/actions/registry';
import type { ActionContext } from '../../../renderer/src/actions/types';
import { createEditor, emptyModel } from '../../../renderer/src/editor/createEditor';
import {
  CHECKED,
  GROUPS,
  MENUS,
  SUBMENUS,
  describeNativeMenu,
  entryId,
  submenuItemById,
  subscribeToSubmenus,
} from '../../../renderer/src/menubar/menuModel';
import { CLEAR_RECENT_ID, recentCommandId } from '../../../renderer/src/menubar/recentItems';
import { MENU_SYNC_DELAY_MS, syncNativeMenu } from '../../../renderer/src/menubar/useNativeMenu';
import { setFileHost, type FileHost } from '../../../renderer/src/persistence/fileHost';
import type { ModelSummary } from '../../../renderer/src/persistence/repository';

function context(): ActionContext {
  return {
    editor: createEditor(emptyModel('Menu test')),
    flow: {} as ActionContext['flow'],
    platform: {} as ActionContext['platform'],
    overlays: { open: () => undefined, toggleTheme: () => undefined },
  };
}

const commands = (menu: NativeMenu): NativeMenuCommand[] =>
  menu.sections.flatMap((section) => section.items.filter((item) => item.type === 'command'));

describe('the native menu description', () => {
  it('has every action exactly once, in its group’s section', () => {
    const menu = describeNativeMenu(context());
    for (const action of ACTIONS) {
      const holders = menu.sections.filter((section) =>
        section.items.some((item) => item.type === 'command' && item.id === action.id),
      );
      expect(
        holders.map((section) => section.label),
        action.id,
      ).toEqual([action.group]);
    }
    const ids = commands(menu).map((item) => item.id);
    expect(ids.length).toBe(ACTIONS.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the menu order of the groups and of the actions, with no empty menu', () => {
    const menu = describeNativeMenu(context());
    const labels = menu.sections.map((section) => section.label);
    expect(labels).toEqual(GROUPS.filter((group) => labels.includes(group)));
    for (const section of menu.sections) {
      expect(section.items.length, section.label).toBeGreaterThan(0);
      expect(section.items.filter((item) => item.type === 'command').map((item) => item.id)).toEqual(
        ACTIONS.filter((action) => action.group === section.label).map((action) => action.id),
      );
    }
    expect(labels).toEqual(MENUS.map((menu) => menu.group));
  });

  it('never leads, trails or doubles a separator', () => {
    for (const section of describeNativeMenu(context()).sections) {
      const separators = section.items.map((item) => item.type === 'separator');
      expect(separators[0], section.label).toBe(false);
      expect(separators.at(-1), section.label).toBe(false);
      separators.forEach((isSeparator, index) => {
        if (isSeparator) expect(separators[index + 1], `${section.label} item ${index}`).toBe(false);
      });
    }
  });

  it('passes the schema the main process checks it with', () => {
    const menu = describeNativeMenu(context());
    const checked = nativeMenuSchema.safeParse(menu);
    expect(checked.success, checked.error?.message).toBe(true);
    expect(checked.data).toEqual(menu);
    expect([...commandIds(menu)].sort()).toEqual(ACTIONS.map((action) => action.id).sort());
  });

  it.each(ACTIONS.filter((action) => action.shortcuts?.length).map((action) => [action.id, action] as const))(
    'shows the first shortcut of %s, and every one of its shortcuts converts to an accelerator',
    (id, action) => {
      const item = commands(describeNativeMenu(context())).find((entry) => entry.id === id);
      expect(item?.shortcut).toBe(action.shortcuts?.[0]);
      for (const shortcut of action.shortcuts ?? []) expect(toAccelerator(shortcut), shortcut).toBeDefined();
    },
  );

  it('gives items without shortcuts or toggles no such fields', () => {
    for (const item of commands(describeNativeMenu(context()))) {
      const action = ACTIONS.find((candidate) => candidate.id === item.id);
      if (!action?.shortcuts?.length) expect(item, item.id).not.toHaveProperty('shortcut');
      if (!(item.id in CHECKED)) expect(item, item.id).not.toHaveProperty('checked');
    }
  });

  it('follows the enabled states and check marks', () => {
    const ctx = context();
    const byId = (id: string) => commands(describeNativeMenu(ctx)).find((item) => item.id === id);
    for (const action of ACTIONS) expect(byId(action.id)?.enabled, action.id).toBe(isEnabled(action, ctx));
    expect(byId('edit.undo')?.enabled).toBe(false);
    const snap = ctx.editor.session.getState().snapToGrid;
    expect(byId('view.toggleSnap')?.checked).toBe(snap);
    ctx.editor.session.getState().toggleSnapToGrid();
    expect(byId('view.toggleSnap')?.checked).toBe(!snap);
  });

  it('names only actions among its toggles', () => {
    for (const id of Object.keys(CHECKED))
      expect(
        ACTIONS.some((action) => action.id === id),
        id,
      ).toBe(true);
  });
});

describe('syncing the native menu', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function harness() {
    let version = 0;
    const listeners = new Set<() => void>();
    const sent: NativeMenu[] = [];
    const describe = vi.fn((): NativeMenu => ({
      sections: [
        { label: 'Edit', items: [{ type: 'command', id: 'edit.undo', label: 'Undo', enabled: version > 0 }] },
      ],
    }));
    const options = {
      describe,
      send: (menu: NativeMenu) => sent.push(menu),
      subscribe: (onChange: () => void) => {
        listeners.add(onChange);
        return () => listeners.delete(onChange);
      },
    };
    const change = (next = version) => {
      version = next;
      listeners.forEach((listener) => listener());
    };
    return { options, sent, describe, change, listeners };
  }

  it('sends the description at once', () => {
    const { options, sent } = harness();
    syncNativeMenu(options);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.sections[0]?.items[0]).toMatchObject({ id: 'edit.undo', enabled: false });
  });

  it('coalesces a burst of changes into one description after the delay', () => {
    const { options, sent, describe, change } = harness();
    syncNativeMenu(options);
    for (let i = 0; i < 50; i += 1) change(1);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(MENU_SYNC_DELAY_MS - 1);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.sections[0]?.items[0]).toMatchObject({ enabled: true });
    expect(describe).toHaveBeenCalledTimes(2);
  });

  it('sends nothing when the description did not change', () => {
    const { options, sent, change } = harness();
    syncNativeMenu(options);
    change();
    vi.advanceTimersByTime(MENU_SYNC_DELAY_MS);
    expect(sent).toHaveLength(1);
  });

  it('stops listening, and drops a pending update, when stopped', () => {
    const { options, sent, change, listeners } = harness();
    const stop = syncNativeMenu(options);
    change(1);
    stop();
    vi.advanceTimersByTime(MENU_SYNC_DELAY_MS * 2);
    expect(sent).toHaveLength(1);
    expect(listeners.size).toBe(0);
  });

  it('does not send the same description again after a restart with the same memory', () => {
    const { options, sent } = harness();
    const memory = { last: undefined };
    syncNativeMenu(options, memory)();
    syncNativeMenu(options, memory)();
    expect(sent).toHaveLength(1);
  });
});

describe('File › Open recent', () => {
  const summary = (id: string, name: string): ModelSummary => ({
    id,
    name,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    elementCount: 0,
    findingCount: 0,
  });

  /** A context whose editor has a model host with a recent list the test changes. */
  function withLibrary(initial: ModelSummary[]) {
    const ctx = context();
    let list = initial;
    const listeners = new Set<() => void>();
    const host: FileHost = {
      stored: true,
      open: vi.fn(),
      newModel: vi.fn(),
      saveNow: vi.fn(),
      exportToFile: vi.fn(),
      recent: {
        current: () => list,
        subscribe: (onChange) => {
          listeners.add(onChange);
          return () => listeners.delete(onChange);
        },
      },
      openModel: vi.fn(),
      clearRecent: vi.fn(),
    };
    setFileHost(ctx.editor, host);
    const openId = ctx.editor.document.getState().doc.id;
    const change = (next: ModelSummary[]) => {
      list = next;
      listeners.forEach((listener) => listener());
    };
    return { ctx, host, openId, change, listeners };
  }

  const file = (menu: NativeMenu) => menu.sections.find((section) => section.label === 'File')?.items ?? [];
  const openRecent = (menu: NativeMenu) =>
    file(menu).find((item): item is NativeMenuSubmenu => item.type === 'submenu');

  it('has every submenu exactly once, in its group’s menu', () => {
    for (const submenu of SUBMENUS) {
      const holders = MENUS.filter((menu) => menu.entries.some((entry) => entryId(entry) === submenu.id));
      expect(
        holders.map((menu) => menu.group),
        submenu.id,
      ).toEqual([submenu.group]);
    }
  });

  it('sits in the File menu right after Open model…, once', () => {
    const entries = MENUS.find((menu) => menu.group === 'File')?.entries.map(entryId) ?? [];
    expect(entries.slice(entries.indexOf('file.open'), entries.indexOf('file.open') + 2)).toEqual([
      'file.open',
      'file.openRecent',
    ]);
    const items = file(describeNativeMenu(context()));
    const at = items.findIndex((item) => item.type === 'submenu');
    expect(items[at - 1]).toMatchObject({ type: 'command', id: 'file.open' });
    expect(items.filter((item) => item.type === 'submenu')).toHaveLength(1);
  });

  it('lists the recent models but the one open here, then Clear recently opened', () => {
    const { ctx, openId, change } = withLibrary([]);
    change([summary('a', 'Payroll'), summary(openId, 'Open here'), summary('b', '<b>markup</b>')]);
    const menu = describeNativeMenu(ctx);
    const submenu = openRecent(menu);
    expect(submenu).toEqual({
      type: 'submenu',
      label: 'Open recent',
      enabled: true,
      items: [
        { type: 'command', id: recentCommandId('a'), label: 'Payroll', enabled: true },
        { type: 'command', id: recentCommandId('b'), label: '<b>markup</b>', enabled: true },
        { type: 'separator' },
        { type: 'command', id: CLEAR_RECENT_ID, label: 'Clear recently opened', enabled: true },
      ],
    });
    const checked = nativeMenuSchema.safeParse(menu);
    expect(checked.success, checked.error?.message).toBe(true);
    expect(commandIds(menu)).toContain(recentCommandId('b'));
    expect(commandIds(menu)).toContain(CLEAR_RECENT_ID);
  });

  it('is greyed out with nothing recent, and without a library', () => {
    const { ctx } = withLibrary([]);
    expect(openRecent(describeNativeMenu(ctx))).toEqual({
      type: 'submenu',
      label: 'Open recent',
      enabled: false,
      items: [{ type: 'command', id: CLEAR_RECENT_ID, label: 'Clear recently opened', enabled: false }],
    });
    expect(openRecent(describeNativeMenu(context()))).toEqual({
      type: 'submenu',
      label: 'Open recent',
      enabled: false,
      items: [],
    });
  });

  it('runs a picked item through the model host: open that model, or clear the list', () => {
    const { ctx, host } = withLibrary([summary('a', 'Payroll'), summary('b', 'Claims')]);
    submenuItemById(recentCommandId('b'), ctx)?.run();
    expect(host.openModel).toHaveBeenCalledExactlyOnceWith('b');
    submenuItemById(CLEAR_RECENT_ID, ctx)?.run();
    expect(host.clearRecent).toHaveBeenCalledOnce();
    expect(submenuItemById(recentCommandId('gone'), ctx)).toBeUndefined();
    expect(submenuItemById('edit.undo', ctx)).toBeUndefined();
  });

  it('sends the native menu again when the recent list changes, and stops listening when stopped', () => {
    vi.useFakeTimers();
    try {
      const { ctx, change, listeners } = withLibrary([summary('a', 'Payroll')]);
      const sent: NativeMenu[] = [];
      const stop = syncNativeMenu({
        describe: () => describeNativeMenu(ctx),
        send: (menu) => sent.push(menu),
        subscribe: (onChange) => subscribeToSubmenus(ctx, onChange),
      });
      change([summary('b', 'Claims'), summary('a', 'Payroll renamed')]);
      vi.advanceTimersByTime(MENU_SYNC_DELAY_MS);
      expect(sent).toHaveLength(2);
      expect(openRecent(sent[1]!)?.items.slice(0, 2)).toMatchObject([
        { label: 'Claims' },
        { label: 'Payroll renamed' },
      ]);
      stop();
      expect(listeners.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
