/** Arrange commands: auto-layout by CSDM layer, align and distribute. Each change is one undo step. */
import {
  alignPositions,
  distributePositions,
  type AlignEdge,
  type Box,
  type DistributeAxis,
} from '@shared/layout/align';
import { movePlacements } from '@shared/model/movePlacements';
import type { Id } from '@shared/model/types';
import { sizeOf } from '../editor/sizeOf';
import { autoLayout } from '../layout/autoLayout';
import { layoutStatusOf } from '../layout/layoutStatus';
import type { Action, ActionContext } from './types';

/** The selected elements placed in the active view, with their boxes. */
function selectedBoxes({ editor }: ActionContext): Record<Id, Box> {
  const { activeViewId, selectedElements } = editor.session.getState();
  const view = editor.document.getState().doc.views[activeViewId];
  const boxes: Record<Id, Box> = {};
  if (!view) return boxes;
  for (const id of selectedElements) {
    const placement = view.placements[id];
    if (placement) boxes[id] = placement;
  }
  return boxes;
}

function selectedCount(ctx: ActionContext): number {
  return Object.keys(selectedBoxes(ctx)).length;
}

const idle = ({ editor }: ActionContext) => layoutStatusOf(editor).getState().running === null;

/** Moves the selection to the given positions as one undo step; nothing happens when nothing moves. */
function moveSelection(
  ctx: ActionContext,
  positions: (boxes: Record<Id, Box>) => Record<Id, { x: number; y: number }>,
) {
  const session = ctx.editor.session.getState();
  const moved = positions(selectedBoxes(ctx));
  if (Object.keys(moved).length === 0) return;
  const refusal = ctx.editor.document
    .getState()
    .apply((doc) => movePlacements(doc, session.activeViewId, moved));
  if (refusal) session.notify('refusal', refusal);
}

export const autoLayoutView: Action = {
  id: 'arrange.autoLayoutView',
  label: 'Auto-layout view',
  group: 'Arrange',
  shortcuts: ['Mod+Shift+L'],
  enabled: (ctx) => {
    const { editor } = ctx;
    const view = editor.document.getState().doc.views[editor.session.getState().activeViewId];
    return idle(ctx) && view !== undefined && sizeOf(view.placements) > 1;
  },
  perform: ({ editor, flow }) =>
    void autoLayout(editor, 'view', {
      onApplied: () => void flow.fitView({ duration: 300, padding: 0.1, maxZoom: 1 }),
    }),
};

export const autoLayoutSelection: Action = {
  id: 'arrange.autoLayoutSelection',
  label: 'Auto-layout selection',
  group: 'Arrange',
  enabled: (ctx) => idle(ctx) && selectedCount(ctx) > 1,
  perform: ({ editor }) => void autoLayout(editor, 'selection'),
};

function alignAction(id: string, edge: AlignEdge, label: string, key: string): Action {
  return {
    id,
    label,
    group: 'Arrange',
    shortcuts: [`Alt+Shift+${key}`],
    enabled: (ctx) => selectedCount(ctx) > 1,
    perform: (ctx) => moveSelection(ctx, (boxes) => alignPositions(boxes, edge)),
  };
}

function distributeAction(id: string, axis: DistributeAxis, label: string, key: string): Action {
  return {
    id,
    label,
    group: 'Arrange',
    shortcuts: [`Alt+Shift+${key}`],
    enabled: (ctx) => selectedCount(ctx) > 2,
    perform: (ctx) => moveSelection(ctx, (boxes) => distributePositions(boxes, axis)),
  };
}

export const alignLeft = alignAction('arrange.alignLeft', 'left', 'Align left edges', 'L');
export const alignCentre = alignAction('arrange.alignCentre', 'centre', 'Align centres', 'C');
export const alignRight = alignAction('arrange.alignRight', 'right', 'Align right edges', 'R');
export const alignTop = alignAction('arrange.alignTop', 'top', 'Align top edges', 'T');
export const alignMiddle = alignAction('arrange.alignMiddle', 'middle', 'Align middles', 'M');
export const alignBottom = alignAction('arrange.alignBottom', 'bottom', 'Align bottom edges', 'B');
export const distributeHorizontally = distributeAction(
  'arrange.distributeHorizontally',
  'horizontal',
  'Distribute horizontally',
  'H',
);
export const distributeVertically = distributeAction(
  'arrange.distributeVertically',
  'vertical',
  'Distribute vertically',
  'V',
);

export const ALIGN_ACTIONS: readonly Action[] = [
  alignLeft,
  alignCentre,
  alignRight,
  alignTop,
  alignMiddle,
  alignBottom,
];
export const DISTRIBUTE_ACTIONS: readonly Action[] = [distributeHorizontally, distributeVertically];

export const ARRANGE_ACTIONS: readonly Action[] = [
  autoLayoutView,
  autoLayoutSelection,
  ...ALIGN_ACTIONS,
  ...DISTRIBUTE_ACTIONS,
];
