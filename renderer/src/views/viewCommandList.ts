/**
 * The view commands as data: label, when they apply, what they do. The
 * action registry turns them into actions (menus, command palette,
 * shortcuts); the tab strip's "View commands" menu lists them directly.
 */
import {
  createView,
  createViewFromNeighbours,
  createViewFromSelection,
  deleteView,
  showView,
  type ViewContext,
} from './viewCommands';
import { sizeOf } from '../editor/sizeOf';
import { viewUi } from './viewUi';

export interface ViewCommand {
  id: string;
  label: string;
  shortcuts?: readonly string[];
  /** Listed in the tab strip's menu (switching views is left to the tabs themselves). */
  inTabMenu: boolean;
  enabled?: (ctx: ViewContext) => boolean;
  run: (ctx: ViewContext) => void;
}

const selectedCount = ({ editor }: ViewContext) => editor.session.getState().selectedElements.size;
const viewCount = ({ editor }: ViewContext) => editor.document.getState().doc.viewOrder.length;

/** The view `step` tabs away from the active one, wrapping round. */
function stepView(ctx: ViewContext, step: number): void {
  const { viewOrder } = ctx.editor.document.getState().doc;
  const index = viewOrder.indexOf(ctx.editor.session.getState().activeViewId);
  const target = viewOrder[(index + step + viewOrder.length) % viewOrder.length];
  if (target !== undefined) showView(ctx, target);
}

export const VIEW_COMMANDS: readonly ViewCommand[] = [
  { id: 'view.new', label: 'New view', inTabMenu: true, run: (ctx) => void createView(ctx) },
  {
    id: 'view.newFromSelection',
    label: 'New view from selection',
    inTabMenu: true,
    enabled: (ctx) => selectedCount(ctx) > 0,
    run: (ctx) => void createViewFromSelection(ctx),
  },
  {
    id: 'view.newFromNeighbours',
    label: 'New view from element and neighbours',
    inTabMenu: true,
    enabled: (ctx) => selectedCount(ctx) === 1,
    run: (ctx) => void createViewFromNeighbours(ctx),
  },
  {
    id: 'view.addExisting',
    label: 'Add existing elements to view…',
    inTabMenu: true,
    enabled: ({ editor }) => {
      const { doc } = editor.document.getState();
      const view = doc.views[editor.session.getState().activeViewId];
      // Placements only name elements of the model, so fewer placements than elements means some are missing.
      return view !== undefined && sizeOf(view.placements) < sizeOf(doc.elements);
    },
    run: ({ editor }) => viewUi(editor).getState().setAddExistingOpen(true),
  },
  {
    id: 'view.rename',
    label: 'Rename view',
    inTabMenu: true,
    run: ({ editor }) => viewUi(editor).getState().startRenaming(editor.session.getState().activeViewId),
  },
  {
    id: 'view.delete',
    label: 'Delete view (keep its elements)',
    inTabMenu: true,
    enabled: (ctx) => viewCount(ctx) > 1,
    run: (ctx) => void deleteView(ctx, ctx.editor.session.getState().activeViewId),
  },
  {
    id: 'view.next',
    label: 'Next view',
    shortcuts: ['Mod+PageDown'],
    inTabMenu: false,
    enabled: (ctx) => viewCount(ctx) > 1,
    run: (ctx) => stepView(ctx, 1),
  },
  {
    id: 'view.previous',
    label: 'Previous view',
    shortcuts: ['Mod+PageUp'],
    inTabMenu: false,
    enabled: (ctx) => viewCount(ctx) > 1,
    run: (ctx) => stepView(ctx, -1),
  },
];
