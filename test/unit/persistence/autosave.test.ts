import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import { movePlacements } from '../../../shared/model/movePlacements';
import { renameElement } from '../../../shared/model/renameElement';
import { setAttribute } from '../../../shared/model/setAttribute';
import { createDocumentStore } from '../../../renderer/src/store/documentStore';
import { Autosaver, type SaveStatus } from '../../../renderer/src/persistence/autosave';
import { ids, ok, openTestDb, resetWrites, serviceMap, VIEW, type TestDb } from './helpers';

let t: TestDb;
const savers: Autosaver[] = [];
afterEach(() => {
  for (const saver of savers.splice(0)) saver.dispose();
  vi.restoreAllMocks();
  t?.db.close();
});

async function setUp(options: ConstructorParameters<typeof Autosaver>[3] = {}) {
  t = openTestDb();
  const doc = serviceMap();
  const { revision } = await t.repo.createModel(doc);
  const store = createDocumentStore(doc);
  const saver = new Autosaver(
    t.repo,
    store,
    { doc, revision },
    { debounceMs: 20, maxWaitMs: 80, retryMs: 30, ...options },
  );
  savers.push(saver.start());
  const states: SaveStatus['state'][] = [];
  saver.status.subscribe((status) => states.push(status.state));
  return { doc, store, saver, states };
}

const stored = async (id: string) => (await t.repo.loadModel(id)).doc;

