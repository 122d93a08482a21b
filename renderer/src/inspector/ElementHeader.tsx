/**
 * Who this element is: class icon, CSDM 5 kind label (and the label it had
 * before), domain and stage; and, given its id, the Impact / Depends on buttons.
 */
import type { KindDef } from '@shared/csdm';
import type { Id } from '@shared/model/types';
import { AnalysisButtons } from '../analysis/AnalysisButtons';
import { KindIcon } from '../canvas/KindIcon';

export function ElementHeader({ kind, name, elementId }: { kind: KindDef; name: string; elementId?: Id }) {
  return (
    <header className="inspector-header">
      <span className="inspector-header-icon">
        <KindIcon icon={kind.icon} size={20} />
      </span>
      <div className="inspector-header-text">
        <div className="inspector-header-kind">
          {kind.label}
          {kind.formerLabel && (
            <span className="inspector-header-former"> (formerly {kind.formerLabel})</span>
          )}
        </div>
        <div className="inspector-header-name" title={name}>
          {name}
        </div>
        <div className="inspector-header-meta">
          {kind.domain} · {kind.stage}
          {kind.isCi ? ' · CI' : ' · not a CI'}
        </div>
        {elementId !== undefined && <AnalysisButtons elementId={elementId} />}
      </div>
    </header>
  );
}
