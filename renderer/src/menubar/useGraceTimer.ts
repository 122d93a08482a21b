/**
 * A pointer on its way from a submenu's entry into the submenu often crosses
 * a neighbouring item. Desktop menus wait a moment before that neighbour
 * takes over, so the submenu stays open; this is that wait. `later(run)`
 * runs the latest `run` once the wait is over, unless `cancel()` comes first
 * (the pointer reached the submenu, or came back to its entry).
 */
import { useCallback, useEffect, useRef } from 'react';

export const SUBMENU_GRACE_MS = 300;

export function useGraceTimer(delayMs = SUBMENU_GRACE_MS): {
  later: (run: () => void) => void;
  cancel: () => void;
} {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const next = useRef<() => void>(() => undefined);
  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
  }, []);
  const later = useCallback(
    (run: () => void) => {
      next.current = run;
      // The wait counts from when the pointer left the entry, not from its latest move.
      timer.current ??= setTimeout(() => {
        timer.current = undefined;
        next.current();
      }, delayMs);
    },
    [delayMs],
  );
  useEffect(() => cancel, [cancel]);
  return { later, cancel };
}
