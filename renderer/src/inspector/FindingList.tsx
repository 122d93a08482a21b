/**
 * Validation findings of one subject: what is wrong and what to do, most
 * severe first, with a button where the fix is a single operation.
 */
import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import { CATALOGUE, type KindId } from '@shared/csdm';
import type { Id } from '@shared/model/types';
import type { Finding, Severity } from '@shared/validation';
import { PropertySection } from './PropertySection';
import { quickFixAction } from './quickFixes';
import { useApply } from './useApply';

const ICON = { error: CircleAlert, warning: TriangleAlert, info: Info } as const;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function FindingList({
  findings,
  kindOf,
}: {
  findings: readonly Finding[];
  kindOf: (id: Id) => KindId | undefined;
}) {
  const apply = useApply();
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
          const action = finding.quickFix ? quickFixAction(CATALOGUE, kindOf, finding.quickFix) : undefined;
          return (
            <li key={`${finding.ruleId}-${index}`} className={`finding finding-${finding.severity}`}>
              <Icon aria-label={finding.severity} className="finding-icon" />
              <div className="finding-text">
                <div className="finding-message">{finding.message}</div>
                <div className="finding-fix">{finding.fix}</div>
                {action && (
                  <button type="button" className="finding-action" onClick={() => apply(action.operation)}>
                    {action.label}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </PropertySection>
  );
}
