/**
 * Export… and Save As…: pre-flight of the open model for a format, writing
 * the file through the platform's save dialog, and "Fix" (bringing the
 * element or link a finding is about into sight).
 */
import { CATALOGUE } from '@shared/csdm';
import { preflight, type ExportFormat, type PreflightIssue } from '@shared/exchange';
import type { Id } from '@shared/model/types';
import type { ActionContext } from '../actions/types';
import type { Editor } from '../editor/EditorContext';
import { focusElement } from '../navigator/focusElement';
import { fitViewWhenShown, showView } from '../views/viewCommands';
import { exportBytes, exportFileName, formatInfo } from './formats';

/** Pre-flight of the model as it is now, reusing validation's findings when they are current. */
export function preflightNow(editor: Editor, format: ExportFormat): PreflightIssue[] {
  const { doc } = editor.document.getState();
  if (format === 'native') return preflight(doc, CATALOGUE, format);
  editor.validation.flush();
  const validation = editor.validation.getState();
  return preflight(doc, CATALOGUE, format, validation.doc === doc ? { validation: validation.result } : {});
}

export function errorCount(issues: readonly PreflightIssue[]): number {
  return issues.filter((issue) => issue.severity === 'error').length;
}

const WRITTEN: Record<ExportFormat, string> = {
  ire: 'the IRE payload',
  importset: 'the import-set bundle',
  csv: 'the CSV bundle',
  native: 'the model',
};

/** Writes the file; resolves whether it was saved (false: cancelled or failed, which is said). */
export async function writeExport(
  { editor, platform }: Pick<ActionContext, 'editor' | 'platform'>,
  format: ExportFormat,
): Promise<boolean> {
  const { doc } = editor.document.getState();
  const notify = editor.session.getState().notify;
  const info = formatInfo(format);
  let bytes: Uint8Array;
  try {
    bytes = exportBytes(doc, format);
  } catch (error) {
    notify('error', `Exporting failed: ${error instanceof Error ? error.message : String(error)}.`);
    return false;
  }
  try {
    const saved = await platform.saveFile({
      title: format === 'native' ? 'Save As' : `Export ${info.label}`,
      suggestedName: exportFileName(doc.name, format),
      filters: [info.filter],
      bytes,
    });
    if (!saved) return false;
    notify('info', `Saved ${WRITTEN[format]} as ${saved.name}.`);
    return true;
  } catch (error) {
    notify('error', `Saving the file failed: ${error instanceof Error ? error.message : String(error)}.`);
    return false;
  }
}

/** Brings a link into sight: a view showing both ends, the link selected, both ends on screen. */
export function focusLink({ editor, flow }: Pick<ActionContext, 'editor' | 'flow'>, linkId: Id): void {
  const { doc } = editor.document.getState();
  const session = editor.session.getState();
  const link = doc.links[linkId];
  if (!link) {
    session.notify('refusal', 'That link is no longer in the model.');
    return;
  }
  const shows = (viewId: Id): boolean => {
    const placements = doc.views[viewId]?.placements ?? {};
    return Object.hasOwn(placements, link.from) && Object.hasOwn(placements, link.to);
  };
  const viewId = shows(session.activeViewId) ? session.activeViewId : doc.viewOrder.find(shows);
  if (viewId === undefined) {
    session.select([], [linkId]);
    session.notify('info', 'That link is in no view: its two ends are not shown together anywhere.');
    return;
  }
  if (viewId !== session.activeViewId) showView({ editor, flow }, viewId, 'keep');
  editor.session.getState().select([], [linkId]);
  fitViewWhenShown({ editor, flow }, viewId, [link.from, link.to]);
}

/** "Fix": the element or link a pre-flight finding is about, in sight and selected. */
export function focusIssue(ctx: Pick<ActionContext, 'editor' | 'flow'>, issue: PreflightIssue): void {
  if (issue.elementId !== undefined) focusElement(ctx, issue.elementId);
  else if (issue.linkId !== undefined) focusLink(ctx, issue.linkId);
}
