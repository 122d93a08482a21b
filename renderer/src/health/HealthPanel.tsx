/**
 * The Health panel: the model's CSDM health as ServiceNow's CSDM dashboard
 * scores it (overall and per stage, red under 50 %, yellow to 90 %, green
 * above; "n/a" with nothing to check), and every finding by stage and rule,
 * naming the element, what is wrong and how to fix it. A click on a finding
 * brings its element (or link) into sight; quick fixes are buttons. Follows
 * the validation store, so it is current after every edit.
 */
import { ChevronDown, ChevronRight, CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import { memo, useMemo, useState } from 'react';
import { CATALOGUE, STAGES, type Stage } from '@shared/csdm';
import type { Id } from '@shared/model/types';
import type { Score, Severity } from '@shared/validation';
import { useActionContext } from '../actions/actionContext';
import { focusElement, focusLink } from '../canvas/focusElement';
import { moveThroughList } from '../analysis/listKeys';
import { KindIcon } from '../canvas/KindIcon';
import { useValidation } from '../editor/EditorContext';
import { QuickFixButton } from '../validation/QuickFixButton';
import {
  describeScore,
  focusTarget,
  formatScore,
  healthStages,
  SEVERITIES,
  severityCounts,
  type HealthItem,
  type HealthRule,
  type HealthStage,
} from './healthModel';
import './health.css';

const SEVERITY_ICON = { error: CircleAlert, warning: TriangleAlert, info: Info } as const;
const SEVERITY_LABEL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };
/** Findings shown per rule before "Show all": a model with thousands of findings stays quick. */
const PAGE = 50;

function ScorePill({ score, label }: { score: Score; label: string }) {
  return (
    <span
      className={`score-pill band-${score.band ?? 'none'}`}
      title={`${label}: ${describeScore(score)}`}
      aria-label={`${label} score ${formatScore(score)}`}
    >
      {formatScore(score)}
    </span>
  );
}

export function HealthPanel() {
  const result = useValidation((state) => state.result);
  const doc = useValidation((state) => state.doc);
  const checked = useValidation((state) => state.checked);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [collapsed, setCollapsed] = useState<ReadonlySet<Stage>>(() => new Set());
  const stages = useMemo(() => healthStages(result, doc, CATALOGUE, severities), [result, doc, severities]);
  const counts = useMemo(() => severityCounts(result.findings), [result.findings]);
  const overall = result.scores.overall;

  const toggleSeverity = (severity: Severity) =>
    setSeverities((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  const toggleStage = (stage: Stage) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(stage)) next.delete(stage);
      else next.add(stage);
      return next;
    });

  return (
    <aside className="side-panel health-panel" aria-label="Health">
      <div className="health-overall">
        <div
          className={`health-gauge band-${overall.band ?? 'none'}`}
          aria-label={`Overall score ${formatScore(overall)}`}
        >
          {formatScore(overall)}
        </div>
        <div className="health-overall-text">
          <div className="health-overall-title">CSDM health</div>
          <div className="muted">{describeScore(overall)}</div>
          <div className="muted">
            {!checked
              ? 'Checking the model…'
              : result.findings.length === 0
                ? 'No findings'
                : `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}`}
          </div>
        </div>
      </div>
      <ol className="health-stage-strip" aria-label="Score by stage">
        {STAGES.map((stage) => {
          const score = result.scores.byStage[stage];
          return (
            <li
              key={stage}
              className={`band-${score.band ?? 'none'}`}
              title={`${stage}: ${describeScore(score)}`}
            >
              <span className="health-strip-stage">{stage}</span>
              <span className="health-strip-score">{formatScore(score)}</span>
            </li>
          );
        })}
      </ol>
      <div className="health-filter" role="group" aria-label="Show findings of severity">
        {SEVERITIES.map((severity) => {
          const Icon = SEVERITY_ICON[severity];
          return (
            <button
              key={severity}
              type="button"
              className={`health-filter-chip severity-${severity}`}
              aria-pressed={severities.has(severity)}
              onClick={() => toggleSeverity(severity)}
            >
              <Icon aria-hidden size={13} />
              {SEVERITY_LABEL[severity]}
              <span className="health-chip-count">{counts[severity]}</span>
            </button>
          );
        })}
      </div>
      <div className="health-stages" onKeyDown={moveThroughList}>
        {stages.map((stage) => (
          <StageSection
            key={stage.stage}
            stage={stage}
            collapsed={collapsed.has(stage.stage)}
            onToggle={() => toggleStage(stage.stage)}
          />
        ))}
      </div>
    </aside>
  );
}

