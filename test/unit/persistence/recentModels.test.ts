/**
 * File › Open recent reads a live list: it follows opening, renaming and
 * deleting models without anyone asking, and reads only while listened to.
 */
import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveRecentModels } from '../../../renderer/src/persistence/recentModels';
import { openTestDb, serviceMap, type TestDb } from './helpers';

let t: TestDb;
beforeEach(() => {
  t = openTestDb();
  // Live queries run only where Dexie sees an IndexedDB of its own (a browser); in Node, the test's.
  Dexie.dependencies.indexedDB = t.factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
});
afterEach(() => t.db.close());

const names = (list: readonly { name: string }[]) => list.map((model) => model.name);

describe('the live list of recent models', () => {
  it('is empty before anyone listens, then follows opens, renames and deletes', async () => {
    const a = serviceMap();
    await t.repo.createModel(a);
    const b = await t.repo.duplicateModel(a.id, 'Claims');
    await t.repo.markOpened(a.id);
    const read = vi.fn(() => t.repo.recentModels());
    const recent = liveRecentModels(read);
    expect(recent.current()).toEqual([]);
    expect(read).not.toHaveBeenCalled();

    const onChange = vi.fn();
    const stop = recent.subscribe(onChange);
    await vi.waitFor(() => expect(names(recent.current())).toEqual(['Payroll']));
    expect(onChange).toHaveBeenCalled();

    await t.repo.markOpened(b.doc.id);
    await vi.waitFor(() => expect(names(recent.current())).toEqual(['Claims', 'Payroll']));
    await t.repo.renameModel(a.id, '<b>Payroll</b>');
    await vi.waitFor(() => expect(names(recent.current())).toEqual(['Claims', '<b>Payroll</b>']));
    await t.repo.deleteModel(b.doc.id);
    await vi.waitFor(() => expect(names(recent.current())).toEqual(['<b>Payroll</b>']));

    // A save of the open model changes its row but nothing the menus show: nobody is told.
    onChange.mockClear();
    await t.repo.updateFindingCount(a.id, 7);
    await vi.waitFor(() => expect(recent.current()[0]?.findingCount).toBe(7));
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });

  it('reads once for many listeners, and stops reading when the last one leaves', async () => {
    const a = serviceMap();
    await t.repo.createModel(a);
    await t.repo.markOpened(a.id);
    const read = vi.fn(() => t.repo.recentModels());
    const recent = liveRecentModels(read);
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = recent.subscribe(first);
    const stopSecond = recent.subscribe(second);
    await vi.waitFor(() => expect(second).toHaveBeenCalled());
    expect(read).toHaveBeenCalledTimes(1);
    stopFirst();
    stopSecond();
    await t.repo.renameModel(a.id, 'Renamed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).toHaveBeenCalledTimes(1);
    // What was read last stays available.
    expect(names(recent.current())).toEqual(['Payroll']);
  });
});
