/**
 * The rows one save writes: what changed from the stored document to the
 * current one, found by object identity (diffDocuments, diffViewRows). Plain
 * data, so it can also be kept in localStorage when the page goes away with
 * a save pending (journal.ts), and applied at the next start.
 */
import { diffOnce } from '@shared/model/diffDocuments';
import { diffViewRows } from '@shared/model/diffViewRows';
import type { Id, ModelDocument } from '@shared/model/types';
import type { ElementRow, LinkRow, MapwrightDb, ModelRow, PlacementRow, ViewRow } from './db';
import { elementRow, linkRow, modelRow, placementRow, viewRow } from './rows';

/** The model row's content fields (what the document says); revision, counts and times are added on write. */
export type ModelContent = Pick<
  ModelRow,
  'id' | 'name' | 'settings' | 'createdAt' | 'viewOrder' | 'elementCount'
>;

export interface ChangeSet {
  model: ModelContent;
  elementsPut: ElementRow[];
  elementsDeleted: Id[];
  linksPut: LinkRow[];
  linksDeleted: Id[];
  viewsPut: ViewRow[];
  viewsDeleted: Id[];
  placementsPut: PlacementRow[];
  /** [viewId, elementId] */
  placementsDeleted: [Id, Id][];
}

/** Rows each save wrote, by table (tests and diagnostics). */
export interface WriteCounts {
  elementsPut: number;
  elementsDeleted: number;
  linksPut: number;
  linksDeleted: number;
  viewsPut: number;
  viewsDeleted: number;
  placementsPut: number;
  placementsDeleted: number;
}

/** The records a diff named (all present by construction; the lookup keeps the types honest). */
function present<T>(ids: readonly Id[], lookup: (id: Id) => T | undefined): T[] {
  const found: T[] = [];
  for (const id of ids) {
    const value = lookup(id);
    if (value !== undefined) found.push(value);
  }
  return found;
}

export function changeSet(prev: ModelDocument, next: ModelDocument): ChangeSet {
  if (prev.id !== next.id) throw new Error('A change set is between two states of one model.');
  const modelId = next.id;
  // Validation usually diffed this same pair just after the edit (diffOnce shares it).
  const diff = diffOnce(prev, next);
  const views = diffViewRows(prev, next, diff.views);
  const placementsPut: PlacementRow[] = [];
  for (const { viewId, elementId } of views.placementsPut) {
    const placement = next.views[viewId]?.placements[elementId];
    if (placement) placementsPut.push(placementRow(modelId, viewId, elementId, placement));
  }
  const { id, name, settings, createdAt, viewOrder, elementCount } = modelRow(next, {
    revision: 0,
    findingCount: 0,
    updatedAt: next.updatedAt,
  });
  return {
    model: { id, name, settings, createdAt, viewOrder, elementCount },
    elementsPut: present(diff.elements.put, (key) => next.elements[key]).map((e) => elementRow(modelId, e)),
    elementsDeleted: diff.elements.deleted,
    linksPut: present(diff.links.put, (key) => next.links[key]).map((link) => linkRow(modelId, link)),
    linksDeleted: diff.links.deleted,
    viewsPut: present(views.viewsPut, (key) => next.views[key]).map((view) => viewRow(modelId, view)),
    viewsDeleted: views.viewsDeleted,
    placementsPut,
    placementsDeleted: views.placementsDeleted.map(({ viewId, elementId }): [Id, Id] => [viewId, elementId]),
  };
}

export function writeCounts(set: ChangeSet): WriteCounts {
  return {
    elementsPut: set.elementsPut.length,
    elementsDeleted: set.elementsDeleted.length,
    linksPut: set.linksPut.length,
    linksDeleted: set.linksDeleted.length,
    viewsPut: set.viewsPut.length,
    viewsDeleted: set.viewsDeleted.length,
    placementsPut: set.placementsPut.length,
    placementsDeleted: set.placementsDeleted.length,
  };
}

export interface RowStamp {
  revision: number;
  findingCount: number;
  updatedAt: string;
  saveId?: string;
}

/** Writes a change set and the model row. Call inside a read-write transaction over the content tables. */
export async function applyChangeSet(
  db: MapwrightDb,
  set: ChangeSet,
  stored: ModelRow,
  stamp: RowStamp,
): Promise<void> {
  const modelId = set.model.id;
  if (set.elementsPut.length > 0) await db.elements.bulkPut(set.elementsPut);
  if (set.elementsDeleted.length > 0)
    await db.elements.bulkDelete(set.elementsDeleted.map((id): [Id, Id] => [modelId, id]));
  if (set.linksPut.length > 0) await db.links.bulkPut(set.linksPut);
  if (set.linksDeleted.length > 0)
    await db.links.bulkDelete(set.linksDeleted.map((id): [Id, Id] => [modelId, id]));
  for (const viewId of set.viewsDeleted) {
    await db.placements.where('[modelId+viewId]').equals([modelId, viewId]).delete();
  }
  if (set.viewsDeleted.length > 0)
    await db.views.bulkDelete(set.viewsDeleted.map((id): [Id, Id] => [modelId, id]));
  if (set.viewsPut.length > 0) await db.views.bulkPut(set.viewsPut);
  if (set.placementsPut.length > 0) await db.placements.bulkPut(set.placementsPut);
  if (set.placementsDeleted.length > 0)
    await db.placements.bulkDelete(
      set.placementsDeleted.map(([viewId, elementId]): [Id, Id, Id] => [modelId, viewId, elementId]),
    );
  const row: ModelRow = {
    ...stored,
    ...set.model,
    revision: stamp.revision,
    findingCount: stamp.findingCount,
    updatedAt: stamp.updatedAt,
  };
  if (stamp.saveId) row.lastSaveId = stamp.saveId;
  else delete row.lastSaveId;
  await db.models.put(row);
}
