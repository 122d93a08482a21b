/** The left sidebar: tabs over the palette and the other panels of SIDEBAR_PANELS. */
import { useSession } from '../editor/EditorContext';
import { SIDEBAR_PANELS } from './sidebarPanels';

export function Sidebar() {
  const active = useSession((state) => state.sidebarPanel);
  const show = useSession((state) => state.setSidebarPanel);
  const panel = SIDEBAR_PANELS.find((entry) => entry.id === active) ?? SIDEBAR_PANELS[0];
  if (!panel) return null;
  return (
    <div className="sidebar">
      {SIDEBAR_PANELS.length > 1 && (
        <div className="sidebar-tabs" role="tablist" aria-label="Sidebar">
          {SIDEBAR_PANELS.map(({ id, label, icon: Icon }) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={id === panel.id}
              className="sidebar-tab"
              onClick={() => show(id)}
            >
              <Icon aria-hidden size={14} />
              {label}
            </button>
          ))}
        </div>
      )}
      <panel.Component />
    </div>
  );
}
