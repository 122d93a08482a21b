/**
 * The upgrade path: a database written by schema v1 (built here with raw
 * IndexedDB calls, as an older Mapwright left it) opens with the current
 * schema, and every row is still there, version snapshots moved and counted.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MapwrightDb, SCHEMA_V1 } from '../../../renderer/src/persistence/db';
import { describeStorageError, UpgradeBlockedError } from '../../../renderer/src/persistence/errors';
import { openLibraryDb } from '../../../renderer/src/persistence/openLibrary';
import { ModelRepository } from '../../../renderer/src/persistence/repository';
import { VersionStore } from '../../../renderer/src/persistence/versions';
import { allRows, modelRow } from '../../../renderer/src/persistence/rows';
import { ids, NOW, serviceMap, VIEW } from './helpers';

/** Dexie stores declared version n as IndexedDB version n * 10. */
const V1 = 10;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** A Dexie schema string -> keyPath and indexes, the way Dexie creates them. */
function keyPathOf(spec: string): string | string[] {
  return spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec;
}

/** Creates the v1 database with raw IndexedDB, from the released v1 schema strings, and fills it. */
async function writeV1Database(factory: IDBFactory): Promise<void> {
  const open = factory.open('mapwright', V1);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const [table, schema] of Object.entries(SCHEMA_V1)) {
      const [primary, ...indexes] = schema.split(',').map((part) => part.trim());
      const store = db.createObjectStore(table, { keyPath: keyPathOf(primary!) });
      for (const index of indexes) store.createIndex(index, keyPathOf(index));
    }
  };
  const db = await request(open);
  const doc = serviceMap();
  const rows = allRows(doc);
  const tx = db.transaction(
    ['models', 'elements', 'links', 'views', 'placements', 'versions', 'meta'],
    'readwrite',
  );
  tx.objectStore('models').put(modelRow(doc, { revision: 7, findingCount: 2, updatedAt: NOW }));
  for (const row of rows.elements) tx.objectStore('elements').put(row);
  for (const row of rows.links) tx.objectStore('links').put(row);
  for (const row of rows.views) tx.objectStore('views').put(row);
  for (const row of rows.placements) tx.objectStore('placements').put(row);
  tx.objectStore('versions').put({
    id: 'version-1',
    modelId: doc.id,
    label: 'before the workshop',
    createdAt: NOW,
    snapshot: doc,
  });
  tx.objectStore('versions').put({
    id: 'version-2',
    modelId: doc.id,
    label: 'empty start',
    createdAt: '2026-02-01T10:00:00.000Z',
    snapshot: {
      ...doc,
      elements: {},
      links: {},
      views: { [VIEW]: { id: VIEW, name: 'Main view', placements: {} } },
      viewOrder: [VIEW],
    },
  });
  tx.objectStore('meta').put({ key: 'recentModels', value: [doc.id] });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

let db: MapwrightDb | undefined;
afterEach(() => db?.close());

describe('schema upgrade v1 -> v2', () => {
  it('opens a v1 database and finds every row, with versions split into list rows and snapshots', async () => {
    const factory = new IDBFactory();
    await writeV1Database(factory);

    db = new MapwrightDb('mapwright', { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const repo = new ModelRepository(db);
    const original = serviceMap();

    const [summary] = await repo.listModels();
    expect(summary).toMatchObject({ id: original.id, name: 'Payroll', elementCount: 5, findingCount: 2 });
    const loaded = await repo.loadModel(original.id);
    expect(loaded.revision).toBe(7);
    expect(loaded.doc.elements).toEqual(original.elements);
    expect(loaded.doc.links).toEqual(original.links);
    expect(loaded.doc.views).toEqual(original.views);
    expect(loaded.doc.elements[ids.group]!.attributes.manager).toBe(ids.user);
    expect((await repo.recentModels()).map((m) => m.id)).toEqual([original.id]);

    const versions = new VersionStore(db);
    const listed = await versions.listVersions(original.id);
    expect(listed).toEqual([
      {
        id: 'version-1',
        modelId: original.id,
        label: 'before the workshop',
        createdAt: NOW,
        elementCount: 5,
        linkCount: 2,
      },
      {
        id: 'version-2',
        modelId: original.id,
        label: 'empty start',
        createdAt: '2026-02-01T10:00:00.000Z',
        elementCount: 0,
        linkCount: 0,
      },
    ]);
    expect(await versions.loadSnapshot('version-1')).toEqual(original);
    // The list rows no longer carry the snapshot.
    expect(Object.keys((await db.versions.get('version-1'))!)).not.toContain('snapshot');
    // The new index works.
    expect(await db.models.where('updatedAt').equals(NOW).count()).toBe(1);
  });

  it('says "close other windows" while another window holds the old version open, then finishes', async () => {
    const factory = new IDBFactory();
    await writeV1Database(factory);
    // An old window: keeps its connection and ignores the request to close it.
    const old = await request(factory.open('mapwright', V1));
    old.onversionchange = () => undefined;

    let blocked: Error | undefined;
    const opening = openLibraryDb({ indexedDB: factory, IDBKeyRange }, (error) => (blocked = error));
    await expect.poll(() => blocked).toBeInstanceOf(UpgradeBlockedError);
    expect(describeStorageError(blocked)).toEqual({
      kind: 'blocked',
      message: 'Close other Mapwright windows to finish upgrading.',
    });

    old.close();
    db = await opening;
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.elements.count()).toBe(5);
  });
});
