/**
 * The action context for components that run actions (toolbar, menu bar,
 * command palette), and a hook that keeps an action's enabled state current.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { isEnabled } from './registry';
import type { Action, ActionContext } from './types';

export const ActionContextReact = createContext<ActionContext | null>(null);

export function useActionContext(): ActionContext {
  const ctx = useContext(ActionContextReact);
  if (!ctx) throw new Error('useActionContext must be used inside <ActionContextReact.Provider>');
  return ctx;
}

/**
 * Whether an action is enabled now. Enabled checks read the document, its
 * undo history and the session, so the answer is re-read when any of them
 * changes; the component renders again only when the answer flips.
 */
export function useActionEnabled(action: Action): boolean {
  const ctx = useActionContext();
  const { editor } = ctx;
  const subscribe = useCallback(
    (onChange: () => void) => {
      const stops = [
        editor.document.subscribe(onChange),
        editor.document.temporal.subscribe(onChange),
        editor.session.subscribe(onChange),
      ];
      return () => stops.forEach((stop) => stop());
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, () => isEnabled(action, ctx));
}
