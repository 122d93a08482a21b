/** An icon per action for the command palette and toolbar; new actions fall back to their group's icon. */
import {
  AlignCenterHorizontal,
  AlignCenterVertical,
  AlignEndHorizontal,
  AlignEndVertical,
  AlignHorizontalDistributeCenter,
  AlignStartHorizontal,
  AlignStartVertical,
  AlignVerticalDistributeCenter,
  ChevronLeft,
  ChevronRight,
  CopyPlus,
  ListPlus,
  Network,
  SquarePen,
  SquarePlus,
  SquareX,
  Waypoints,
  Workflow,
  CircleHelp,
  Command,
  Copy,
  Eye,
  EyeOff,
  File,
  Info,
  Keyboard,
  LayoutGrid,
  Magnet,
  Maximize,
  Pencil,
  PenLine,
  Redo2,
  Scan,
  ScanSearch,
  Search,
  SquareDashedMousePointer,
  SunMoon,
  Trash2,
  Undo2,
  ZoomIn,
  ZoomOut,
  type LucideIcon,
} from 'lucide-react';
import { createElement } from 'react';
import type { Action, ActionGroup } from '../actions/types';

const BY_ID: Readonly<Record<string, LucideIcon>> = {
  'edit.undo': Undo2,
  'edit.redo': Redo2,
  'edit.delete': Trash2,
  'edit.removeFromView': EyeOff,
  'edit.selectAll': SquareDashedMousePointer,
  'edit.duplicate': Copy,
  'edit.rename': PenLine,
  'edit.find': Search,
  'view.commandPalette': Command,
  'view.fitView': Maximize,
  'view.zoomToSelection': ScanSearch,
  'view.zoomIn': ZoomIn,
  'view.zoomOut': ZoomOut,
  'view.resetZoom': Scan,
  'view.toggleSnap': Magnet,
  'view.toggleTheme': SunMoon,
  'view.new': SquarePlus,
  'view.newFromSelection': CopyPlus,
  'view.newFromNeighbours': Waypoints,
  'view.addExisting': ListPlus,
  'view.rename': SquarePen,
  'view.delete': SquareX,
  'view.next': ChevronRight,
  'view.previous': ChevronLeft,
  'arrange.autoLayoutView': Network,
  'arrange.autoLayoutSelection': Workflow,
  'arrange.alignLeft': AlignStartVertical,
  'arrange.alignCentre': AlignCenterVertical,
  'arrange.alignRight': AlignEndVertical,
  'arrange.alignTop': AlignStartHorizontal,
  'arrange.alignMiddle': AlignCenterHorizontal,
  'arrange.alignBottom': AlignEndHorizontal,
  'arrange.distributeHorizontally': AlignHorizontalDistributeCenter,
  'arrange.distributeVertically': AlignVerticalDistributeCenter,
  'help.shortcuts': Keyboard,
  'help.about': Info,
};

const BY_GROUP: Readonly<Record<ActionGroup, LucideIcon>> = {
  File,
  Edit: Pencil,
  View: Eye,
  Arrange: LayoutGrid,
  Help: CircleHelp,
};

export function actionIcon(action: Action): LucideIcon {
  return BY_ID[action.id] ?? BY_GROUP[action.group];
}

/** The icon, from the fixed table above (a lookup, not a component made during render). */
export function ActionIcon({ action, size = 16 }: { action: Action; size?: number }) {
  return createElement(actionIcon(action), { 'aria-hidden': true, size });
}
