/**
 * Keys typed into a text field belong to the field: a shortcut runs there only
 * when its action says so (Save, Find, the command palette). Otherwise Cmd+D
 * or Backspace while editing a name would duplicate or delete on the canvas.
 */
import type { Action } from './types';

/** The parts of a DOM element the check reads (so it is testable without a DOM). */
export interface FocusTarget {
  tagName: string;
  isContentEditable: boolean;
}

const TEXT_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function isTextField(target: unknown): target is FocusTarget {
  if (typeof target !== 'object' || target === null) return false;
  const { tagName, isContentEditable } = target as Partial<FocusTarget>;
  return isContentEditable === true || (typeof tagName === 'string' && TEXT_TAGS.has(tagName));
}

/** Whether a shortcut of `action` may run with the keyboard focus on `target`. */
export function shortcutAllowedIn(action: Pick<Action, 'inTextFields'>, target: unknown): boolean {
  return action.inTextFields === true || !isTextField(target);
}
