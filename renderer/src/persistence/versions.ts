/**
 * Saved versions of a model: a labelled snapshot ("before the workshop").
 * The listed row is small (label, time, counts); the snapshot sits in its own
 * table, read only to restore, so the Versions dialog stays quick however
 * large the model (schema v2, see db.ts).
 */
import { Dexie } from 'dexie';
import { newId } from '@shared/model/ids';
import type { Id, ModelDocument } from '@shared/model/types';
import type { MapwrightDb, VersionRow } from './db';

export type VersionSummary = VersionRow;

export class VersionStore {
  constructor(
    private readonly db: MapwrightDb,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  async saveVersion(doc: ModelDocument, label: string): Promise<VersionSummary> {
    const { db } = this;
    const createdAt = this.clock();
    const row: VersionRow = {
      id: newId(),
      modelId: doc.id,
      label: label.trim() || 'Untitled version',
      createdAt,
      elementCount: Object.keys(doc.elements).length,
      linkCount: Object.keys(doc.links).length,
    };
    await db.transaction('rw', db.versions, db.versionSnapshots, async () => {
      await db.versionSnapshots.put({ id: row.id, snapshot: { ...doc, updatedAt: createdAt } });
      await db.versions.put(row);
    });
    return row;
  }

  /** Newest first. */
  listVersions(modelId: Id): Promise<VersionSummary[]> {
    return this.db.versions
      .where('[modelId+createdAt]')
      .between([modelId, Dexie.minKey], [modelId, Dexie.maxKey])
      .reverse()
      .toArray();
  }

  async loadSnapshot(versionId: Id): Promise<ModelDocument> {
    const row = await this.db.versionSnapshots.get(versionId);
    if (!row) throw new Error('That version is no longer stored.');
    return row.snapshot;
  }

  async deleteVersion(versionId: Id): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.versions, db.versionSnapshots, async () => {
      await db.versions.delete(versionId);
      await db.versionSnapshots.delete(versionId);
    });
  }
}
