/**
 * What the view tabs and the view actions do: make, rename, delete, reorder
 * and fill views, and switch between them. Each document change is one
 * `apply`, so one undo step, and goes through the pure operations of
 * shared/model; where elements go comes from shared/views.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { CATALOGUE } from '@shared/csdm';
import { addToView } from '@shared/model/addToView';
import { addView } from '@shared/model/addView';
import { newId } from '@shared/model/ids';
import { moveView } from '@shared/model/moveView';
import { removeView } from '@shared/model/removeView';
import { renameView } from '@shared/model/renameView';
import { DEFAULT_NODE_SIZE } from '@shared/model/sizes';
import type { Id, ModelDocument, OpResult, Placement } from '@shared/model/types';
import {
  freeGridPlacements,
  neighbourhoodLayout,
  neighbourhoodOf,
  nextViewName,
  type NodeBox,
} from '@shared/views';
import type { ElementNode } from '../canvas/deriveNodes';
import type { LinkEdge } from '../canvas/deriveEdges';
import type { Editor } from '../editor/EditorContext';
import { openingIds } from './openingArea';
import { viewportMemory } from './viewUi';

export interface ViewContext {
  editor: Editor;
  flow: ReactFlowInstance<ElementNode, LinkEdge>;
}

/** Fitting a view: never closer than actual size, so a view of two nodes does not fill the screen. */
const FIT = { padding: 0.08, maxZoom: 1 };
/** How the screen moves to fit: see FIT; "go to" passes its own (canvas/focusElement). */
type Fit = Parameters<ViewContext['flow']['fitView']>[0];
/** Frames to wait for React Flow to take a view's nodes after a switch or a load. */
const MAX_FRAMES = 30;

/**
 * Fits the screen to `ids` once the view is shown and its pane is ready (a
 * switch or a load renders first; fitView answers false until then), or
 * gives up quietly after a few frames. The canvas's fitView fits placements
 * (canvas/fitPlacements.ts), so the nodes need not be in React Flow.
 */
function fitWhenReady(flow: ViewContext['flow'], ids: readonly Id[], fit: Fit): void {
  let frames = 0;
  const retry = () => {
    if (++frames < MAX_FRAMES) requestAnimationFrame(attempt);
  };
  const attempt = () => {
    void flow.fitView({ ...fit, nodes: ids.map((id) => ({ id })) }).then((fitted) => {
      if (!fitted) retry();
    });
  };
  requestAnimationFrame(attempt);
}

/**
 * Fits the screen to the nodes of a view (the active one unless told), once they are on the canvas; a large
 * view without `nodeIds` to its opening corner (openingArea.ts).
 */
export function fitViewWhenShown(
  { editor, flow }: ViewContext,
  viewId?: Id,
  nodeIds?: readonly Id[],
  fit: Fit = FIT,
): void {
  const { doc } = editor.document.getState();
  const view = doc.views[viewId ?? editor.session.getState().activeViewId];
  const ids = nodeIds ?? (view ? openingIds(view) : []);
  if (ids.length === 0) return;
  fitWhenReady(flow, ids, fit);
}

/**
 * Switches to a view. `restore` returns to where that view was last seen (or
 * fits it the first time), `keep` leaves the screen where it is (a view made
 * from the selection shows its elements where they were), `fit` fits it.
 */
export function showView(ctx: ViewContext, viewId: Id, how: 'restore' | 'keep' | 'fit' = 'restore'): void {
  const session = ctx.editor.session.getState();
  if (viewId === session.activeViewId) return;
  const memory = viewportMemory(ctx.editor);
  memory.set(session.activeViewId, ctx.flow.getViewport());
  session.setActiveView(viewId);
  if (how === 'keep') return;
  const saved = how === 'restore' ? memory.get(viewId) : undefined;
  if (saved) void ctx.flow.setViewport(saved);
  else fitViewWhenShown(ctx, viewId);
}

/** Applies one change to the document; a refusal is shown to the user. Returns whether it was applied. */
function change(editor: Editor, operation: (doc: ModelDocument) => OpResult): boolean {
  const refusal = editor.document.getState().apply(operation);
  if (refusal) editor.session.getState().notify('refusal', refusal);
  return refusal === null;
}

/** A new, empty view named "View N", shown at once. */
export function createView(ctx: ViewContext): Id | null {
  const id = newId();
  if (!change(ctx.editor, (doc) => addView(doc, { id, name: nextViewName(doc) }))) return null;
  showView(ctx, id, 'keep');
  return id;
}

/** The selected elements that the active view shows, with their placements there. */
function placedSelection(editor: Editor): {
  doc: ModelDocument;
  placed: [Id, Placement][];
  placements: Readonly<Record<Id, Placement>>;
} {
  const { doc } = editor.document.getState();
  const session = editor.session.getState();
  const placements = doc.views[session.activeViewId]?.placements ?? {};
  const placed: [Id, Placement][] = [];
  for (const id of session.selectedElements) {
    const placement = Object.hasOwn(placements, id) ? placements[id] : undefined;
    if (placement) placed.push([id, placement]);
  }
  return { doc, placed, placements };
}

