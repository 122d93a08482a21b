import { afterEach, describe, expect, it } from 'vitest';
import { renameElement } from '../../../shared/model/renameElement';
import { removeElements } from '../../../shared/model/removeElements';
import { createDocumentStore } from '../../../renderer/src/store/documentStore';
import { restoreVersion } from '../../../renderer/src/persistence/restoreVersion';
import { ids, ok, openTestDb, serviceMap, type TestDb } from './helpers';

let t: TestDb;
afterEach(() => t?.db.close());

describe('saved versions', () => {
  it('saves, lists newest first with counts, and deletes', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    const first = await t.versions.saveVersion(doc, '  before the workshop ');
    const smaller = ok(removeElements(doc, [ids.user]));
    const second = await t.versions.saveVersion(smaller, '');
    const listed = await t.versions.listVersions(doc.id);
    expect(listed.map((v) => [v.label, v.elementCount, v.linkCount])).toEqual([
      ['Untitled version', 4, 2],
      ['before the workshop', 5, 2],
    ]);
    expect(listed[0]!.id).toBe(second.id);
    await t.versions.deleteVersion(first.id);
    expect((await t.versions.listVersions(doc.id)).map((v) => v.id)).toEqual([second.id]);
    await expect(t.versions.loadSnapshot(first.id)).rejects.toThrow(/no longer stored/);
    expect(await t.versions.listVersions('some-other-model')).toEqual([]);
  });

  it('restores through the editor: one undoable step, newer work kept in the undo history', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    const version = await t.versions.saveVersion(doc, 'v1');
    const store = createDocumentStore(doc);
    store.getState().apply((d) => renameElement(d, ids.service, 'Newer work'));
    store.getState().apply((d) => removeElements(d, [ids.user]));
    const newer = store.getState().doc;

    const snapshot = await t.versions.loadSnapshot(version.id);
    expect(store.getState().apply(restoreVersion(snapshot))).toBeNull();
    const restored = store.getState().doc;
    expect(restored.elements[ids.service]!.name).toBe('Payroll');
    expect(restored.elements[ids.user]).toEqual(doc.elements[ids.user]);
    expect(restored.id).toBe(doc.id);
    // Records equal to the current ones keep their identity, so autosave writes only what differs.
    expect(restored.elements[ids.offering]).toBe(newer.elements[ids.offering]);
    expect(restored.links).toBe(newer.links);

    store.temporal.getState().undo();
    expect(store.getState().doc).toBe(newer);
  });

  it('refuses a snapshot that is not a valid model', async () => {
    const doc = serviceMap();
    const broken = { ...doc, viewOrder: [] };
    const store = createDocumentStore(doc);
    expect(store.getState().apply(restoreVersion(broken))).toMatch(/cannot be restored/);
    expect(store.getState().doc).toBe(doc);
  });
});
