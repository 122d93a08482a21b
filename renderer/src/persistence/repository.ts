/**
 * The model library's operations on the database. Each operation is one
 * transaction, so a crash at any moment leaves either the old or the new
 * state of a model, never a mix. Content writes check and bump the model
 * row's revision in the same transaction (optimistic concurrency): a window
 * that saves on top of a revision it did not read writes nothing and is told.
 */
import { copyModel } from '@shared/model/copyModel';
import { newId } from '@shared/model/ids';
import type { Id, ModelDocument } from '@shared/model/types';
import { applyChangeSet, changeSet, writeCounts, type WriteCounts } from './changeSet';
import type { MapwrightDb, ModelRow } from './db';
import { allRows, assemble, modelRow } from './rows';

export interface ModelSummary {
  id: Id;
  name: string;
  createdAt: string;
  updatedAt: string;
  elementCount: number;
  findingCount: number;
}

export interface LoadedModel {
  doc: ModelDocument;
  revision: number;
}

export type SaveConflict = 'revision' | 'deleted' | 'missing';

export interface SaveOptions {
  /** The library's finding count for the saved document; unchanged when left out. */
  findingCount?: number;
  /** Stamped on the model row, so a later start can tell whether this save landed (journal.ts). */
  saveId?: string;
}

export type SaveResult =
  | { ok: true; revision: number; written: WriteCounts }
  | { ok: false; conflict: SaveConflict; storedRevision: number | null };

export class ModelNotFoundError extends Error {
  override name = 'ModelNotFoundError';
}

const RECENT_KEY = 'recentModels';
const RECENT_LIMIT = 10;

const summaryOf = (row: ModelRow): ModelSummary => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  elementCount: row.elementCount,
  findingCount: row.findingCount,
});

