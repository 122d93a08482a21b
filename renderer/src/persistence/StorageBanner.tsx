/**
 * When the library cannot store the model (disk full, storage unavailable,
 * database upgraded elsewhere): what happened, that the model is still here,
 * and a way out that does not depend on the library, "Export to a file".
 */
import { useState } from 'react';
import { useHostState, useModelHost, useSaveStatus } from './HostContext';

export function StorageBanner() {
  const host = useModelHost();
  const status = useSaveStatus();
  const problem = useHostState((state) => state.storageProblem);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!host) return null;
  const failed = status?.state === 'failed' ? status.problem : null;
  const shown = failed ?? problem;
  if (!shown || dismissed === shown.message) return null;
  const blocked = shown.kind === 'blocked';
  return (
    <div className="storage-banner" role="alert">
      <div className="storage-banner-text">
        <strong>
          {failed ? 'Your latest changes are not saved.' : 'Models are not being saved in this window.'}
        </strong>{' '}
        <span>{shown.message}</span>{' '}
        {!blocked && <span>The model is still open here; export it to a file to keep a copy.</span>}
      </div>
      <div className="storage-banner-actions">
        {failed && (
          <button type="button" className="button" onClick={() => void host.saveNow()}>
            Try again
          </button>
        )}
        <button type="button" className="button primary" onClick={() => void host.exportToFile()}>
          Export to a file
        </button>
        {!failed && (
          <button type="button" className="button" onClick={() => setDismissed(shown.message)}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
