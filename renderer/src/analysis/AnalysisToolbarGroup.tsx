/**
 * Toolbar controls for analysis: Impact and Depends on for the selected
 * element, and the stage filter (a select: all stages or one, whose elements
 * stay in full colour while the others fade).
 */
import { ArrowDownToDot, Layers, Zap } from 'lucide-react';
import { STAGES, type Stage } from '@shared/csdm';
import { ActionButton } from '../actions/ActionButton';
import { useSession } from '../editor/EditorContext';
import { showDependencies, showImpact } from './analysisActions';
import './analysis.css';

const ALL = '';

export function AnalysisToolbarGroup() {
  const stage = useSession((state) => state.stageFilter);
  const setStage = useSession((state) => state.setStageFilter);
  return (
    <div className="toolbar-group analysis-toolbar" role="group" aria-label="Analysis">
      <ActionButton action={showImpact} icon={Zap} label="Impact of the selected element" />
      <ActionButton
        action={showDependencies}
        icon={ArrowDownToDot}
        label="What the selected element depends on"
      />
      <label className={`stage-select${stage ? ' is-active' : ''}`} title="Fade every stage but one">
        <Layers aria-hidden size={15} />
        <select
          aria-label="Stage filter"
          value={stage ?? ALL}
          onChange={(event) => setStage(event.target.value === ALL ? null : (event.target.value as Stage))}
        >
          <option value={ALL}>All stages</option>
          {STAGES.map((entry) => (
            <option key={entry} value={entry}>
              {entry}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
