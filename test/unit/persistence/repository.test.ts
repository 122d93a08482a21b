import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import { addElement } from '../../../shared/model/addElement';
import { movePlacements } from '../../../shared/model/movePlacements';
import { removeElements } from '../../../shared/model/removeElements';
import { removeView } from '../../../shared/model/removeView';
import { renameElement } from '../../../shared/model/renameElement';
import { renameView } from '../../../shared/model/renameView';
import { setAttribute } from '../../../shared/model/setAttribute';
import { DamagedModelError } from '../../../renderer/src/persistence/errors';
import { ids, ok, openTestDb, resetWrites, serviceMap, VIEW, VIEW2, type TestDb } from './helpers';

let t: TestDb;
afterEach(() => t?.db.close());

describe('storing and loading a model', () => {
  it('reads back exactly what was stored: elements, links, positions, views, field values', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc, 3);
    const loaded = await t.repo.loadModel(doc.id);
    expect(loaded.revision).toBe(1);
    const { updatedAt: _stored, ...rest } = loaded.doc;
    const { updatedAt: _original, ...expected } = doc;
    expect(rest).toEqual(expected);
    expect(loaded.doc.elements[ids.group]!.attributes.manager).toBe(ids.user);
    expect(loaded.doc.views[VIEW2]!.placements[ids.instance]).toEqual({
      x: 40,
      y: 50,
      width: 200,
      height: 72,
    });
    expect(await t.repo.listModels()).toEqual([
      expect.objectContaining({ id: doc.id, name: 'Payroll', elementCount: 5, findingCount: 3 }),
    ]);
  });

  it('keeps every model apart: rows are keyed by model', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    const other = { ...doc, id: 'another-model', name: 'Other' };
    await t.repo.createModel(other);
    const loaded = await t.repo.loadModel('another-model');
    expect(Object.keys(loaded.doc.elements)).toHaveLength(5);
    const edited = ok(renameElement(loaded.doc, ids.service, 'Renamed'));
    await t.repo.saveChanges('another-model', 1, loaded.doc, edited);
    expect((await t.repo.loadModel(doc.id)).doc.elements[ids.service]!.name).toBe('Payroll');
  });

  it('refuses a stored model that does not hold together, naming the problem', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    await t.db.links.put({
      modelId: doc.id,
      id: 'dangling',
      type: 'Depends on::Used by',
      from: ids.service,
      to: 'nobody',
    });
    await expect(t.repo.loadModel(doc.id)).rejects.toThrow(DamagedModelError);
    await expect(t.repo.loadModel(doc.id)).rejects.toThrow(/dangling/);
  });
});

