/** The last message (a refused connection, a failed paste): announced to screen readers, dismissible. */
import { useEffect } from 'react';
import { useSession } from '../editor/EditorContext';

const SHOWN_FOR_MS = 8000;

export function NoticeBar() {
  const notice = useSession((state) => state.notice);
  const dismiss = useSession((state) => state.dismissNotice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismiss, SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className={`notice notice-${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" className="tool-button" aria-label="Dismiss message" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
