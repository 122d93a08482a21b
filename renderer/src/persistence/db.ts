/**
 * The local model library: one IndexedDB database ("mapwright") through Dexie,
 * with explicit schema versions and upgrade functions.
 *
 * One row per model, element, link, view and placement, all keyed by model
 * ([modelId+id], with a modelId index to read or drop one model's rows).
 * Autosave writes only the rows an edit changed, so the row is the unit of
 * change. Placements are rows of their own ([modelId+viewId+elementId])
 * rather than a map inside the view row: a drag moves a few nodes, and with
 * a 10,000-node view inside one row every drag would rewrite the whole view
 * (about a megabyte) instead of the few placements it touched. The view row
 * keeps only what is the view's own (id, name).
 *
 * The model row carries a `revision`, bumped in the same transaction as every
 * save: a writer that read revision n may write only while it is still n
 * (see repository.ts), which is how two windows never overwrite each other.
 *
 * Versions:
 * - v1: models, elements, links, views, placements, versions (the snapshot
 *   inside the version row), meta (recent models).
 * - v2: listing a model's versions read every snapshot (a whole model each),
 *   so snapshots move to `versionSnapshots` and the version row gains the
 *   counts the Versions dialog shows; models get an `updatedAt` index (the
 *   library lists by last change) and versions a [modelId+createdAt] index.
 *   The upgrade moves every existing snapshot and fills the counts.
 *
 * Dexie keeps a version's backend number at ten times the declared one
 * (v1 is IndexedDB version 10). Never edit a released version; add one.
 */
import { Dexie, type DexieOptions, type Table, type Transaction } from 'dexie';
import type { Element, Id, Link, ModelDocument, ModelSettings, Placement } from '@shared/model/types';

export const DB_NAME = 'mapwright';

export interface ModelRow {
  id: Id;
  name: string;
  settings: ModelSettings;
  createdAt: string;
  updatedAt: string;
  viewOrder: Id[];
  elementCount: number;
  findingCount: number;
  /** Bumped by every write of the model's content; see the header. */
  revision: number;
  /** Set when moved to the bin (soft delete); restoring removes it. */
  deletedAt?: string;
  /** Id of the save that wrote this revision, when it came from autosave (see journal.ts). */
  lastSaveId?: string;
}

export interface ElementRow extends Element {
  modelId: Id;
}

export interface LinkRow extends Link {
  modelId: Id;
}

export interface ViewRow {
  modelId: Id;
  id: Id;
  name: string;
}

export interface PlacementRow extends Placement {
  modelId: Id;
  viewId: Id;
  elementId: Id;
}

/** A saved version as listed (v2); the snapshot is in `versionSnapshots` under the same id. */
export interface VersionRow {
  id: Id;
  modelId: Id;
  label: string;
  createdAt: string;
  elementCount: number;
  linkCount: number;
}

/** A v1 version row: the whole model inside. Only the upgrade reads these. */
export interface VersionRowV1 {
  id: Id;
  modelId: Id;
  label: string;
  createdAt: string;
  snapshot: ModelDocument;
}

export interface VersionSnapshotRow {
  id: Id;
  snapshot: ModelDocument;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Schema strings as released; tests build a v1 database from SCHEMA_V1 to exercise the upgrade. */
export const SCHEMA_V1 = {
  models: 'id',
  elements: '[modelId+id], modelId',
  links: '[modelId+id], modelId',
  views: '[modelId+id], modelId',
  placements: '[modelId+viewId+elementId], modelId, [modelId+viewId]',
  versions: 'id, modelId',
  meta: 'key',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  models: 'id, updatedAt',
  versions: 'id, modelId, [modelId+createdAt]',
  versionSnapshots: 'id',
} as const;

export const CURRENT_VERSION = 2;

/** v1 -> v2: move each snapshot out of its version row and fill the row's counts, one version at a time. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const versions = tx.table<VersionRowV1 | VersionRow, Id>('versions');
  const snapshots = tx.table<VersionSnapshotRow, Id>('versionSnapshots');
  const ids = await versions.toCollection().primaryKeys();
  for (const id of ids) {
    const row = await versions.get(id);
    if (!row || !('snapshot' in row)) continue;
    const { snapshot, ...rest } = row;
    await snapshots.put({ id, snapshot });
    await versions.put({
      ...rest,
      elementCount: Object.keys(snapshot.elements).length,
      linkCount: Object.keys(snapshot.links).length,
    });
  }
}

export class MapwrightDb extends Dexie {
  declare models: Table<ModelRow, Id>;
  declare elements: Table<ElementRow, [Id, Id]>;
  declare links: Table<LinkRow, [Id, Id]>;
  declare views: Table<ViewRow, [Id, Id]>;
  declare placements: Table<PlacementRow, [Id, Id, Id]>;
  declare versions: Table<VersionRow, Id>;
  declare versionSnapshots: Table<VersionSnapshotRow, Id>;
  declare meta: Table<MetaRow, string>;

  /** `options` lets tests pass fake-indexeddb; saves are durable ('strict') wherever Chromium honours it. */
  constructor(name: string = DB_NAME, options: DexieOptions = {}) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }

  /** Every table a model's content lives in, for transactions that write a whole model. */
  contentTables(): Table[] {
    return [this.models, this.elements, this.links, this.views, this.placements];
  }
}
