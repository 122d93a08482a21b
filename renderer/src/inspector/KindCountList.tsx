/**
 * How many elements of each kind, one line a kind with its icon: what a model
 * holds (the model summary) or what is selected (the multi-selection inspector).
 */
import { KindIcon } from '../canvas/KindIcon';
import type { KindCount } from './kindCounts';

export function KindCountList({
  counts,
  compact = false,
  label,
}: {
  counts: readonly KindCount[];
  /** Tighter lines, for the inspector's header. */
  compact?: boolean;
  label?: string;
}) {
  return (
    <ul className={compact ? 'kind-count-list compact' : 'kind-count-list'} aria-label={label}>
      {counts.map(({ kind, count }) => (
        <li key={kind.id}>
          <KindIcon icon={kind.icon} size={14} />
          <span>{kind.label}</span>
          <span className="kind-count">{count}</span>
        </li>
      ))}
    </ul>
  );
}
