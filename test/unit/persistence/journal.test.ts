/**
 * The unload journal: what a window had not saved when it went away is
 * applied at the next start, exactly once, and never over another window's
 * newer save.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renameElement } from '../../../shared/model/renameElement';
import { removeElements } from '../../../shared/model/removeElements';
import { createDocumentStore } from '../../../renderer/src/store/documentStore';
import { Autosaver } from '../../../renderer/src/persistence/autosave';
import { recoverJournals, writeJournal } from '../../../renderer/src/persistence/journal';
import { ids, ok, openTestDb, serviceMap, type TestDb } from './helpers';

/** localStorage for Node. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

let t: TestDb;
const savers: Autosaver[] = [];
afterEach(() => {
  for (const saver of savers.splice(0)) saver.dispose();
  vi.restoreAllMocks();
  t?.db.close();
});

async function setUp() {
  t = openTestDb();
  const doc = serviceMap();
  const { revision } = await t.repo.createModel(doc);
  const store = createDocumentStore(doc);
  // Long delays: nothing saves by itself during a test unless it flushes.
  const saver = new Autosaver(t.repo, store, { doc, revision }, { debounceMs: 60_000, maxWaitMs: 60_000 });
  savers.push(saver.start());
  return { doc, store, saver, storage: new MemoryStorage() };
}

const stored = async (id: string) => t.repo.loadModel(id);

describe('unload journal', () => {
  it('applies at the next start what was unsaved when the page went away', async () => {
    const { doc, store, saver, storage } = await setUp();
    store.getState().apply((d) => renameElement(d, ids.service, 'Renamed before reload'));
    store.getState().apply((d) => removeElements(d, [ids.user]));
    const journal = saver.unloadJournal()!;
    expect(writeJournal(storage, 'tab-1', journal)).toBe(true);
    saver.dispose(); // The page is gone before its last save could run.

    expect(await recoverJournals(t.db, storage)).toEqual([{ modelId: doc.id, outcome: 'applied' }]);
    expect(storage.length).toBe(0);
    const loaded = await stored(doc.id);
    expect(loaded.revision).toBe(2);
    expect(loaded.doc.elements[ids.service]!.name).toBe('Renamed before reload');
    expect(loaded.doc.elements[ids.user]).toBeUndefined();
    // Removing the user cleared the group's reference to it: that row changed too, and was journaled.
    expect(loaded.doc.elements[ids.group]!.attributes.manager).toBeUndefined();
  });

  it('does nothing when the save begun at unload landed after all', async () => {
    const { doc, store, saver, storage } = await setUp();
    store.getState().apply((d) => renameElement(d, ids.service, 'Saved in time'));
    writeJournal(storage, 'tab-1', saver.unloadJournal()!);
    await saver.flush();
    expect(saver.revision).toBe(2);
    expect(await recoverJournals(t.db, storage)).toEqual([{ modelId: doc.id, outcome: 'already saved' }]);
    expect((await stored(doc.id)).revision).toBe(2);
  });

  it('applies the rest on top of a save that was in flight at unload and landed', async () => {
    const { doc, store, saver, storage } = await setUp();
    store.getState().apply((d) => renameElement(d, ids.service, 'In flight'));
    const inFlight = saver.flush();
    store.getState().apply((d) => renameElement(d, ids.offering, 'After it'));
    const journal = saver.unloadJournal()!;
    expect(journal.inFlight).toBeDefined();
    writeJournal(storage, 'tab-1', journal);
    await inFlight;
    saver.dispose();
    expect((await stored(doc.id)).doc.elements[ids.offering]!.name).toBe('Payroll EMEA');

    expect(await recoverJournals(t.db, storage)).toEqual([{ modelId: doc.id, outcome: 'applied' }]);
    const loaded = await stored(doc.id);
    expect(loaded.doc.elements[ids.service]!.name).toBe('In flight');
    expect(loaded.doc.elements[ids.offering]!.name).toBe('After it');
    expect(loaded.revision).toBe(3);
  });

  it('applies everything from the base when the save in flight did not land', async () => {
    const { doc, store, saver, storage } = await setUp();
    const aborted = vi.spyOn(t.db.elements, 'bulkPut').mockRejectedValueOnce(new Error('aborted by unload'));
    store.getState().apply((d) => renameElement(d, ids.service, 'Lost in flight'));
    const inFlight = saver.flush();
    store.getState().apply((d) => renameElement(d, ids.offering, 'After it'));
    writeJournal(storage, 'tab-1', saver.unloadJournal()!);
    await inFlight;
    saver.dispose();
    aborted.mockRestore();

    expect(await recoverJournals(t.db, storage)).toEqual([{ modelId: doc.id, outcome: 'applied' }]);
    const loaded = await stored(doc.id);
    expect(loaded.doc.elements[ids.service]!.name).toBe('Lost in flight');
    expect(loaded.doc.elements[ids.offering]!.name).toBe('After it');
  });

  it('never applies over a newer save from another window, and says so', async () => {
    const { doc, store, saver, storage } = await setUp();
    store.getState().apply((d) => renameElement(d, ids.service, 'Mine'));
    writeJournal(storage, 'tab-1', saver.unloadJournal()!);
    saver.dispose();
    await t.repo.saveChanges(doc.id, 1, doc, ok(renameElement(doc, ids.offering, 'Theirs')));

    expect(await recoverJournals(t.db, storage)).toEqual([{ modelId: doc.id, outcome: 'stale' }]);
    const loaded = await stored(doc.id);
    expect(loaded.doc.elements[ids.service]!.name).toBe('Payroll');
    expect(loaded.doc.elements[ids.offering]!.name).toBe('Theirs');
  });

  it('journals nothing when everything is saved, and drops what it cannot read', async () => {
    const { saver, storage } = await setUp();
    expect(saver.unloadJournal()).toBeNull();
    storage.setItem('mapwright.unsaved.broken', '{not json');
    storage.setItem('theme', 'dark');
    expect(await recoverJournals(t.db, storage)).toEqual([{ modelId: null, outcome: 'unreadable' }]);
    expect(storage.getItem('theme')).toBe('dark');
  });
});
