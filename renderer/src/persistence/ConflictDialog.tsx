/**
 * Another window saved this model after this window last read it, and this
 * window has changes of its own. Nothing was written; the user chooses.
 * There is no "overwrite theirs": both versions are always kept.
 */
import { useRef } from 'react';
import { useHostState, useModelHost, useSaveStatus } from './HostContext';
import { ModalDialog } from './ui/ModalDialog';

export function ConflictDialog() {
  const host = useModelHost();
  const status = useSaveStatus();
  // The choice that loses nothing has the focus.
  const keepMine = useRef<HTMLButtonElement>(null);
  const name = useHostState((state) => state.open?.editor.document.getState().doc.name ?? 'This model');
  if (!host || status?.state !== 'conflict') return null;
  const gone = status.conflict !== 'revision';
  return (
    <ModalDialog
      title={gone ? 'This model was deleted in another window' : 'This model was changed in another window'}
      open
      role="alertdialog"
      dismissible={false}
      initialFocus={keepMine}
      onCancel={() => undefined}
      actions={
        <>
          {gone ? (
            <button type="button" className="button" onClick={() => void host.closeModel(true)}>
              Close model
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void host.reloadTheirs()}>
              Reload theirs
            </button>
          )}
          <button
            ref={keepMine}
            type="button"
            className="button primary"
            onClick={() => void host.keepMineAsCopy()}
          >
            Keep mine as a copy
          </button>
        </>
      }
    >
      <p>
        {gone
          ? `“${name}” was moved to the bin in another window while you had changes here. Your changes are not saved yet.`
          : `Another Mapwright window saved “${name}” while you had unsaved changes here. Nothing has been overwritten: your changes are not saved yet.`}
      </p>
      <ul className="conflict-choices">
        {!gone && (
          <li>
            <strong>Reload theirs</strong> discards your unsaved changes and shows the model as the other
            window saved it.
          </li>
        )}
        <li>
          <strong>Keep mine as a copy</strong> saves what you see here as a new model
          {gone ? '.' : ' and leaves theirs as it is.'}
        </li>
      </ul>
    </ModalDialog>
  );
}
