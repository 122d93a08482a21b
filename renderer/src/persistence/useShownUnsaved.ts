/**
 * Whether the window marks the model unsaved: only once it has stayed unsaved
 * for a moment. Autosave writes an edit within about 120 ms; marking the title
 * (and, on the desktop, the window) unsaved and saved again for every edit
 * would flicker, and would be work in the edit's own task. Saved shows at once.
 */
import { useEffect, useState } from 'react';

export const SHOW_UNSAVED_AFTER_MS = 1000;

export function useShownUnsaved(unsaved: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(unsaved), unsaved ? SHOW_UNSAVED_AFTER_MS : 0);
    return () => clearTimeout(timer);
  }, [unsaved]);
  return shown && unsaved;
}
