export function InspectorPanel() {
  return (
    <aside className="side-panel inspector" aria-label="Inspector">
      <h2 className="panel-heading">Inspector</h2>
      <p className="empty-note">Select an element or a link to see and edit its details.</p>
    </aside>
  );
}
