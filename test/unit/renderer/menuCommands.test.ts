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
} from '@shared/ipc/native-menu';
import { ACTIONS, isEnabled } from '../../../renderer/src/actions/registry';
import type { ActionContext } from '../../../renderer/src/actions/types';
import { createEditor, emptyModel } from '../../../renderer/src/editor/createEditor';
import { CHECKED, GROUPS, MENUS, describeNativeMenu } from '../../../renderer/src/menubar/menuModel';
import { MENU_SYNC_DELAY_MS, syncNativeMenu } from '../../../renderer/src/menubar/useNativeMenu';

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
