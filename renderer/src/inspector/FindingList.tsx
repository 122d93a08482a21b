/**
 * Validation findings of one subject: what is wrong and what to do, most
 * severe first, with a quick-fix button where there is one (shared with the
 * Health panel: renderer/src/validation/QuickFixButton).
 */
import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import type { KindId } from '@shared/csdm';
import type { Id } from '@shared/model/types';
import type { Finding, Severity } from '@shared/validation';
import { QuickFixButton } from '../validation/QuickFixButton';
import { PropertySection } from './PropertySection';

const ICON = { error: CircleAlert, warning: TriangleAlert, info: Info } as const;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function FindingList({
  findings,
  kindOf,
}: {
  findings: readonly Finding[];
  kindOf: (id: Id) => KindId | undefined;
}) {
  if (findings.length === 0) {
    return (
      <p className="findings-ok">
        <CircleCheck aria-hidden /> No CSDM findings
      </p>
    );
  }
  const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const worst = sorted[0]?.severity ?? 'info';
  return (
    <PropertySection title="Findings" count={findings.length} tone={worst}>
      <ul className="findings">
        {sorted.map((finding, index) => {
          const Icon = ICON[finding.severity];
          return (
            <li key={`${finding.ruleId}-${index}`} className={`finding finding-${finding.severity}`}>
              <Icon aria-label={finding.severity} className="finding-icon" />
              <div className="finding-text">
                <div className="finding-message">{finding.message}</div>
                <div className="finding-fix">{finding.fix}</div>
                {finding.quickFix && <QuickFixButton fix={finding.quickFix} kindOf={kindOf} />}
              </div>
            </li>
          );
        })}
      </ul>
    </PropertySection>
  );
}
