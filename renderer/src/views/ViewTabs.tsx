/**
 * The view tabs above the canvas: one tab per view, in the model's order.
 * Click (or arrow keys) to switch, double-click or F2 to rename, drag or
 * Ctrl+Shift+Arrow to reorder, "+" for a new view, × to delete a view (never
 * its elements). Every change is one undo step.
 *
 * It also keeps the screen right when the model changes under it: a view
 * removed by undo hands over to its neighbour, and a newly loaded model is
 * fitted to the screen.
 */
import { Plus, X } from 'lucide-react';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { Id } from '@shared/model/types';
import { useDocument, useEditor, useSession } from '../editor/EditorContext';
import {
  createView,
  deleteView,
  fitViewWhenShown,
  moveViewTo,
  renameViewTo,
  showView,
  type ViewContext,
} from './viewCommands';
import { ViewMenu } from './ViewMenu';
import { viewUi } from './viewUi';
import './viewTabs.css';
import { useCanvasFlow } from '../canvas/useCanvasFlow';

const DRAG_TYPE = 'application/x-mapwright-view';
const tabId = (viewId: Id) => `view-tab-${viewId}`;

function useViewContext(): ViewContext {
  const editor = useEditor();
  const flow = useCanvasFlow();
  return { editor, flow };
}

/** A view removed under the active tab (undo of "New view", a load) hands over to the view next to where it was. */
function useActiveViewGuard(): void {
  const editor = useEditor();
  const viewOrder = useDocument((state) => state.doc.viewOrder);
  const activeViewId = useSession((state) => state.activeViewId);
  const lastIndex = useRef(0);
  useEffect(() => {
    const index = viewOrder.indexOf(activeViewId);
    if (index >= 0) {
      lastIndex.current = index;
      return;
    }
    const fallback = viewOrder[Math.min(lastIndex.current, viewOrder.length - 1)];
    if (fallback) editor.session.getState().setActiveView(fallback);
  }, [editor, viewOrder, activeViewId]);
}

/** Each model that is loaded (first start, open, new) is fitted to the screen once. */
function useFitOnModelLoad(ctx: ViewContext): void {
  const modelId = useDocument((state) => state.doc.id);
  const fitted = useRef<Id | null>(null);
  useEffect(() => {
    if (fitted.current === modelId) return;
    fitted.current = modelId;
    fitViewWhenShown(ctx);
    // Only a new model id asks for a fit; ctx is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [modelId]);
}

function RenameInput({ viewId, name, onDone }: { viewId: Id; name: string; onDone: () => void }) {
  const editor = useEditor();
  const [draft, setDraft] = useState(name);
  const finished = useRef(false);
  const finish = (commit: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (commit && draft.trim() !== '' && draft.trim() !== name) renameViewTo(editor, viewId, draft);
    onDone();
    // Back to the tab, so the keyboard stays in the tab strip.
    requestAnimationFrame(() => document.getElementById(tabId(viewId))?.focus());
  };
  return (
    <input
      className="view-tab-rename"
      aria-label="View name"
      value={draft}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(true);
        if (event.key === 'Escape') finish(false);
      }}
      size={Math.max(6, draft.length + 1)}
    />
  );
}

export function ViewTabs() {
  const ctx = useViewContext();
  const { editor } = ctx;
  const ui = viewUi(editor);
  const viewOrder = useDocument((state) => state.doc.viewOrder);
  const views = useDocument((state) => state.doc.views);
  const activeViewId = useSession((state) => state.activeViewId);
  const renamingViewId = useStore(ui, (state) => state.renamingViewId);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  useActiveViewGuard();
  useFitOnModelLoad(ctx);

  const only = viewOrder.length <= 1;
  const focusTab = (viewId: Id | undefined) => {
    if (viewId !== undefined) requestAnimationFrame(() => document.getElementById(tabId(viewId))?.focus());
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>, viewId: Id, index: number) => {
    const mod = event.ctrlKey || event.metaKey;
    let handled = true;
    if (mod && event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      const to = index + (event.key === 'ArrowLeft' ? -1 : 1);
      if (to >= 0 && to < viewOrder.length) moveViewTo(editor, viewId, to);
      focusTab(viewId);
    } else if (
      !mod &&
      (event.key === 'ArrowLeft' || event.key === 'ArrowRight' || event.key === 'Home' || event.key === 'End')
    ) {
      const count = viewOrder.length;
      const to =
        event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? count - 1
            : (index + (event.key === 'ArrowLeft' ? -1 : 1) + count) % count;
      const target = viewOrder[to];
      if (target !== undefined) {
        showView(ctx, target);
        focusTab(target);
      }
    } else if (event.key === 'F2') {
      ui.getState().startRenaming(viewId);
    } else if (event.key === 'Delete' && !mod) {
      // On a tab, Delete means the view, not the selected elements.
      if (!only) deleteView(ctx, viewId);
      focusTab(editor.session.getState().activeViewId);
    } else {
      handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>, index: number) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropIndex(index);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>, index: number) => {
    const viewId = event.dataTransfer.getData(DRAG_TYPE);
    setDropIndex(null);
    if (!viewId || !views[viewId]) return;
    event.preventDefault();
    moveViewTo(editor, viewId, index);
  };

  return (
    <div className="view-tabs">
      <div role="tablist" aria-label="Views" aria-orientation="horizontal" className="view-tablist">
        {viewOrder.map((viewId, index) => {
          const view = views[viewId];
          if (!view) return null;
          const active = viewId === activeViewId;
          const classes = ['view-tab', active && 'is-active', dropIndex === index && 'is-drop-target'];
          return (
            <div
              key={viewId}
              role="presentation"
              className={classes.filter(Boolean).join(' ')}
              draggable={renamingViewId !== viewId}
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAG_TYPE, viewId);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(event) => onDragOver(event, index)}
              onDragLeave={() => setDropIndex((current) => (current === index ? null : current))}
              onDrop={(event) => onDrop(event, index)}
              onDragEnd={() => setDropIndex(null)}
            >
              {renamingViewId === viewId ? (
                <RenameInput
                  viewId={viewId}
                  name={view.name}
                  onDone={() => ui.getState().startRenaming(null)}
                />
              ) : (
                <button
                  type="button"
                  role="tab"
                  id={tabId(viewId)}
                  className="view-tab-label"
                  aria-selected={active}
                  tabIndex={active ? 0 : -1}
                  title={`${view.name} (double-click or F2 to rename, drag to reorder)`}
                  onClick={() => showView(ctx, viewId)}
                  onDoubleClick={() => ui.getState().startRenaming(viewId)}
                  onKeyDown={(event) => onTabKeyDown(event, viewId, index)}
                >
                  {view.name}
                </button>
              )}
              <button
                type="button"
                className="view-tab-close"
                tabIndex={-1}
                aria-label={`Delete view ${view.name}`}
                title={
                  only
                    ? 'A model keeps at least one view'
                    : 'Delete this view (its elements stay in the model)'
                }
                disabled={only}
                onClick={() => deleteView(ctx, viewId)}
              >
                <X aria-hidden />
              </button>
            </div>
          );
        })}
      </div>
      <button
        type="button"
        className="view-tab-add"
        aria-label="New view"
        title="New view"
        onClick={() => createView(ctx)}
      >
        <Plus aria-hidden />
      </button>
      <ViewMenu ctx={ctx} />
    </div>
  );
}
