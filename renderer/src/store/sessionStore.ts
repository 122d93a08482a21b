/**
 * What the user is doing, as opposed to what the model is: the view on screen,
 * the selection, positions under a drag not yet committed, the element being
 * renamed, and the last message. None of it is undoable or saved with the model.
 */
import { create } from 'zustand';
import type { AnalysisMode } from '@shared/analysis';
import type { Stage } from '@shared/csdm';
import type { ConnectionOption } from '@shared/csdm/queries/connectionOptions';
import type { Id } from '@shared/model/types';
import type { SidebarPanelId } from '../sidebar/sidebarPanels';

export interface Notice {
  id: number;
  tone: 'info' | 'refusal' | 'error';
  text: string;
}

export interface SessionState {
  activeViewId: Id;
  selectedElements: ReadonlySet<Id>;
  selectedLinks: ReadonlySet<Id>;
  /** Positions of nodes being dragged; written to the document once, when the drag ends. */
  dragPositions: ReadonlyMap<Id, { x: number; y: number }>;
  renamingId: Id | null;
  notice: Notice | null;
  snapToGrid: boolean;
  /** A drawn connection that fits more than one link type, waiting for the user's pick. */
  pendingConnection: { options: ConnectionOption[] } | null;
  /** Which panel the left sidebar shows. */
  sidebarPanel: SidebarPanelId;
  /** Impact or dependency analysis of one element, highlighted on the canvas and listed beside it (null: off). */
  analysis: { mode: AnalysisMode; elementId: Id } | null;
  /** The stage in focus: elements of other stages fade (null: all stages). */
  stageFilter: Stage | null;
}

export interface SessionActions {
  setActiveView: (viewId: Id) => void;
  select: (elements: Iterable<Id>, links?: Iterable<Id>) => void;
  setDragPositions: (positions: ReadonlyMap<Id, { x: number; y: number }>) => void;
  startRenaming: (id: Id | null) => void;
  notify: (tone: Notice['tone'], text: string) => void;
  dismissNotice: () => void;
  toggleSnapToGrid: () => void;
  setPendingConnection: (pending: SessionState['pendingConnection']) => void;
  setSidebarPanel: (panel: SidebarPanelId) => void;
  setAnalysis: (analysis: SessionState['analysis']) => void;
  setStageFilter: (stage: Stage | null) => void;
}

export type SessionStore = ReturnType<typeof createSessionStore>;

const EMPTY: ReadonlySet<Id> = new Set();
let noticeCounter = 0;

export function createSessionStore(activeViewId: Id) {
  return create<SessionState & SessionActions>()((set) => ({
    activeViewId,
    selectedElements: EMPTY,
    selectedLinks: EMPTY,
    dragPositions: new Map(),
    renamingId: null,
    notice: null,
    snapToGrid: true,
    pendingConnection: null,
    sidebarPanel: 'palette',
    analysis: null,
    stageFilter: null,
    setActiveView: (viewId) => set({ activeViewId: viewId, selectedElements: EMPTY, selectedLinks: EMPTY }),
    select: (elements, links = []) => set({ selectedElements: new Set(elements), selectedLinks: new Set(links) }),
    setDragPositions: (positions) => set({ dragPositions: positions }),
    startRenaming: (id) => set({ renamingId: id }),
    notify: (tone, text) => set({ notice: { id: ++noticeCounter, tone, text } }),
    dismissNotice: () => set({ notice: null }),
    toggleSnapToGrid: () => set((state) => ({ snapToGrid: !state.snapToGrid })),
    setPendingConnection: (pendingConnection) => set({ pendingConnection }),
    setSidebarPanel: (sidebarPanel) => set({ sidebarPanel }),
    setAnalysis: (analysis) => set({ analysis }),
    setStageFilter: (stageFilter) => set({ stageFilter }),
  }));
}
