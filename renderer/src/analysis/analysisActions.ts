/**
 * Analysis commands: impact (what fails with the selected element), its
 * reverse (what it depends on), copying or exporting either as CSV, and the
 * stage filter that fades every stage but one.
 */
import { analyse, analysisCsv, analysisFileName, type Analysis, type AnalysisMode } from '@shared/analysis';
import { CATALOGUE, STAGES, type Stage } from '@shared/csdm';
import type { Id } from '@shared/model/types';
import type { Action, ActionContext } from '../actions/types';
import { copyText } from './copyText';

function selectedElement({ editor }: ActionContext): Id | undefined {
  const { selectedElements } = editor.session.getState();
  return selectedElements.size === 1 ? [...selectedElements][0] : undefined;
}

/**
 * Turns an analysis on and frames what it reaches in the view on screen, so
 * the highlighted chain is in sight at once (even in a large map).
 */
export function startAnalysis(
  ctx: ActionContext,
  mode: AnalysisMode,
  elementId = selectedElement(ctx),
): void {
  if (elementId === undefined) return;
  const { editor, flow } = ctx;
  const session = editor.session.getState();
  session.setAnalysis({ mode, elementId });
  const { doc } = editor.document.getState();
  const analysis = analyse(doc, CATALOGUE, mode, elementId);
  const placements = doc.views[session.activeViewId]?.placements ?? {};
  const nodes = [...(analysis?.elements ?? [])]
    .filter((id) => Object.hasOwn(placements, id))
    .map((id) => ({ id }));
  if (nodes.length > 0) {
    requestAnimationFrame(() => void flow.fitView({ nodes, duration: 300, padding: 0.15, maxZoom: 1.2 }));
  }
}

function currentAnalysis({ editor }: ActionContext) {
  const request = editor.session.getState().analysis;
  return request ? analyse(editor.document.getState().doc, CATALOGUE, request.mode, request.elementId) : null;
}

/** Impact and Depends on are the same command run one way or the other, on the one selected element. */
const analysisAction = (mode: AnalysisMode, id: string, label: string, shortcut: string): Action => ({
  id,
  label,
  group: 'View',
  shortcuts: [shortcut],
  enabled: (ctx) => selectedElement(ctx) !== undefined,
  perform: (ctx) => startAnalysis(ctx, mode),
});

export const showImpact = analysisAction('impact', 'analysis.impact', 'Impact', 'I');
export const showDependencies = analysisAction('dependencies', 'analysis.dependencies', 'Depends on', 'D');

/** Escape: closes the analysis first, then (pressed again) the stage filter. */
export const closeAnalysis: Action = {
  id: 'analysis.close',
  label: 'Close analysis or stage filter',
  group: 'View',
  shortcuts: ['Escape'],
  enabled: ({ editor }) => {
    const { analysis, stageFilter } = editor.session.getState();
    return analysis !== null || stageFilter !== null;
  },
  perform: ({ editor }) => {
    const session = editor.session.getState();
    if (session.analysis) session.setAnalysis(null);
    else session.setStageFilter(null);
  },
};

/** Copy and Export work on the analysis on screen, and only while there is one. */
const csvAction = (
  id: string,
  label: string,
  perform: (ctx: ActionContext, analysis: Analysis) => void,
): Action => ({
  id,
  label,
  group: 'View',
  enabled: ({ editor }) => editor.session.getState().analysis !== null,
  perform: (ctx) => {
    const analysis = currentAnalysis(ctx);
    if (analysis) perform(ctx, analysis);
  },
});

export const copyAnalysisCsv = csvAction('analysis.copyCsv', 'Copy analysis as CSV', (ctx, analysis) => {
  const session = ctx.editor.session.getState();
  if (copyText(analysisCsv(analysis, CATALOGUE))) {
    session.notify('info', `Copied ${analysis.count} row${analysis.count === 1 ? '' : 's'} as CSV.`);
  } else {
    session.notify('error', 'The clipboard refused the text. Use “Export CSV…” instead.');
  }
});

export const exportAnalysisCsv = csvAction(
  'analysis.exportCsv',
  'Export analysis as CSV…',
  (ctx, analysis) => {
    const session = ctx.editor.session.getState();
    ctx.platform
      .saveFile({
        title: analysis.mode === 'impact' ? 'Export impact as CSV' : 'Export dependencies as CSV',
        suggestedName: analysisFileName(analysis),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        bytes: new TextEncoder().encode(analysisCsv(analysis, CATALOGUE)),
      })
      .then(
        (saved) => {
          if (saved) session.notify('info', `Saved ${saved.name}.`);
        },
        (error: unknown) =>
          session.notify(
            'error',
            `Could not save the CSV: ${error instanceof Error ? error.message : String(error)}`,
          ),
      );
  },
);

const stageActionId = (stage: Stage | null): string => `view.stage${stage ?? 'All'}`;

/** The stage filter as menu and command-palette entries; the toolbar has a select for the same state. */
const stageAction = (stage: Stage | null): Action => ({
  id: stageActionId(stage),
  label: stage ? `Stage filter: ${stage}` : 'Stage filter: all stages',
  group: 'View',
  perform: ({ editor }) => editor.session.getState().setStageFilter(stage),
});

export const STAGE_ACTIONS: readonly Action[] = [null, ...STAGES].map(stageAction);

/** Check marks for the menus: the stage in focus (or "all stages"). */
export const STAGE_CHECKS: Readonly<Record<string, (ctx: ActionContext) => boolean>> = Object.fromEntries(
  [null, ...STAGES].map((stage) => [
    stageActionId(stage),
    ({ editor }: ActionContext) => editor.session.getState().stageFilter === stage,
  ]),
);

export const ANALYSIS_ACTIONS: readonly Action[] = [
  showImpact,
  showDependencies,
  copyAnalysisCsv,
  exportAnalysisCsv,
  closeAnalysis,
  ...STAGE_ACTIONS,
];
