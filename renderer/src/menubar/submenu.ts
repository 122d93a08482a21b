/**
 * A submenu whose items are data rather than actions: File › Open recent
 * lists models, which come and go while the app runs. The menu model places
 * it among the actions; the in-app menu bar and the native menu both draw
 * it, and a picked item runs through `run`.
 */
import type { ActionContext, ActionGroup } from '../actions/types';

export interface SubmenuItem {
  /** What the native menu sends back when the item is picked; letters and dots, like an action id. */
  id: string;
  label: string;
  /** The whole text when the label had to be shortened (the in-app menu shows it on hover). */
  title?: string;
  enabled: boolean;
  /** A separator line goes before it. */
  separateBefore?: boolean;
  run: () => void;
}

export interface Submenu {
  /** Names the entry, like an action id (separators are placed by it). */
  id: string;
  label: string;
  group: ActionGroup;
  /** The action it follows in its group's menu. */
  after: string;
  /** The items now. Pure: reads the context, changes nothing. */
  items: (ctx: ActionContext) => readonly SubmenuItem[];
  /** Calls `onChange` whenever the items may have changed; returns the unsubscribe function. */
  subscribe: (ctx: ActionContext, onChange: () => void) => () => void;
}
