/**
 * The saved versions of the open model: label, when, how many elements.
 * Restore replaces the current document through the editor, as one undoable
 * edit that autosaves like any other; the newer work stays one Undo away and
 * no version is ever deleted by restoring.
 */
import { useState } from 'react';
import type { Editor } from '../editor/EditorContext';
import type { Library } from './openLibrary';
import { restoreVersion } from './restoreVersion';
import { useLiveQuery } from './useLiveQuery';
import type { VersionSummary } from './versions';
import { ConfirmDialog } from './ui/ConfirmDialog';
import { DataTable } from './ui/DataTable';
import { ModalDialog } from './ui/ModalDialog';
import { TimeCell } from './ui/TimeCell';
import { describeStorageError } from './errors';

export function VersionsDialog({
  library,
  editor,
  onClose,
}: {
  library: Library;
  editor: Editor;
  onClose: () => void;
}) {
  const modelId = editor.document.getState().doc.id;
  const versions = useLiveQuery(() => library.versions.listVersions(modelId), [library, modelId]);
  const [deleting, setDeleting] = useState<VersionSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const restore = async (version: VersionSummary) => {
    try {
      const snapshot = await library.versions.loadSnapshot(version.id);
      const refused = editor.document.getState().apply(restoreVersion(snapshot));
      if (refused) {
        setError(refused);
        return;
      }
      editor.session.getState().notify('info', `Restored “${version.label}”. Undo brings back what you had.`);
      onClose();
    } catch (caught) {
      setError(`Restoring failed. ${describeStorageError(caught).message}`);
    }
  };
  const remove = async (version: VersionSummary) => {
    setDeleting(null);
    try {
      await library.versions.deleteVersion(version.id);
    } catch (caught) {
      setError(`Deleting failed. ${describeStorageError(caught).message}`);
    }
  };

  return (
    <>
      <ModalDialog
        title="Versions"
        open={deleting === null}
        onCancel={onClose}
        className="versions-dialog"
        actions={
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        }
      >
        {versions.state === 'loading' && <p className="muted">Reading versions…</p>}
        {versions.state === 'failed' && <p role="alert">{describeStorageError(versions.error).message}</p>}
        {versions.state === 'ready' && versions.value.length === 0 && (
          <p className="muted">
            No saved versions yet. Use File › Save version… to keep the model as it is now, for example before
            a workshop.
          </p>
        )}
        {versions.state === 'ready' && versions.value.length > 0 && (
          <DataTable
            label="Saved versions"
            className="versions-table"
            columns={[{ label: 'Version' }, { label: 'Saved' }, { label: 'Elements', numeric: true }]}
          >
            {versions.value.map((version) => (
              <tr key={version.id}>
                <th scope="row">{version.label}</th>
                <TimeCell time={version.createdAt} />
                <td className="numeric">{version.elementCount}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Restore “${version.label}”`}
                    onClick={() => void restore(version)}
                  >
                    Restore
                  </button>
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Delete “${version.label}”`}
                    onClick={() => setDeleting(version)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        {error && (
          <p className="prompt-error" role="alert">
            {error}
          </p>
        )}
      </ModalDialog>
      {deleting && (
        <ConfirmDialog
          title="Delete this version?"
          confirmLabel="Delete version"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => void remove(deleting)}
        >
          <p>“{deleting.label}” will be deleted for good. The model itself does not change.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