describe('saving changes', () => {
  it('writes only the rows an edit changed, and the model row', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    resetWrites(t.writes);

    const moved = ok(movePlacements(doc, VIEW, { [ids.service]: { x: 500, y: 600 } }));
    const result = await t.repo.saveChanges(doc.id, 1, doc, moved, { findingCount: 0 });
    expect(result).toMatchObject({ ok: true, revision: 2 });
    expect(t.writes).toEqual({ placements: 1, models: 1 });

    resetWrites(t.writes);
    const renamed = ok(renameElement(moved, ids.offering, 'Payroll Europe'));
    await t.repo.saveChanges(doc.id, 2, moved, renamed);
    expect(t.writes).toEqual({ elements: 1, models: 1 });

    resetWrites(t.writes);
    const viewRenamed = ok(renameView(renamed, VIEW2, 'Delivery details'));
    await t.repo.saveChanges(doc.id, 3, renamed, viewRenamed);
    expect(t.writes).toEqual({ views: 1, models: 1 });

    const loaded = await t.repo.loadModel(doc.id);
    expect(loaded.revision).toBe(4);
    expect(loaded.doc.views[VIEW]!.placements[ids.service]).toMatchObject({ x: 500, y: 600 });
    expect(loaded.doc.elements[ids.offering]!.name).toBe('Payroll Europe');
    expect(loaded.doc.views[VIEW2]!.name).toBe('Delivery details');
  });

  it('deletes rows of removed elements, their links and placements in every view', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    resetWrites(t.writes);
    const removed = ok(removeElements(doc, [ids.instance]));
    const result = await t.repo.saveChanges(doc.id, 1, doc, removed);
    expect(result).toMatchObject({
      ok: true,
      written: { elementsDeleted: 1, linksDeleted: 1, placementsDeleted: 2, placementsPut: 0, viewsPut: 0 },
    });
    const loaded = await t.repo.loadModel(doc.id);
    expect(loaded.doc.elements[ids.instance]).toBeUndefined();
    expect(Object.keys(loaded.doc.links)).toEqual([ids.link1]);
    expect(loaded.doc.views[VIEW2]!.placements).toEqual({});
    expect(await t.db.placements.count()).toBe(4);
  });

  it('drops a removed view with all its placements', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    const removed = ok(removeView(doc, VIEW2));
    await t.repo.saveChanges(doc.id, 1, doc, removed);
    expect(await t.db.views.count()).toBe(1);
    expect(await t.db.placements.where('[modelId+viewId]').equals([doc.id, VIEW2]).count()).toBe(0);
    expect((await t.repo.loadModel(doc.id)).doc.viewOrder).toEqual([VIEW]);
  });

  it('a drag in a view of 10,000 placements writes one placement row', async () => {
    t = openTestDb();
    let doc = serviceMap();
    const elements = { ...doc.elements };
    const placements = { ...doc.views[VIEW]!.placements };
    for (let i = 0; i < 10_000; i++) {
      const id = `bulk-${i}`;
      elements[id] = { id, kind: 'server', table: 'cmdb_ci_linux_server', name: `srv${i}`, attributes: {} };
      placements[id] = { x: (i % 100) * 220, y: Math.floor(i / 100) * 100, width: 200, height: 72 };
    }
    doc = { ...doc, elements, views: { ...doc.views, [VIEW]: { ...doc.views[VIEW]!, placements } } };
    await t.repo.createModel(doc);
    resetWrites(t.writes);
    const moved = ok(movePlacements(doc, VIEW, { 'bulk-42': { x: 1, y: 2 } }));
    await t.repo.saveChanges(doc.id, 1, doc, moved);
    expect(t.writes).toEqual({ placements: 1, models: 1 });
    expect(await t.db.placements.get([doc.id, VIEW, 'bulk-42'])).toMatchObject({ x: 1, y: 2 });
  });

  it('undo is just another document: going back writes the difference', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    const added = ok(
      addElement(doc, CATALOGUE, {
        id: 'new-one',
        kind: 'server',
        name: 'db01',
        placement: { viewId: VIEW, x: 9, y: 9 },
      }),
    );
    await t.repo.saveChanges(doc.id, 1, doc, added);
    resetWrites(t.writes);
    await t.repo.saveChanges(doc.id, 2, added, doc);
    expect(t.writes).toEqual({ elements: 1, placements: 1, models: 1 });
    const loaded = await t.repo.loadModel(doc.id);
    expect(loaded.doc.elements['new-one']).toBeUndefined();
  });
});

describe('revision conflicts', () => {
  it('writes nothing when the stored revision is not the one the change was based on', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    const theirs = ok(renameElement(doc, ids.service, 'Theirs'));
    expect(await t.repo.saveChanges(doc.id, 1, doc, theirs)).toMatchObject({ ok: true, revision: 2 });

    resetWrites(t.writes);
    const mine = ok(setAttribute(doc, CATALOGUE, ids.service, 'short_description', 'Mine'));
    const result = await t.repo.saveChanges(doc.id, 1, doc, mine);
    expect(result).toEqual({ ok: false, conflict: 'revision', storedRevision: 2 });
    expect(t.writes).toEqual({});
    const stored = await t.repo.loadModel(doc.id);
    expect(stored.doc.elements[ids.service]!.name).toBe('Theirs');
    expect(stored.doc.elements[ids.service]!.attributes.short_description).toBeUndefined();
  });

  it('reports a model deleted meanwhile as a conflict too', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    await t.repo.deleteModel(doc.id);
    const mine = ok(renameElement(doc, ids.service, 'Mine'));
    expect(await t.repo.saveChanges(doc.id, 1, doc, mine)).toMatchObject({ ok: false, conflict: 'deleted' });
  });

  it('a rename from the library bumps the revision, so an open editor elsewhere cannot undo it silently', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    expect(await t.repo.renameModel(doc.id, '  Payroll 2026 ')).toBe(2);
    expect((await t.repo.listModels())[0]!.name).toBe('Payroll 2026');
    const mine = ok(renameElement(doc, ids.service, 'Mine'));
    expect(await t.repo.saveChanges(doc.id, 1, doc, mine)).toMatchObject({ ok: false, conflict: 'revision' });
  });
});

