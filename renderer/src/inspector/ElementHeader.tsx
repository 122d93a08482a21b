/** Who this element is: class icon, CSDM 5 kind label (and the label it had before), domain and stage. */
import type { KindDef } from '@shared/csdm';
import { KindIcon } from '../canvas/KindIcon';

export function ElementHeader({ kind, name }: { kind: KindDef; name: string }) {
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
      </div>
    </header>
  );
}