/** A new view holding the selected elements where they are now; one undo step. */
export function createViewFromSelection(ctx: ViewContext): Id | null {
  const { placed } = placedSelection(ctx.editor);
  const ids = placed.map(([elementId]) => elementId);
  if (ids.length === 0) {
    ctx.editor.session.getState().notify('refusal', 'Select the elements the new view should show first.');
    return null;
  }
  const id = newId();
  const positions = Object.fromEntries(placed.map(([elementId, placement]) => [elementId, { ...placement }]));
  const made = change(ctx.editor, (doc) => {
    const added = addView(doc, { id, name: nextViewName(doc) });
    return added.ok ? addToView(added.doc, id, positions) : added;
  });
  if (!made) return null;
  // Same positions, same screen: the elements stay exactly where the user saw them.
  showView(ctx, id, 'keep');
  return id;
}

/**
 * A new view of the selected element and everything one link away from it:
 * the element in the middle, what uses it above, what it needs below.
 */
export function createViewFromNeighbours(ctx: ViewContext): Id | null {
  const { doc, placed, placements } = placedSelection(ctx.editor);
  const session = ctx.editor.session.getState();
  const [only] = placed.length === 1 ? placed : [];
  const element = only ? doc.elements[only[0]] : undefined;
  if (!only || !element) {
    session.notify('refusal', 'Select one element to make a view of it and its neighbours.');
    return null;
  }
  const boxOf = (elementId: Id): NodeBox => {
    const placed = placements[elementId];
    return {
      id: elementId,
      width: placed?.width ?? DEFAULT_NODE_SIZE.width,
      height: placed?.height ?? DEFAULT_NODE_SIZE.height,
    };
  };
  const [centreId, here] = only;
  const { parents, children } = neighbourhoodOf(doc, CATALOGUE, centreId);
  const positions = neighbourhoodLayout({
    centre: boxOf(centreId),
    parents: parents.map(boxOf),
    children: children.map(boxOf),
    at: { x: here.x + here.width / 2, y: here.y + here.height / 2 },
  });
  const id = newId();
  const made = change(ctx.editor, (current) => {
    const added = addView(current, { id, name: `${element.name} and neighbours` });
    return added.ok ? addToView(added.doc, id, positions) : added;
  });
  if (!made) return null;
  showView(ctx, id, 'fit');
  ctx.editor.session.getState().select([centreId]);
  return id;
}

export function renameViewTo(editor: Editor, viewId: Id, name: string): boolean {
  return change(editor, (doc) => renameView(doc, viewId, name));
}

/** Deletes a view, never its elements. Deleting the view on screen shows its neighbour first. */
export function deleteView(ctx: ViewContext, viewId: Id): boolean {
  const { doc } = ctx.editor.document.getState();
  const view = doc.views[viewId];
  if (!view) return false;
  if (doc.viewOrder.length <= 1) {
    ctx.editor.session.getState().notify('refusal', 'A model keeps at least one view.');
    return false;
  }
  const session = ctx.editor.session.getState();
  if (session.activeViewId === viewId) {
    const index = doc.viewOrder.indexOf(viewId);
    const neighbour = doc.viewOrder[index > 0 ? index - 1 : index + 1];
    if (neighbour) showView(ctx, neighbour);
  }
  if (!change(ctx.editor, (current) => removeView(current, viewId))) return false;
  session.notify('info', `Deleted the view “${view.name}”. Its elements are still in the model.`);
  return true;
}

export function moveViewTo(editor: Editor, viewId: Id, index: number): boolean {
  return change(editor, (doc) => moveView(doc, viewId, index));
}

/** The middle of the diagram pane, in flow coordinates. */
function paneCentre(flow: ViewContext['flow']): { x: number; y: number } {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane) return { x: 0, y: 0 };
  return flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
}

/**
 * Shows elements of the model in the active view, in a grid in the middle of
 * the screen (or the nearest free spot); one undo step. They arrive selected.
 */
export function addExistingToView(ctx: ViewContext, ids: readonly Id[]): boolean {
  const session = ctx.editor.session.getState();
  const { doc } = ctx.editor.document.getState();
  const view = doc.views[session.activeViewId];
  if (!view || ids.length === 0) return false;
  const { placements, atCentre } = freeGridPlacements({
    boxes: ids.map((id) => ({ id, ...DEFAULT_NODE_SIZE })),
    centre: paneCentre(ctx.flow),
    occupied: Object.values(view.placements),
  });
  if (!change(ctx.editor, (current) => addToView(current, view.id, placements))) return false;
  session.select(ids);
  // Moved away from the middle to stay clear of other nodes: bring them into sight.
  if (!atCentre) fitViewWhenShown(ctx, view.id, ids);
  return true;
}
