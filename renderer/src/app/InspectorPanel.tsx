/** The right-hand panel: the model when nothing is selected, else the selected element, link or several. */
import { ElementInspector } from '../inspector/ElementInspector';
import { LinkInspector } from '../inspector/LinkInspector';
import { ModelSummary } from '../inspector/ModelSummary';
import { MultiInspector } from '../inspector/MultiInspector';
import { useInspectorSelection } from '../inspector/useInspectorSelection';

export function InspectorPanel() {
  const selection = useInspectorSelection();
  return (
    <aside className="side-panel inspector" aria-label="Inspector">
      <h2 className="panel-heading">Inspector</h2>
      {selection.kind === 'none' && <ModelSummary />}
      {/* Keyed by id: drafts and open lists never carry over to another selection. */}
      {selection.kind === 'element' && <ElementInspector key={selection.id} elementId={selection.id} />}
      {selection.kind === 'link' && <LinkInspector key={selection.id} linkId={selection.id} />}
      {selection.kind === 'multi' && (
        <MultiInspector elementIds={selection.elementIds} linkIds={selection.linkIds} />
      )}
    </aside>
  );
}
