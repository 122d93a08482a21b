/** Over the canvas while the stage filter is on: which stage is in focus, and the way back to all stages. */
import { Layers, X } from 'lucide-react';
import { useSession } from '../editor/EditorContext';

export function StageFilterBanner() {
  const stage = useSession((state) => state.stageFilter);
  const setStage = useSession((state) => state.setStageFilter);
  if (!stage) return null;
  return (
    <div className="stage-banner" role="status" aria-label="Stage filter">
      <Layers aria-hidden size={15} />
      <span>
        Focus on the <strong>{stage}</strong> stage · other stages faded
      </span>
      <button
        type="button"
        className="stage-banner-clear"
        onClick={() => setStage(null)}
        title="Show all stages (Escape)"
      >
        <X aria-hidden size={14} /> All stages
      </button>
    </div>
  );
}