export class ModelRepository {
  constructor(
    readonly db: MapwrightDb,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  /** Models not in the bin, most recently changed first. */
  async listModels(): Promise<ModelSummary[]> {
    const rows = await this.db.models.orderBy('updatedAt').reverse().toArray();
    return rows.filter((row) => !row.deletedAt).map(summaryOf);
  }

  async summary(id: Id): Promise<ModelSummary | null> {
    const row = await this.db.models.get(id);
    return row && !row.deletedAt ? summaryOf(row) : null;
  }

  async loadModel(id: Id): Promise<LoadedModel> {
    const { db } = this;
    return db.transaction('r', db.contentTables(), async () => {
      const model = await db.models.get(id);
      if (!model || model.deletedAt) throw new ModelNotFoundError('That model is no longer in the library.');
      const [elements, links, views, placements] = await Promise.all([
        db.elements.where('modelId').equals(id).toArray(),
        db.links.where('modelId').equals(id).toArray(),
        db.views.where('modelId').equals(id).toArray(),
        db.placements.where('modelId').equals(id).toArray(),
      ]);
      return { doc: assemble(model, { elements, links, views, placements }), revision: model.revision };
    });
  }

  /**
   * Stores a whole new model (empty, from the sample, a copy, an import). Answers the model as stored (the
   * library stamps when it changed), as loadModel would read it back.
   */
  async createModel(doc: ModelDocument, findingCount = 0): Promise<LoadedModel> {
    const { db } = this;
    const rows = allRows(doc);
    const row = modelRow(doc, { revision: 1, findingCount, updatedAt: this.clock() });
    await db.transaction('rw', db.contentTables(), async () => {
      if (await db.models.get(doc.id)) throw new Error('A model with this id is already in the library.');
      await db.models.add(row);
      await db.elements.bulkPut(rows.elements);
      await db.links.bulkPut(rows.links);
      await db.views.bulkPut(rows.views);
      await db.placements.bulkPut(rows.placements);
    });
    return { doc: doc.updatedAt === row.updatedAt ? doc : { ...doc, updatedAt: row.updatedAt }, revision: 1 };
  }

  /**
   * Writes what changed from `prev` (what the database holds at
   * `baseRevision`) to `next`: only the changed rows and the model row, in one
   * transaction. If the stored revision is not `baseRevision` (another window
   * saved meanwhile) or the model was deleted, nothing is written.
   */
  async saveChanges(
    modelId: Id,
    baseRevision: number,
    prev: ModelDocument,
    next: ModelDocument,
    options: SaveOptions = {},
  ): Promise<SaveResult> {
    if (next.id !== modelId || prev.id !== modelId) throw new Error('saveChanges was given another model.');
    const { db } = this;
    const set = changeSet(prev, next);
    const updatedAt = this.clock();
    return db.transaction('rw', db.contentTables(), async (): Promise<SaveResult> => {
      const stored = await db.models.get(modelId);
      if (!stored) return { ok: false, conflict: 'missing', storedRevision: null };
      if (stored.deletedAt) return { ok: false, conflict: 'deleted', storedRevision: stored.revision };
      if (stored.revision !== baseRevision)
        return { ok: false, conflict: 'revision', storedRevision: stored.revision };
      const revision = baseRevision + 1;
      await applyChangeSet(db, set, stored, {
        revision,
        findingCount: options.findingCount ?? stored.findingCount,
        updatedAt,
        ...(options.saveId ? { saveId: options.saveId } : {}),
      });
      return { ok: true, revision, written: writeCounts(set) };
    });
  }

  /** Keeps the library's finding count current when validation finishes after a save; not a content change. */
  async updateFindingCount(id: Id, findingCount: number): Promise<void> {
    await this.db.models.update(id, { findingCount });
  }

  /** Renames a model that is not open here (the open one is renamed through its editor, undoably). */
  async renameModel(id: Id, name: string): Promise<number> {
    const trimmed = name.trim();
    if (trimmed === '') throw new Error('A model needs a name.');
    const { db } = this;
    return db.transaction('rw', db.models, async () => {
      const row = await db.models.get(id);
      if (!row || row.deletedAt) throw new ModelNotFoundError('That model is no longer in the library.');
      const revision = row.revision + 1;
      const { lastSaveId: _save, ...rest } = row;
      await db.models.put({ ...rest, name: trimmed, revision, updatedAt: this.clock() });
      return revision;
    });
  }

  /**
   * A copy under new ids throughout (model, views, elements, links): element
   * ids are export source keys, so a copy must not share them with its original.
   */
  async duplicateModel(id: Id, name?: string): Promise<LoadedModel> {
    const { doc } = await this.loadModel(id);
    const row = await this.db.models.get(id);
    const copy = copyModel(doc, { newId, name: name ?? `${doc.name} (copy)`, now: this.clock() });
    return this.createModel(copy.doc, row?.findingCount ?? 0);
  }

  /** Moves a model to the bin: it leaves the list and can be restored until purged. */
  async deleteModel(id: Id): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.models, db.meta, async () => {
      const row = await db.models.get(id);
      if (!row) return;
      const { lastSaveId: _save, ...rest } = row;
      await db.models.put({ ...rest, deletedAt: this.clock(), revision: row.revision + 1 });
    });
  }

  async restoreModel(id: Id): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.models, async () => {
      const row = await db.models.get(id);
      if (!row) throw new ModelNotFoundError('That model is no longer in the bin.');
      const { deletedAt: _deleted, lastSaveId: _save, ...rest } = row;
      await db.models.put({ ...rest, revision: row.revision + 1 });
    });
  }

  /** Removes for good every model in the bin since before `cutoff` (ISO time), with its versions. */
  async purgeDeleted(cutoff: string): Promise<number> {
    const { db } = this;
    const doomed = (await db.models.toArray()).filter(
      (row) => row.deletedAt !== undefined && row.deletedAt < cutoff,
    );
    for (const row of doomed) {
      await db.transaction('rw', [...db.contentTables(), db.versions, db.versionSnapshots], async () => {
        const versionIds = await db.versions.where('modelId').equals(row.id).primaryKeys();
        await db.versionSnapshots.bulkDelete(versionIds);
        await db.versions.bulkDelete(versionIds);
        for (const table of [db.elements, db.links, db.views, db.placements]) {
          await table.where('modelId').equals(row.id).delete();
        }
        await db.models.delete(row.id);
      });
    }
    return doomed.length;
  }

  /** Remembers that a model was opened, for "reopen the last model" and the recent list. */
  async markOpened(id: Id): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.meta, async () => {
      const ids = await this.recentIds();
      await db.meta.put({
        key: RECENT_KEY,
        value: [id, ...ids.filter((other) => other !== id)].slice(0, RECENT_LIMIT),
      });
    });
  }

  /**
   * Forgets the recently opened models (File › Open recent › Clear recently
   * opened), except `keep`: the model open in this window stays first, so a
   * new window still reopens it. The row stays (empty) rather than going, as
   * its absence is what marks a first start.
   */
  async clearRecent(keep?: Id): Promise<void> {
    await this.db.meta.put({ key: RECENT_KEY, value: keep === undefined ? [] : [keep] });
  }

  private async recentIds(): Promise<Id[]> {
    const row = await this.db.meta.get(RECENT_KEY);
    return Array.isArray(row?.value) ? row.value.filter((id): id is Id => typeof id === 'string') : [];
  }

  /** Recently opened models that are still in the library, most recent first. */
  async recentModels(): Promise<ModelSummary[]> {
    const ids = await this.recentIds();
    const rows = await this.db.models.bulkGet(ids);
    return rows.filter((row): row is ModelRow => row !== undefined && !row.deletedAt).map(summaryOf);
  }
}