describe('the library', () => {
  it('duplicates under new ids throughout, with links, placements and references following', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    const copy = await t.repo.duplicateModel(doc.id);
    expect(copy.doc.id).not.toBe(doc.id);
    expect(copy.doc.name).toBe('Payroll (copy)');
    const loaded = (await t.repo.loadModel(copy.doc.id)).doc;
    const originalIds = new Set([
      ...Object.keys(doc.elements),
      ...Object.keys(doc.links),
      ...Object.keys(doc.views),
    ]);
    for (const id of [...Object.keys(loaded.elements), ...Object.keys(loaded.links), ...loaded.viewOrder]) {
      expect(originalIds.has(id)).toBe(false);
    }
    const byName = (name: string) => Object.values(loaded.elements).find((element) => element.name === name)!;
    expect(byName('Payroll ops').attributes.manager).toBe(byName('Alice').id);
    expect(byName('Payroll EMEA').attributes.short_description).toBe('Payroll for EMEA');
    const links = Object.values(loaded.links).map((link) => [link.from, link.to]);
    expect(links).toContainEqual([byName('Payroll').id, byName('Payroll EMEA').id]);
    expect(links).toContainEqual([byName('Payroll EMEA').id, byName('Payroll PROD').id]);
    const delivery = loaded.views[loaded.viewOrder[1]!]!;
    expect(delivery.name).toBe('Delivery');
    expect(delivery.placements[byName('Payroll PROD').id]).toMatchObject({ x: 40, y: 50 });
    // The original is untouched.
    expect((await t.repo.loadModel(doc.id)).doc.elements[ids.group]!.attributes.manager).toBe(ids.user);
    expect(await t.repo.listModels()).toHaveLength(2);
  });

  it('moves a deleted model to the bin, and restores it on undo', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    await t.repo.deleteModel(doc.id);
    expect(await t.repo.listModels()).toEqual([]);
    await expect(t.repo.loadModel(doc.id)).rejects.toThrow(/no longer in the library/);
    await t.repo.restoreModel(doc.id);
    expect(await t.repo.listModels()).toHaveLength(1);
    expect(Object.keys((await t.repo.loadModel(doc.id)).doc.elements)).toHaveLength(5);
  });

  it('purges models in the bin for longer than the cutoff, with all their rows and versions', async () => {
    t = openTestDb();
    const doc = serviceMap();
    await t.repo.createModel(doc);
    await t.versions.saveVersion(doc, 'v1');
    await t.repo.deleteModel(doc.id);
    expect(await t.repo.purgeDeleted('2000-01-01T00:00:00.000Z')).toBe(0);
    expect(await t.repo.purgeDeleted('2999-01-01T00:00:00.000Z')).toBe(1);
    for (const table of t.db.tables.filter((table) => table.name !== 'meta'))
      expect(await table.count()).toBe(0);
  });

  it('remembers recently opened models, most recent first, leaving out deleted ones, until cleared', async () => {
    t = openTestDb();
    const a = serviceMap();
    await t.repo.createModel(a);
    const b = await t.repo.duplicateModel(a.id);
    const c = await t.repo.duplicateModel(a.id);
    await t.repo.markOpened(a.id);
    await t.repo.markOpened(b.doc.id);
    await t.repo.markOpened(c.doc.id);
    await t.repo.markOpened(a.id);
    expect((await t.repo.recentModels()).map((m) => m.id)).toEqual([a.id, c.doc.id, b.doc.id]);
    await t.repo.deleteModel(a.id);
    expect((await t.repo.recentModels()).map((m) => m.id)).toEqual([c.doc.id, b.doc.id]);

    // Clearing keeps the model named (the one open in the window), and every model in the library.
    await t.repo.clearRecent(b.doc.id);
    expect((await t.repo.recentModels()).map((m) => m.id)).toEqual([b.doc.id]);
    await t.repo.clearRecent();
    expect(await t.repo.recentModels()).toEqual([]);
    expect(await t.repo.listModels()).toHaveLength(2);
    // The start-up code reads a missing row as a first start (and would open the sample).
    expect(await t.db.meta.get('recentModels')).toEqual({ key: 'recentModels', value: [] });
  });

  it('lists the most recently changed model first', async () => {
    t = openTestDb();
    const a = serviceMap();
    await t.repo.createModel(a);
    const b = await t.repo.duplicateModel(a.id, 'Second');
    expect((await t.repo.listModels()).map((m) => m.name)).toEqual(['Second', 'Payroll']);
    await t.repo.saveChanges(a.id, 1, a, ok(renameElement(a, ids.service, 'Changed')));
    expect((await t.repo.listModels()).map((m) => m.name)).toEqual(['Payroll', 'Second']);
    expect(b.revision).toBe(1);
  });
});
