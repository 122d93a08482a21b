import { Info, Maximize, Monitor, Moon, Redo2, Sun, Trash2, Undo2, ZoomIn, ZoomOut } from 'lucide-react';
import type { ThemePreference } from '../theme/useColorScheme';
import { ArrangeToolbarGroup } from '../layout/ArrangeToolbarGroup';
import { AnalysisToolbarGroup } from '../analysis/AnalysisToolbarGroup';
import { ActionButton } from '../actions/ActionButton';
import { deleteSelection, redo, undo } from '../actions/editActions';
import { useCanvasFlow } from '../canvas/useCanvasFlow';

const THEME_NEXT: Record<ThemePreference, ThemePreference> = {
  system: 'light',
  light: 'dark',
  dark: 'system',
};
const THEME_LABEL: Record<ThemePreference, string> = {
  system: 'Theme: follow system',
  light: 'Theme: light',
  dark: 'Theme: dark',
};

export function Toolbar(props: {
  modelName: string;
  themePreference: ThemePreference;
  onThemeChange: (preference: ThemePreference) => void;
  onAbout: () => void;
}) {
  const flow = useCanvasFlow();
  const ThemeIcon =
    props.themePreference === 'dark' ? Moon : props.themePreference === 'light' ? Sun : Monitor;
  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <div className="brand">
        <img src="./mapwright.svg" alt="" width={20} height={20} />
        <span>Mapwright</span>
      </div>
      <span className="model-name" aria-label="Model name">
        {props.modelName}
      </span>
      <div className="spacer" />
      <div className="toolbar-group" role="group" aria-label="Edit">
        <ActionButton action={undo} icon={Undo2} />
        <ActionButton action={redo} icon={Redo2} />
        <ActionButton action={deleteSelection} icon={Trash2} />
      </div>
      <ArrangeToolbarGroup />
      <AnalysisToolbarGroup />
      <div className="toolbar-group">
        <button
          type="button"
          className="tool-button"
          aria-label="Zoom in"
          title="Zoom in"
          onClick={() => void flow.zoomIn()}
        >
          <ZoomIn aria-hidden />
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label="Zoom out"
          title="Zoom out"
          onClick={() => void flow.zoomOut()}
        >
          <ZoomOut aria-hidden />
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label="Fit view"
          title="Fit view"
          onClick={() => void flow.fitView()}
        >
          <Maximize aria-hidden />
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="tool-button"
          aria-label={THEME_LABEL[props.themePreference]}
          title={THEME_LABEL[props.themePreference]}
          onClick={() => props.onThemeChange(THEME_NEXT[props.themePreference])}
        >
          <ThemeIcon aria-hidden />
        </button>
        <button
          type="button"
          className="tool-button"
          aria-label="About Mapwright"
          title="About Mapwright"
          onClick={props.onAbout}
        >
          <Info aria-hidden />
        </button>
      </div>
    </header>
  );
}
