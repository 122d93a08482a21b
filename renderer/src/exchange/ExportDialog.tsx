/**
 * Export…: choose the format (and the IRE source name), see what pre-flight
 * says would fail to load, fix it ("Fix" brings the element or link into
 * sight) or export anyway. A clean pre-flight exports with one click.
 */
import { AlertCircle, AlertTriangle, Info } from 'lucide-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { CATALOGUE } from '@shared/csdm';
import type { ExportFormat, PreflightIssue } from '@shared/exchange';
import { setSettings } from '@shared/model/setSettings';
import type { ModelDocument } from '@shared/model/types';
import { useActionContext } from '../actions/actionContext';
import { useDocument, useEditor } from '../editor/EditorContext';
import { ModalDialog } from '../persistence/ui/ModalDialog';
import { exchangeUi } from './exchangeUi';
import { errorCount, focusIssue, preflightNow, writeExport } from './exportModel';
import { EXPORT_FORMATS, exportFileName } from './formats';

const SEVERITY = {
  error: { label: 'Error', Icon: AlertCircle },
  warning: { label: 'Warning', Icon: AlertTriangle },
  info: { label: 'Note', Icon: Info },
} as const;

/** Long lists are cut: the first findings say enough, and the dialog stays quick. */
const SHOWN = 200;

export function ExportDialog() {
  const editor = useEditor();
  const ctx = useActionContext();
  const ui = exchangeUi(editor);
  const format = useStore(ui, (state) => state.format);
  const doc = useDocument((state) => state.doc);
  const [sourceName, setSourceName] = useState(doc.settings.sourceName);
  const [checked, setChecked] = useState<{
    doc: ModelDocument;
    format: ExportFormat;
    issues: PreflightIssue[];
  }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const sourceId = useId();
  const summaryId = useId();

  // Pre-flight after the dialog has been drawn: on a big model it takes a moment.
  useEffect(() => {
    const timer = setTimeout(() => setChecked({ doc, format, issues: preflightNow(editor, format) }), 0);
    return () => clearTimeout(timer);
  }, [editor, format, doc]);
  const issues = checked && checked.doc === doc && checked.format === format ? checked.issues : null;

  const errors = issues ? errorCount(issues) : 0;
  const warnings = issues ? issues.filter((issue) => issue.severity === 'warning').length : 0;
  const close = () => ui.getState().close();
  const usesSourceName = format !== 'native';

  const run = async () => {
    if (busy) return;
    if (usesSourceName && sourceName.trim() !== doc.settings.sourceName) {
      const refused = editor.document
        .getState()
        .apply((current) => setSettings(current, CATALOGUE, { sourceName }));
      if (refused) {
        setProblem(refused);
        return;
      }
    }
    setBusy(true);
    // Let the dialog show "Exporting…" before a big export keeps the thread busy.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const saved = await writeExport(ctx, format);
    setBusy(false);
    if (saved) close();
  };

  const fix = (issue: PreflightIssue) => {
    close();
    focusIssue(ctx, issue);
  };

  const summary = useMemo(() => {
    if (!issues) return 'Checking what would fail to load…';
    if (issues.length === 0) return 'Pre-flight found nothing that would fail to load.';
    const parts: string[] = [];
    if (errors > 0) parts.push(`${errors} error${errors === 1 ? '' : 's'} would fail to load`);
    if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
    const notes = issues.length - errors - warnings;
    if (notes > 0) parts.push(`${notes} note${notes === 1 ? '' : 's'}`);
    return `Pre-flight: ${parts.join(', ')}.`;
  }, [issues, errors, warnings]);

  return (
    <ModalDialog
      title="Export"
      open
      className="export-dialog"
      onCancel={close}
      actions={
        <>
          <span className="export-file-name muted" title="Suggested file name">
            {exportFileName(doc.name, format)}
          </span>
          <span className="spacer" />
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className={errors > 0 ? 'button danger' : 'button primary'}
            disabled={busy || issues === null}
            aria-describedby={summaryId}
            onClick={() => void run()}
          >
            {busy ? 'Exporting…' : errors > 0 ? 'Export anyway' : 'Export'}
          </button>
        </>
      }
    >
      <fieldset className="export-formats">
        <legend>Format</legend>
        {EXPORT_FORMATS.map((info) => (
          <label key={info.format} className="export-format">
            <input
              type="radio"
              name="export-format"
              value={info.format}
              checked={format === info.format}
              onChange={() => ui.getState().setFormat(info.format)}
            />
            <span>
              <span className="export-format-label">{info.label}</span>
              <span className="export-format-detail muted">{info.detail}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {usesSourceName && (
        <div className="export-source">
          <label htmlFor={sourceId}>Source name</label>
          <input
            id={sourceId}
            type="text"
            value={sourceName}
            onChange={(event) => {
              setSourceName(event.target.value);
              setProblem(null);
            }}
          />
          <span className="muted">
            IRE’s <code>source_name</code>: ServiceNow recognises re-exported records by it. Saved with the
            model.
          </span>
        </div>
      )}
      {problem && (
        <p className="prompt-error" role="alert">
          {problem}
        </p>
      )}
      <section className="preflight" aria-label="Pre-flight">
        <p
          id={summaryId}
          className={errors > 0 ? 'preflight-summary has-errors' : 'preflight-summary'}
          aria-live="polite"
        >
          {summary}
        </p>
        {issues && issues.length > 0 && (
          <ul className="preflight-list" aria-label="Pre-flight findings">
            {issues.slice(0, SHOWN).map((issue, index) => {
              const { label, Icon } = SEVERITY[issue.severity];
              const target = issue.elementId ?? issue.linkId;
              return (
                <li
                  key={`${issue.code}-${target ?? ''}-${index}`}
                  className={`preflight-item severity-${issue.severity}`}
                >
                  <Icon size={15} aria-hidden className="preflight-icon" />
                  <span className="visually-hidden">{label}: </span>
                  <span className="preflight-message">{issue.message}</span>
                  {target !== undefined && (
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Fix: ${issue.message}`}
                      onClick={() => fix(issue)}
                    >
                      Fix
                    </button>
                  )}
                </li>
              );
            })}
            {issues.length > SHOWN && (
              <li className="preflight-more muted">…and {issues.length - SHOWN} more.</li>
            )}
          </ul>
        )}
      </section>
    </ModalDialog>
  );
}
