/**
 * What changed inside views, for storage that keeps one row per view (name)
 * and one row per placement. A drag changes a few placements of one view:
 * this names exactly those, so autosave never rewrites a whole view. Works
 * by object identity like `diffDocuments`, whose view changes it refines.
 */
import { diffRecords, type RecordChanges } from './recordChanges';
import type { Id, ModelDocument, View } from './types';

export interface PlacementKey {
  viewId: Id;
  elementId: Id;
}

export interface ViewRowChanges {
  /** Views whose own row (id, name) must be written: new or renamed. */
  viewsPut: Id[];
  /** Views gone: their row and all their placements go. */
  viewsDeleted: Id[];
  placementsPut: PlacementKey[];
  /** Placements gone from views that remain. */
  placementsDeleted: PlacementKey[];
}

function placementChanges(viewId: Id, before: View | undefined, after: View, changes: ViewRowChanges): void {
  const { put, deleted } = diffRecords(before?.placements ?? {}, after.placements);
  for (const elementId of put) changes.placementsPut.push({ viewId, elementId });
  for (const elementId of deleted) changes.placementsDeleted.push({ viewId, elementId });
}

/** `views`: the view changes `diffDocuments(prev, next)` reported. */
export function diffViewRows(prev: ModelDocument, next: ModelDocument, views: RecordChanges): ViewRowChanges {
  const changes: ViewRowChanges = {
    viewsPut: [],
    viewsDeleted: views.deleted,
    placementsPut: [],
    placementsDeleted: [],
  };
  for (const viewId of views.put) {
    const after = next.views[viewId];
    if (!after) continue;
    const before = Object.hasOwn(prev.views, viewId) ? prev.views[viewId] : undefined;
    if (!before || before.name !== after.name || before.id !== after.id) changes.viewsPut.push(viewId);
    placementChanges(viewId, before, after, changes);
  }
  return changes;
}
