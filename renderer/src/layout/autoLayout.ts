/**
 * Auto-layout as a command: build the ELK graph (shared/layout), lay it out in
 * the worker, map the answer back, and move every node in one operation, so
 * one undo puts everything back. Nothing moves when any step fails.
 */
import { CATALOGUE } from '@shared/csdm';
import { buildLayoutGraph } from '@shared/layout/layoutGraph';
import { positionsFromLayout } from '@shared/layout/layoutResult';
import { movePlacements } from '@shared/model/movePlacements';
import type { Id } from '@shared/model/types';
import { formatShortcut } from '../actions/shortcuts';
import type { Editor } from '../editor/EditorContext';
import { runLayoutInWorker, type LayoutRunner } from './layoutClient';
import { layoutStatusOf, type LayoutScope } from './layoutStatus';

/** The canvas's snap grid: with snapping on, laid-out nodes land on it too. */
export const LAYOUT_GRID = 16;

export interface AutoLayoutOptions {
  /** Where ELK runs; the app's worker unless a test says otherwise. */
  run?: LayoutRunner;
  /** Called once the new positions are in the document (the view fits them into sight). */
  onApplied?: (ids: Id[]) => void;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Lays out the active view, or only its selected elements; resolves to whether anything was applied. */
export async function autoLayout(
  editor: Editor,
  scope: LayoutScope,
  options: AutoLayoutOptions = {},
): Promise<boolean> {
  const status = layoutStatusOf(editor);
  const session = editor.session.getState();
  if (status.getState().running) {
    session.notify('info', 'A layout is already running.');
    return false;
  }
  const viewId = session.activeViewId;
  const only = scope === 'selection' ? [...session.selectedElements] : undefined;
  const plan = buildLayoutGraph(editor.document.getState().doc, CATALOGUE, viewId, only);
  if (!plan.ok) {
    session.notify('refusal', plan.reason);
    return false;
  }
  const { request } = plan;
  status.setState({ running: scope });
  session.notify('info', 'Laying out…');
  try {
    const result = await (options.run ?? runLayoutInWorker)(request.graph);
    const mapped = positionsFromLayout(request, result, {
      grid: editor.session.getState().snapToGrid ? LAYOUT_GRID : undefined,
    });
    if (!mapped.ok) {
      editor.session.getState().notify('error', `Auto-layout failed: ${mapped.reason}`);
      return false;
    }
    let moved: Id[] = [];
    const refusal = editor.document.getState().apply((doc) => {
      const view = doc.views[viewId];
      if (!view)
        return { ok: false, reason: 'The view was closed while it was being laid out; nothing was moved.' };
      // Elements removed from the view while ELK worked stay removed.
      const positions = Object.fromEntries(
        Object.entries(mapped.positions).filter(([id]) => view.placements[id]),
      );
      moved = Object.keys(positions);
      return movePlacements(doc, viewId, positions);
    });
    if (refusal) {
      editor.session.getState().notify('refusal', refusal);
      return false;
    }
    editor.session
      .getState()
      .notify(
        'info',
        `Laid out ${plural(moved.length, 'element')}. ${formatShortcut('Mod+Z')} puts them back.`,
      );
    options.onApplied?.(moved);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    editor.session.getState().notify('error', `Auto-layout failed: ${message}. Nothing was moved.`);
    return false;
  } finally {
    status.setState({ running: null });
  }
}
