/**
 * File › Open recent's items: the recent models but the open one, at most
 * eight, names as one line of plain text, each opening its own model by an
 * id the native menu accepts; then "Clear recently opened".
 */
import { describe, expect, it, vi } from 'vitest';
import { isCommandId } from '@shared/ipc/menu-commands';
import {
  CLEAR_RECENT_ID,
  RECENT_IN_MENU,
  RECENT_LABEL_LENGTH,
  menuLabel,
  recentCommandId,
  recentItems,
  type RecentModel,
} from '../../../renderer/src/menubar/recentItems';

const model = (n: number, name = `Model ${n}`): RecentModel => ({
  id: `7b0c7c55-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name,
});

function commands() {
  return { open: vi.fn<(id: string) => void>(), clear: vi.fn() };
}

describe('the items of File › Open recent', () => {
  it('lists the recent models in their order, leaves out the open one, then offers to clear', () => {
    const [a, b, c] = [model(1, 'Payroll'), model(2, 'Claims'), model(3, 'Onboarding')];
    const run = commands();
    const items = recentItems([a!, b!, c!], b!.id, run);
    expect(items.map((item) => item.label)).toEqual(['Payroll', 'Onboarding', 'Clear recently opened']);
    expect(items.map((item) => item.enabled)).toEqual([true, true, true]);
    expect(items.at(-1)).toMatchObject({ id: CLEAR_RECENT_ID, separateBefore: true });
    items[1]!.run();
    expect(run.open).toHaveBeenCalledExactlyOnceWith(c!.id);
    items.at(-1)!.run();
    expect(run.clear).toHaveBeenCalledOnce();
  });

  it(`shows at most ${RECENT_IN_MENU}, counting after the open model is left out`, () => {
    const recent = Array.from({ length: 10 }, (_, i) => model(i));
    const items = recentItems(recent, recent[0]!.id, commands());
    expect(items.slice(0, -1).map((item) => item.label)).toEqual(
      recent.slice(1, 1 + RECENT_IN_MENU).map((entry) => entry.name),
    );
  });

  it('has only a greyed-out "Clear recently opened" when nothing but the open model is recent', () => {
    for (const recent of [[], [model(1)]]) {
      const items = recentItems(recent, model(1).id, commands());
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ id: CLEAR_RECENT_ID, enabled: false, separateBefore: false });
    }
  });

  it('gives every model an id the native menu accepts, the same wherever it stands in the list', () => {
    const recent = Array.from({ length: 8 }, (_, i) => model(i));
    const items = recentItems(recent, null, commands()).slice(0, -1);
    for (const item of items) expect(isCommandId(item.id), item.id).toBe(true);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    const reversed = recentItems([...recent].reverse(), null, commands());
    expect(reversed.find((item) => item.label === 'Model 3')?.id).toBe(
      items.find((item) => item.label === 'Model 3')?.id,
    );
    // Model ids from imported files can be anything.
    for (const id of ['', 'model 1', '../../etc', 'ü'.repeat(500), '<b>x</b>'])
      expect(isCommandId(recentCommandId(id)), id).toBe(true);
  });

  it('keeps markup in names as text, and puts the whole name in the title only when it was shortened', () => {
    const [item] = recentItems([model(1, '<b>markup</b> & more')], null, commands());
    expect(item).toMatchObject({ label: '<b>markup</b> & more' });
    expect(item).not.toHaveProperty('title');
    const long = 'Payroll '.repeat(20).trim();
    const [shortened] = recentItems([model(2, long)], null, commands());
    expect(shortened?.label).toHaveLength(RECENT_LABEL_LENGTH);
    expect(shortened?.title).toBe(long);
  });
});

describe('menuLabel', () => {
  it('makes one line of a name: breaks and control characters become single spaces', () => {
    expect(menuLabel('Payroll\nEMEA\t\u0007 run\u2028stage ')).toBe('Payroll EMEA run stage');
    expect(menuLabel(' \n\u0000 ')).toBe('Untitled model');
  });

  it('cuts a long name with "…" at a whole character, never inside an emoji', () => {
    expect(menuLabel('abcdef', 6)).toBe('abcdef');
    expect(menuLabel('abcdefg', 6)).toBe('abcde…');
    expect(menuLabel('abcd  efg', 6)).toBe('abcd…');
    const emoji = '😀'.repeat(10);
    expect(menuLabel(emoji, 6)).toBe(`${'😀'.repeat(5)}…`);
  });
});