function StageSection({
  stage,
  collapsed,
  onToggle,
}: {
  stage: HealthStage;
  collapsed: boolean;
  onToggle: () => void;
}) {
  const bodyId = `health-stage-${stage.stage}`;
  const Chevron = collapsed ? ChevronRight : ChevronDown;
  return (
    <section className="health-stage" aria-label={`${stage.stage} stage`}>
      <h3 className="health-stage-heading">
        <button
          type="button"
          data-nav
          className="health-stage-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <Chevron aria-hidden size={14} />
          <span className="health-stage-name">{stage.stage}</span>
          {stage.shown > 0 && <span className="health-stage-count">{stage.shown}</span>}
          <ScorePill score={stage.score} label={stage.stage} />
        </button>
      </h3>
      {!collapsed && (
        <div id={bodyId} className="health-stage-body">
          {stage.score.checks === 0 && (
            <p className="health-empty">Nothing of this stage in the model yet.</p>
          )}
          {stage.failing.map((rule) => (
            <RuleBlock key={rule.rule.id} rule={rule} />
          ))}
          {stage.passing.length > 0 && <PassingRules stage={stage} />}
        </div>
      )}
    </section>
  );
}

/** The metrics with nothing to report, folded into one line until asked for. */
function PassingRules({ stage }: { stage: HealthStage }) {
  const [open, setOpen] = useState(false);
  const listId = `health-passing-${stage.stage}`;
  const count = stage.passing.length;
  return (
    <div className="health-passing">
      <button
        type="button"
        data-nav
        className="health-passing-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <CircleCheck aria-hidden size={13} />
        {stage.failing.length === 0
          ? `All ${count} ${count === 1 ? 'check' : 'checks'} pass`
          : `${count} other ${count === 1 ? 'check passes' : 'checks pass'}`}
        {open ? <ChevronDown aria-hidden size={12} /> : <ChevronRight aria-hidden size={12} />}
      </button>
      {open && (
        <ul id={listId} className="health-passing-list" aria-label={`${stage.stage} checks that pass`}>
          {stage.passing.map(({ rule, score }) => (
            <li key={rule.id} title={describeScore(score)}>
              <span className="health-passing-title">{rule.title}</span>
              <span className="health-passing-count">
                {score.passed}/{score.checks}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RuleBlock({ rule }: { rule: HealthRule }) {
  const [all, setAll] = useState(false);
  const shown = all ? rule.items : rule.items.slice(0, PAGE);
  return (
    <div className="health-rule">
      <div className="health-rule-heading">
        <span className="health-rule-title">{rule.rule.title}</span>
        <span className="health-rule-tally" title={describeScore(rule.score)}>
          {rule.score.passed}/{rule.score.checks}
        </span>
        <ScorePill score={rule.score} label={rule.rule.title} />
      </div>
      <ul className="health-findings" aria-label={rule.rule.title}>
        {shown.map((item) => (
          <FindingItem key={item.key} item={item} />
        ))}
      </ul>
      {shown.length < rule.items.length && (
        <button type="button" className="health-more" onClick={() => setAll(true)}>
          Show all {rule.items.length}
        </button>
      )}
    </div>
  );
}

const FindingItem = memo(function FindingItem({ item }: { item: HealthItem }) {
  const ctx = useActionContext();
  const { finding } = item;
  const Icon = SEVERITY_ICON[finding.severity];
  const target = focusTarget(finding);
  const focus = () => {
    if (target?.kind === 'element') focusElement(ctx, target.id);
    else if (target?.kind === 'link') focusLink(ctx, target.id);
  };
  const kindOf = (id: Id) => ctx.editor.document.getState().doc.elements[id]?.kind;
  return (
    <li className={`health-finding severity-${finding.severity}`}>
      <button
        type="button"
        data-nav
        className="health-finding-main"
        onClick={focus}
        title="Show it on the canvas"
      >
        <Icon className="health-finding-icon" aria-label={finding.severity} size={14} />
        <span className="health-finding-text">
          <span className="health-finding-subject">
            {item.icon && <KindIcon icon={item.icon} size={12} />}
            <span className="health-finding-name">{item.subject}</span>
            <span className="health-finding-kind">{item.subjectKind}</span>
          </span>
          <span className="health-finding-message">{finding.message}</span>
        </span>
      </button>
      <div className="health-finding-fix">
        <span>{finding.fix}</span>
        {finding.quickFix && <QuickFixButton fix={finding.quickFix} kindOf={kindOf} />}
      </div>
    </li>
  );
});
