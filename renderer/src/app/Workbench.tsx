/** The application frame: toolbar, palette, canvas, inspector, status bar, and the overlays. */
import { useEffect, useMemo, useState } from 'react';
import type { ActionContext, Overlays } from '../actions/types';
import { useActionShortcuts } from '../actions/useActionShortcuts';
import { useClipboard } from '../actions/useClipboard';
import { ActionContextReact } from '../actions/actionContext';
import { CommandPalette } from '../commands/CommandPalette';
import { ShortcutsDialog } from '../commands/ShortcutsDialog';
import { FindBar } from '../find/FindBar';
import { MenuBar } from '../menubar/MenuBar';
import { useNativeMenu } from '../menubar/useNativeMenu';
import { CanvasView } from '../canvas/CanvasView';
import { LinkTypePicker } from '../canvas/LinkTypePicker';
import { LinkToDialog } from '../canvas/LinkToDialog';
import { useDocument, useEditor, useSession } from '../editor/EditorContext';
import { sizeOf } from '../editor/sizeOf';
import type { AppInfo } from '../platform/Platform';
import { usePlatform } from '../platform/PlatformContext';
import { useColorScheme, type ThemePreference } from '../theme/useColorScheme';
import { AboutDialog } from './AboutDialog';
import { InspectorPanel } from './InspectorPanel';
import { AnalysisPanel } from '../analysis/AnalysisPanel';
import { StageFilterBanner } from '../analysis/StageFilterBanner';
import { NoticeBar } from './NoticeBar';
import { Sidebar } from '../sidebar/Sidebar';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { AddExistingDialog } from '../views/AddExistingDialog';
import { FoundationDataDialog } from '../foundation/FoundationDataDialog';
import { ExchangeDialogs } from '../exchange/ExchangeDialogs';
import { ViewTabs } from '../views/ViewTabs';
import { useCanvasFlow } from '../canvas/useCanvasFlow';

type Overlay = Parameters<Overlays['open']>[0];
const NEXT_THEME: Record<ThemePreference, ThemePreference> = {
  system: 'light',
  light: 'dark',
  dark: 'system',
};

export function Workbench() {
  const editor = useEditor();
  const platform = usePlatform();
  const flow = useCanvasFlow();
  const { scheme, preference, setPreference } = useColorScheme();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  // Find is a bar, not a modal: it stays open beside the other overlays. Each request refocuses it.
  const [find, setFind] = useState({ open: false, request: 0 });
  const modelName = useDocument((state) => state.doc.name);
  const elementCount = useDocument((state) => sizeOf(state.doc.elements));
  const linkCount = useDocument((state) => sizeOf(state.doc.links));
  const analysisOn = useSession((state) => state.analysis !== null);

  useEffect(() => {
    void platform.appInfo().then(setInfo);
  }, [platform]);

  const ctx = useMemo<ActionContext>(
    () => ({
      editor,
      flow,
      platform,
      overlays: {
        open: (next) =>
          next === 'find'
            ? setFind((state) => ({ open: true, request: state.request + 1 }))
            : setOverlay(next),
        toggleTheme: () => setPreference(NEXT_THEME[preference]),
      },
    }),
    [editor, flow, platform, preference, setPreference],
  );
  useActionShortcuts(ctx);
  useNativeMenu(ctx);
  useClipboard(ctx);

  /** Closes an overlay unless another has replaced it meanwhile (a command run from the palette may open one). */
  const closeOverlay = (which: Overlay) => () => setOverlay((open) => (open === which ? null : open));

  return (
    <ActionContextReact.Provider value={ctx}>
      <div className="app-frame">
        {!platform.hasNativeMenu && <MenuBar />}
        <Toolbar
          modelName={modelName}
          themePreference={preference}
          onThemeChange={setPreference}
          onAbout={() => setOverlay('about')}
        />
        <Sidebar />
        <ViewTabs />
        <CanvasView scheme={scheme} />
        <FindBar
          open={find.open}
          request={find.request}
          onClose={() => setFind((state) => ({ ...state, open: false }))}
        />
        <StageFilterBanner />
        {/* An impact or dependency analysis takes the inspector's place until it is closed. */}
        {analysisOn ? <AnalysisPanel /> : <InspectorPanel />}
        <StatusBar
          runtime={info?.runtime ?? ''}
          summary={`${elementCount} element${elementCount === 1 ? '' : 's'}, ${linkCount} link${linkCount === 1 ? '' : 's'}`}
        />
      </div>
      <NoticeBar />
      <AddExistingDialog />
      <FoundationDataDialog />
      <ExchangeDialogs />
      <LinkTypePicker />
      <AboutDialog info={info} open={overlay === 'about'} onClose={() => setOverlay(null)} />
      <CommandPalette open={overlay === 'commandPalette'} onClose={closeOverlay('commandPalette')} />
      <ShortcutsDialog open={overlay === 'shortcuts'} onClose={closeOverlay('shortcuts')} />
      {overlay === 'linkTo' && <LinkToDialog onClose={closeOverlay('linkTo')} />}
    </ActionContextReact.Provider>
  );
}
