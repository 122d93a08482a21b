/** The library's last message ("Deleted “X”." with Undo); announced politely, dismissible. */
import { useEffect } from 'react';
import type { ModelHost } from '../persistence/modelHost';
import { useHostState } from '../persistence/HostContext';

const SHOWN_FOR_MS = 10_000;

export function LibraryNotice({ host }: { host: ModelHost }) {
  const notice = useHostState((state) => state.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => host.dismissNotice(), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [notice, host]);
  return (
    <div className="library-notice-region" role="status" aria-live="polite">
      {notice && (
        <div className={`notice notice-${notice.tone}`}>
          <span>{notice.text}</span>
          {notice.undo && (
            <button
              type="button"
              className="button small"
              onClick={() => {
                host.dismissNotice();
                notice.undo?.();
              }}
            >
              Undo
            </button>
          )}
          <button
            type="button"
            className="tool-button"
            aria-label="Dismiss message"
            onClick={() => host.dismissNotice()}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
