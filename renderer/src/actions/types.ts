/**
 * Every user command is one action object: its label, shortcut, when it is
 * enabled and what it does. The native menu, the toolbar, keyboard shortcuts,
 * the command palette and the shortcut overlay all read the same objects.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { Editor } from '../editor/EditorContext';
import type { Platform } from '../platform/Platform';
import type { ElementNode } from '../canvas/deriveNodes';
import type { LinkEdge } from '../canvas/deriveEdges';

export type ActionGroup = 'File' | 'Edit' | 'View' | 'Arrange' | 'Help';

/** Panels and overlays an action may open; owned by the app frame. */
export interface Overlays {
  open: (overlay: 'commandPalette' | 'shortcuts' | 'find' | 'about' | 'linkTo') => void;
  toggleTheme: () => void;
}

export interface ActionContext {
  editor: Editor;
  flow: ReactFlowInstance<ElementNode, LinkEdge>;
  platform: Platform;
  overlays: Overlays;
}

export interface Action {
  /** Same ids as the native menu's commands ("edit.undo"). */
  id: string;
  label: string;
  group: ActionGroup;
  /** Key combinations such as "Mod+Z" (Mod is Cmd on macOS, Ctrl elsewhere); the first is shown. */
  shortcuts?: readonly string[];
  /** Also fires while typing in a text field (only for commands that make sense there). */
  inTextFields?: boolean;
  enabled?: (ctx: ActionContext) => boolean;
  perform: (ctx: ActionContext) => void;
}
