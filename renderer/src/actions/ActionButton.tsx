/** A toolbar button that runs an action: its label, its shortcut in the tooltip, disabled while the action is. */
import type { LucideIcon } from 'lucide-react';
import { useActionContext, useActionEnabled } from './actionContext';
import { runAction } from './registry';
import { formatShortcut, isMac } from './shortcuts';
import type { Action } from './types';

export function ActionButton({
  action,
  icon: Icon,
  label,
}: {
  action: Action;
  icon: LucideIcon;
  label?: string;
}) {
  const ctx = useActionContext();
  const enabled = useActionEnabled(action);
  const name = label ?? action.label;
  const shortcut = action.shortcuts?.[0];
  return (
    <button
      type="button"
      className="tool-button"
      aria-label={name}
      aria-keyshortcuts={shortcut?.replace('Mod', isMac ? 'Meta' : 'Control')}
      title={shortcut ? `${name} (${formatShortcut(shortcut)})` : name}
      disabled={!enabled}
      onClick={() => runAction(action, ctx)}
    >
      <Icon aria-hidden />
    </button>
  );
}
