/**
 * Restoring a saved version is an edit like any other: an operation for
 * `editor.document.apply`, so it is undoable (the newer work stays one Undo
 * away) and autosaves as a new state. Nothing newer is deleted. The model
 * keeps its id and creation time; records equal to the current ones keep
 * their identity, so only what differs is redrawn and written.
 */
import { CATALOGUE } from '@shared/csdm';
import { parseModelDocument } from '@shared/model/documentSchema';
import { reuseUnchanged } from '@shared/model/reuseUnchanged';
import type { ModelDocument, OpResult } from '@shared/model/types';

export function restoreVersion(snapshot: ModelDocument): (doc: ModelDocument) => OpResult {
  return (doc) => {
    const parsed = parseModelDocument(
      { ...snapshot, id: doc.id, createdAt: doc.createdAt, updatedAt: doc.updatedAt },
      CATALOGUE,
    );
    if (!parsed.ok) return { ok: false, reason: `This version cannot be restored. ${parsed.reason}` };
    return { ok: true, doc: reuseUnchanged(doc, parsed.doc) };
  };
}
