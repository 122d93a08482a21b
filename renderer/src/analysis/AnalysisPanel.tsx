/**
 * The impact (or dependency) list, in the inspector's place while an
 * analysis is on: the element analysed, what it reaches by group (business
 * services first, subscribers with the offerings they come through last),
 * each entry a button that brings the element into sight. Elements the active
 * view does not show are marked. Escape or the close button ends it.
 */
import { ArrowDownToDot, ClipboardCopy, Download, X, Zap } from 'lucide-react';
import { useEffect } from 'react';
import type { AnalysisEntry, AnalysisGroup, AnalysisMode } from '@shared/analysis';
import { CATALOGUE } from '@shared/csdm';
import { listInWords } from '@shared/csdm/queries/labels';
import type { Id } from '@shared/model/types';
import { useActionContext } from '../actions/actionContext';
import { runAction } from '../actions/registry';
import { focusElement } from '../canvas/focusElement';
import { KindIcon } from '../canvas/KindIcon';
import { useDocument, useSession } from '../editor/EditorContext';
import { copyAnalysisCsv, exportAnalysisCsv, startAnalysis } from './analysisActions';
import { summary } from './analysisSummary';
import { moveThroughList } from './listKeys';
import { useAnalysis } from './useAnalysis';
import './analysis.css';

const TITLE: Record<AnalysisMode, string> = { impact: 'Impact', dependencies: 'Depends on' };

export function AnalysisPanel() {
  const ctx = useActionContext();
  const request = useSession((state) => state.analysis);
  const setAnalysis = useSession((state) => state.setAnalysis);
  const analysis = useAnalysis();
  const viewId = useSession((state) => state.activeViewId);
  const placements = useDocument((state) => state.doc.views[viewId]?.placements);

  // The element was deleted (or undone away): the analysis has nothing left to show.
  useEffect(() => {
    if (request && !analysis) setAnalysis(null);
  }, [request, analysis, setAnalysis]);
  if (!request || !analysis) return null;

  const inView = (id: Id) => Boolean(placements && Object.hasOwn(placements, id));
  const { source, mode } = analysis;
  const kind = CATALOGUE.kinds[source.kind];
  const switchTo = (next: AnalysisMode) => startAnalysis(ctx, next, source.id);

  return (
    <aside className="side-panel inspector analysis-panel" aria-label={`${TITLE[mode]} analysis`}>
      <div className="analysis-title-row">
        <h2 className="panel-heading">{mode === 'impact' ? 'Impact analysis' : 'Dependencies'}</h2>
        <button
          type="button"
          className="tool-button analysis-close"
          aria-label="Close analysis"
          title="Close (Escape)"
          onClick={() => setAnalysis(null)}
        >
          <X aria-hidden />
        </button>
      </div>
      <div className="analysis-mode" role="group" aria-label="Analysis direction">
        <button type="button" aria-pressed={mode === 'impact'} onClick={() => switchTo('impact')}>
          <Zap aria-hidden size={14} /> Impact
        </button>
        <button type="button" aria-pressed={mode === 'dependencies'} onClick={() => switchTo('dependencies')}>
          <ArrowDownToDot aria-hidden size={14} /> Depends on
        </button>
      </div>
      <button
        type="button"
        className="analysis-source"
        title="Show it on the canvas"
        onClick={() => focusElement(ctx, source.id)}
      >
        <span className="analysis-source-icon">
          <KindIcon icon={kind.icon} size={18} />
        </span>
        <span className="analysis-source-text">
          <span className="analysis-source-kind">{kind.label}</span>
          <span className="analysis-source-name">{source.name}</span>
        </span>
      </button>
      <p className="analysis-summary">{summary(analysis)}</p>
      <div className="analysis-actions">
        <button
          type="button"
          className="button"
          disabled={analysis.count === 0}
          onClick={() => runAction(copyAnalysisCsv, ctx)}
        >
          <ClipboardCopy aria-hidden size={14} /> Copy as CSV
        </button>
        <button
          type="button"
          className="button"
          disabled={analysis.count === 0}
          onClick={() => runAction(exportAnalysisCsv, ctx)}
        >
          <Download aria-hidden size={14} /> Export CSV…
        </button>
      </div>
      <div className="analysis-groups" onKeyDown={moveThroughList}>
        {analysis.groups.map((group) => (
          <GroupSection
            key={group.id}
            group={group}
            inView={inView}
            onFocus={(id) => focusElement(ctx, id)}
          />
        ))}
      </div>
    </aside>
  );
}

function GroupSection({
  group,
  inView,
  onFocus,
}: {
  group: AnalysisGroup;
  inView: (id: Id) => boolean;
  onFocus: (id: Id) => void;
}) {
  const headingId = `analysis-group-${group.id}`;
  return (
    <section className="analysis-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="analysis-group-heading">
        {group.label}
        <span className="analysis-count">{group.entries.length}</span>
      </h3>
      <ul className="analysis-list" aria-labelledby={headingId}>
        {group.entries.map((entry) => (
          <Entry
            key={entry.element.id}
            entry={entry}
            inView={inView(entry.element.id)}
            // Other CIs mix kinds (applications, databases, servers): name the kind there.
            showKind={group.id === 'otherCis'}
            onFocus={onFocus}
          />
        ))}
      </ul>
    </section>
  );
}

function Entry({
  entry,
  inView,
  showKind,
  onFocus,
}: {
  entry: AnalysisEntry;
  inView: boolean;
  showKind: boolean;
  onFocus: (id: Id) => void;
}) {
  const kind = CATALOGUE.kinds[entry.element.kind];
  const via = entry.via.map((offering) => offering.name);
  return (
    <li className="analysis-entry">
      <button
        type="button"
        data-nav
        className={`analysis-entry-button${inView ? '' : ' is-elsewhere'}`}
        onClick={() => onFocus(entry.element.id)}
        title={`${kind.label}: ${entry.element.name}${inView ? '' : ' (not in this view)'}`}
      >
        <KindIcon icon={kind.icon} size={14} />
        <span className="analysis-entry-text">
          <span className="analysis-entry-name">{entry.element.name}</span>
          {via.length > 0 && <span className="analysis-entry-via">via {listInWords(via)}</span>}
          {showKind && <span className="analysis-entry-via">{kind.label}</span>}
        </span>
        {!inView && <span className="analysis-elsewhere">not in view</span>}
      </button>
    </li>
  );
}
