/** The application frame: toolbar, palette, canvas, inspector and status bar. */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { usePlatform } from '../platform/PlatformContext';
import type { AppInfo } from '../platform/Platform';
import { useColorScheme } from '../theme/useColorScheme';
import { CanvasView } from '../canvas/CanvasView';
import { AboutDialog } from './AboutDialog';
import { InspectorPanel } from './InspectorPanel';
import { PalettePanel } from './PalettePanel';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

export function App() {
  const platform = usePlatform();
  const { scheme, preference, setPreference } = useColorScheme();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);

  useEffect(() => {
    void platform.appInfo().then(setInfo);
    return platform.onMenuCommand((command) => {
      if (command === 'help.about') setAboutOpen(true);
    });
  }, [platform]);

  return (
    <ReactFlowProvider>
      <div className="app-frame">
        <Toolbar
          modelName="Untitled model"
          themePreference={preference}
          onThemeChange={setPreference}
          onAbout={() => setAboutOpen(true)}
        />
        <PalettePanel />
        <CanvasView scheme={scheme} />
        <InspectorPanel />
        <StatusBar runtime={info?.runtime ?? ''} summary="0 elements, 0 links" />
      </div>
      <AboutDialog info={info} open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </ReactFlowProvider>
  );
}
