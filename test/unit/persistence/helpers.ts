/** A fresh fake IndexedDB per test, a database on it, and a small service map to store. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DBCoreMutateRequest, DBCoreTable, Middleware, DBCore } from 'dexie';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import { addElement } from '../../../shared/model/addElement';
import { connect } from '../../../shared/model/connect';
import { createModel } from '../../../shared/model/createModel';
import { setAttribute } from '../../../shared/model/setAttribute';
import { addView } from '../../../shared/model/addView';
import { addToView } from '../../../shared/model/addToView';
import type { ModelDocument, OpResult } from '../../../shared/model/types';
import { MapwrightDb } from '../../../renderer/src/persistence/db';
import { ModelRepository } from '../../../renderer/src/persistence/repository';
import { VersionStore } from '../../../renderer/src/persistence/versions';

export const MODEL = '7b0c7c55-0000-4000-8000-000000000001';
export const VIEW = '7b0c7c55-0000-4000-8000-0000000000a1';
export const VIEW2 = '7b0c7c55-0000-4000-8000-0000000000a2';
export const NOW = '2026-03-01T10:00:00.000Z';

export const ids = {
  service: '11111111-0000-4000-8000-000000000001',
  offering: '11111111-0000-4000-8000-000000000002',
  instance: '11111111-0000-4000-8000-000000000003',
  user: '11111111-0000-4000-8000-000000000004',
  group: '11111111-0000-4000-8000-000000000005',
  link1: '22222222-0000-4000-8000-000000000001',
  link2: '22222222-0000-4000-8000-000000000002',
};

export function ok(result: OpResult): ModelDocument {
  if (!result.ok) throw new Error(`expected success, got: ${result.reason}`);
  return result.doc;
}

/** A business service with an offering, a service instance, a user and a group managed by that user, in two views. */
export function serviceMap(): ModelDocument {
  let doc = createModel({ id: MODEL, name: 'Payroll', now: NOW, viewId: VIEW });
  const add = (
    id: string,
    kind: Parameters<typeof addElement>[2]['kind'],
    name: string,
    x: number,
    y: number,
  ) => {
    doc = ok(addElement(doc, CATALOGUE, { id, kind, name, placement: { viewId: VIEW, x, y } }));
  };
  add(ids.service, 'business_service', 'Payroll', 0, 0);
  add(ids.offering, 'business_offering', 'Payroll EMEA', 0, 200);
  add(ids.instance, 'service_instance', 'Payroll PROD', 0, 400);
  add(ids.user, 'user', 'Alice', 300, 0);
  add(ids.group, 'group', 'Payroll ops', 300, 200);
  doc = ok(connect(doc, CATALOGUE, { id: ids.link1, from: ids.service, to: ids.offering }));
  doc = ok(connect(doc, CATALOGUE, { id: ids.link2, from: ids.offering, to: ids.instance }));
  doc = ok(setAttribute(doc, CATALOGUE, ids.group, 'manager', ids.user));
  doc = ok(setAttribute(doc, CATALOGUE, ids.offering, 'short_description', 'Payroll for EMEA'));
  doc = ok(setAttribute(doc, CATALOGUE, ids.instance, 'operational_status', '1'));
  doc = ok(addView(doc, { id: VIEW2, name: 'Delivery' }));
  doc = ok(addToView(doc, VIEW2, { [ids.instance]: { x: 40, y: 50 } }));
  return doc;
}

export interface TestDb {
  db: MapwrightDb;
  factory: IDBFactory;
  repo: ModelRepository;
  versions: VersionStore;
  /** Rows written per table since the last reset (puts, adds and deletes; a range delete counts once). */
  writes: Record<string, number>;
}

let clockTick = 0;
/** A clock that moves on a millisecond per reading, so updatedAt orders saves. */
export const testClock = (): string => new Date(Date.parse(NOW) + ++clockTick).toISOString();

export function countingMiddleware(writes: Record<string, number>): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'countWrites',
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            const n =
              req.type === 'deleteRange' ? 1 : req.type === 'delete' ? req.keys.length : req.values.length;
            writes[name] = (writes[name] ?? 0) + n;
            return table.mutate(req);
          },
        };
      },
    }),
  };
}

export function openTestDb(factory: IDBFactory = new IDBFactory(), name = 'mapwright'): TestDb {
  const db = new MapwrightDb(name, { indexedDB: factory, IDBKeyRange });
  const writes: Record<string, number> = {};
  db.use(countingMiddleware(writes));
  return {
    db,
    factory,
    repo: new ModelRepository(db, testClock),
    versions: new VersionStore(db, testClock),
    writes,
  };
}

export function resetWrites(writes: Record<string, number>): void {
  for (const key of Object.keys(writes)) Reflect.deleteProperty(writes, key);
}
