/** The application frame: toolbar, palette, canvas, inspector, status bar, and the overlays. */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import type { KindDef } from '@shared/csdm';
import type { ActionContext, Overlays } from '../actions/types';
import { useActionShortcuts } from '../actions/useActionShortcuts';
import { useClipboard } from '../actions/useClipboard';
import { addElementAt } from '../canvas/addElementAt';
import { CanvasView } from '../canvas/CanvasView';
import type { ElementNode } from '../canvas/deriveNodes';
import type { LinkEdge } from '../canvas/deriveEdges';
import { LinkTypePicker } from '../canvas/LinkTypePicker';
import { useDocument, useEditor } from '../editor/EditorContext';
import type { AppInfo } from '../platform/Platform';
import { usePlatform } from '../platform/PlatformContext';
import { useColorScheme, type ThemePreference } from '../theme/useColorScheme';
import { AboutDialog } from './AboutDialog';
import { InspectorPanel } from './InspectorPanel';
import { NoticeBar } from './NoticeBar';
import { PalettePanel } from './PalettePanel';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

type Overlay = Parameters<Overlays['open']>[0];
const NEXT_THEME: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' };

/** Where the middle of the visible canvas is, in flow coordinates. */
function viewCentre(flow: ActionContext['flow']): { x: number; y: number } {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane) return { x: 0, y: 0 };
  return flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
}

export function Workbench() {
  const editor = useEditor();
  const platform = usePlatform();
  const flow = useReactFlow<ElementNode, LinkEdge>();
  const { scheme, preference, setPreference } = useColorScheme();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const modelName = useDocument((state) => state.doc.name);
  const elementCount = useDocument((state) => Object.keys(state.doc.elements).length);
  const linkCount = useDocument((state) => Object.keys(state.doc.links).length);

  useEffect(() => {
    void platform.appInfo().then(setInfo);
  }, [platform]);

  const ctx = useMemo<ActionContext>(
    () => ({
      editor,
      flow,
      platform,
      overlays: { open: setOverlay, toggleTheme: () => setPreference(NEXT_THEME[preference]) },
    }),
    [editor, flow, platform, preference, setPreference],
  );
  useActionShortcuts(ctx);
  useClipboard(ctx);

  const addAtCentre = (kind: KindDef) => addElementAt(editor, kind.id, viewCentre(flow));

  return (
    <>
      <div className="app-frame">
        <Toolbar
          modelName={modelName}
          themePreference={preference}
          onThemeChange={setPreference}
          onAbout={() => setOverlay('about')}
        />
        <PalettePanel onAdd={addAtCentre} />
        <CanvasView scheme={scheme} />
        <InspectorPanel />
        <StatusBar
          runtime={info?.runtime ?? ''}
          summary={`${elementCount} element${elementCount === 1 ? '' : 's'}, ${linkCount} link${linkCount === 1 ? '' : 's'}`}
        />
      </div>
      <NoticeBar />
      <LinkTypePicker />
      <AboutDialog info={info} open={overlay === 'about'} onClose={() => setOverlay(null)} />
    </>
  );
}
