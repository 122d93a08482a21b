/** "Impact" and "Depends on" for one element, in the inspector's header. */
import { ArrowDownToDot, Zap } from 'lucide-react';
import type { Id } from '@shared/model/types';
import { formatShortcut } from '../actions/shortcuts';
import { useActionContext } from '../actions/actionContext';
import { showDependencies, showImpact, startAnalysis } from './analysisActions';

export function AnalysisButtons({ elementId }: { elementId: Id }) {
  const ctx = useActionContext();
  const shortcut = (keys: readonly string[] | undefined) =>
    keys?.[0] ? ` (${formatShortcut(keys[0])})` : '';
  return (
    <div className="analysis-buttons" role="group" aria-label="Analyse">
      <button
        type="button"
        className="analysis-button"
        title={`What fails with it: services, offerings, subscribers${shortcut(showImpact.shortcuts)}`}
        onClick={() => startAnalysis(ctx, 'impact', elementId)}
      >
        <Zap aria-hidden size={13} /> Impact
      </button>
      <button
        type="button"
        className="analysis-button"
        title={`What it needs to work${shortcut(showDependencies.shortcuts)}`}
        onClick={() => startAnalysis(ctx, 'dependencies', elementId)}
      >
        <ArrowDownToDot aria-hidden size={13} /> Depends on
      </button>
    </div>
  );
}