describe('autosave', () => {
  it('writes an edit shortly after it, only the changed rows, and says so', async () => {
    const { doc, store, saver, states } = await setUp();
    resetWrites(t.writes);
    store.getState().apply((d) => renameElement(d, ids.service, 'Payroll Services'));
    expect(saver.status.getState().state).toBe('dirty');
    await vi.waitFor(() => expect(saver.status.getState().state).toBe('saved'));
    expect(states).toEqual(['dirty', 'saving', 'saved']);
    expect(t.writes).toEqual({ elements: 1, models: 1 });
    expect((await stored(doc.id)).elements[ids.service]!.name).toBe('Payroll Services');
    expect(saver.revision).toBe(2);
  });

  it('saves at least every maxWait during a continuous burst of edits', async () => {
    const { doc, store, saver } = await setUp({ debounceMs: 50, maxWaitMs: 100 });
    const saved: number[] = [];
    saver.status.subscribe((status) => status.state === 'saved' && saved.push(Date.now()));
    const start = Date.now();
    for (let i = 0; i < 30; i++) {
      store.getState().apply((d) => movePlacements(d, VIEW, { [ids.service]: { x: i, y: i } }));
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    // The burst lasted ~450 ms with edits every 15 ms, always inside the debounce: maxWait forced saves.
    expect(saved.filter((at) => at - start < 420).length).toBeGreaterThanOrEqual(2);
    await saver.flush();
    expect((await stored(doc.id)).views[VIEW]!.placements[ids.service]).toMatchObject({ x: 29, y: 29 });
  });

  it('flush writes at once (page hidden, window closing)', async () => {
    const { doc, store, saver } = await setUp({ debounceMs: 10_000, maxWaitMs: 10_000 });
    store
      .getState()
      .apply((d) => setAttribute(d, CATALOGUE, ids.service, 'short_description', 'Runs payroll'));
    await saver.flush();
    expect(saver.status.getState().state).toBe('saved');
    expect((await stored(doc.id)).elements[ids.service]!.attributes.short_description).toBe('Runs payroll');
  });

  it('undoing back to what is stored writes nothing', async () => {
    const { store, saver } = await setUp({ debounceMs: 40 });
    resetWrites(t.writes);
    store.getState().apply((d) => renameElement(d, ids.service, 'Temporary'));
    store.temporal.getState().undo();
    expect(saver.status.getState().state).toBe('saved');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(t.writes).toEqual({});
  });

  it('edits made while a save is in flight are written by the next one', async () => {
    const { doc, store, saver } = await setUp();
    store.getState().apply((d) => renameElement(d, ids.service, 'First'));
    const first = saver.flush();
    store.getState().apply((d) => renameElement(d, ids.offering, 'Second'));
    await first;
    await vi.waitFor(() => expect(saver.hasUnsavedChanges()).toBe(false));
    const loaded = await stored(doc.id);
    expect([loaded.elements[ids.service]!.name, loaded.elements[ids.offering]!.name]).toEqual([
      'First',
      'Second',
    ]);
  });

  it('on a revision conflict writes nothing, stops, and keeps the edits in memory', async () => {
    const { doc, store, saver } = await setUp();
    // Another window saves first.
    await t.repo.saveChanges(doc.id, 1, doc, ok(renameElement(doc, ids.service, 'Theirs')));
    resetWrites(t.writes);
    store.getState().apply((d) => renameElement(d, ids.offering, 'Mine'));
    await vi.waitFor(() =>
      expect(saver.status.getState()).toEqual({ state: 'conflict', conflict: 'revision' }),
    );
    expect(t.writes).toEqual({});
    expect(store.getState().doc.elements[ids.offering]!.name).toBe('Mine');
    store.getState().apply((d) => renameElement(d, ids.offering, 'Mine again'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(t.writes).toEqual({});
    expect(saver.status.getState().state).toBe('conflict');

    // "Reload theirs": adopt the stored model, then load it.
    const theirs = await t.repo.loadModel(doc.id);
    saver.adopt(theirs.doc, theirs.revision);
    store.getState().load(theirs.doc);
    expect(saver.status.getState().state).toBe('saved');
    store.getState().apply((d) => renameElement(d, ids.instance, 'After reload'));
    await vi.waitFor(() => expect(saver.status.getState().state).toBe('saved'));
    const loaded = await stored(doc.id);
    expect(loaded.elements[ids.service]!.name).toBe('Theirs');
    expect(loaded.elements[ids.instance]!.name).toBe('After reload');
  });

  it('a full disk keeps the in-memory model, reports it, writes nothing partial, and retries', async () => {
    const { doc, store, saver } = await setUp();
    const full = vi
      .spyOn(t.db.placements, 'bulkPut')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    store.getState().apply((d) => renameElement(d, ids.service, 'Renamed'));
    store.getState().apply((d) => movePlacements(d, VIEW, { [ids.service]: { x: 777, y: 0 } }));
    const edited = store.getState().doc;
    await vi.waitFor(() => expect(saver.status.getState().state).toBe('failed'));
    expect(saver.status.getState()).toEqual({
      state: 'failed',
      problem: { kind: 'quota', message: 'The disk or the browser storage for Mapwright is full.' },
    });
    expect(store.getState().doc).toBe(edited);
    expect(saver.hasUnsavedChanges()).toBe(true);
    // The element row written before the failing placement write was rolled back with it.
    expect((await stored(doc.id)).elements[ids.service]!.name).toBe('Payroll');

    full.mockRestore();
    await vi.waitFor(() => expect(saver.status.getState().state).toBe('saved'));
    const loaded = await stored(doc.id);
    expect(loaded.elements[ids.service]!.name).toBe('Renamed');
    expect(loaded.views[VIEW]!.placements[ids.service]).toMatchObject({ x: 777 });
  });

  it('reports the finding count of the saved document to the library', async () => {
    const { doc, store } = await setUp({ findingCount: () => 4 });
    store.getState().apply((d) => renameElement(d, ids.service, 'Counted'));
    await vi.waitFor(async () => expect((await t.repo.listModels())[0]!.findingCount).toBe(4));
    expect(doc.id).toBe((await t.repo.listModels())[0]!.id);
  });

  it('stores a model not in the library yet (revision 0) at once, then saves edits made meanwhile', async () => {
    t = openTestDb();
    const doc = serviceMap();
    const store = createDocumentStore(doc);
    const saver = new Autosaver(t.repo, store, { doc, revision: 0 }, { debounceMs: 20, maxWaitMs: 80 });
    savers.push(saver.start());
    expect(saver.stored).toBe(false);
    expect(saver.hasUnsavedChanges()).toBe(true);
    expect(saver.status.getState().state).toBe('saving');
    expect(saver.unloadJournal()).toBeNull();
    store.getState().apply((d) => renameElement(d, ids.service, 'Edited while storing'));
    await vi.waitFor(() => expect(saver.stored).toBe(true));
    await vi.waitFor(() => expect(saver.status.getState().state).toBe('saved'));
    expect(saver.hasUnsavedChanges()).toBe(false);
    expect((await stored(doc.id)).elements[ids.service]!.name).toBe('Edited while storing');
    expect(saver.revision).toBe(2);
  });

  it('a model that cannot be stored stays in memory, unsaved, and is stored on a retry', async () => {
    t = openTestDb();
    const doc = serviceMap();
    const full = vi
      .spyOn(t.db.elements, 'bulkPut')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const store = createDocumentStore(doc);
    const saver = new Autosaver(t.repo, store, { doc, revision: 0 }, { retryMs: 30 });
    savers.push(saver.start());
    await vi.waitFor(() => expect(saver.status.getState().state).toBe('failed'));
    expect(saver.stored).toBe(false);
    expect(await t.repo.listModels()).toEqual([]);
    full.mockRestore();
    await vi.waitFor(() => expect(saver.status.getState().state).toBe('saved'));
    expect(saver.stored).toBe(true);
    expect(Object.keys((await stored(doc.id)).elements)).toEqual(Object.keys(doc.elements));
  });
});
