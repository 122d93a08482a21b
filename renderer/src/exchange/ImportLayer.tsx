/**
 * What an import shows, over the start screen or the open model: the
 * progress while a file is read, the report of what came in (warnings
 * grouped), or why nothing was imported; and the "Drop to import" overlay.
 * Rendered by the model host view, so it outlives the switch to the new model.
 */
import { FileUp } from 'lucide-react';
import { sizeInWords } from '@shared/exchange';
import { useStore } from 'zustand';
import { ModalDialog } from '../persistence/ui/ModalDialog';
import {
  importControllerFor,
  type ImportController,
  type ImportHost,
  type ImportState,
} from './importController';
import { IMPORT_FORMAT_LABELS } from './importSummary';
import { useFileDrop } from './useFileDrop';
import './exchange.css';

/** Long warning lists are cut here; the summary above counts them all. */
const LISTED = 300;

export function ImportLayer({ host }: { host: ImportHost }) {
  const controller = importControllerFor(host);
  const state = useStore(controller.store);
  const dragging = useFileDrop(controller);
  return (
    <>
      {dragging && <DropOverlay />}
      <ImportDialog controller={controller} state={state} />
    </>
  );
}

function DropOverlay() {
  return (
    <div className="drop-overlay" aria-live="polite">
      <div className="drop-overlay-card">
        <FileUp size={36} aria-hidden />
        <p className="drop-overlay-title">Drop to import</p>
        <p className="muted">
          A Mapwright model (*.csdm.json) opens as a new model; IRE payloads, import-set and CSV bundles and
          Table API exports are imported into one.
        </p>
      </div>
    </div>
  );
}

const STEP: Record<'reading' | 'parsing' | 'storing', string> = {
  reading: 'Reading',
  parsing: 'Reading',
  storing: 'Adding the model to the library:',
};

function ImportDialog({ controller, state }: { controller: ImportController; state: ImportState }) {
  const dismiss = () => controller.dismiss();
  switch (state.phase) {
    case 'idle':
    case 'saving':
      return null;
    case 'reading':
    case 'parsing':
    case 'storing':
      return (
        <ModalDialog
          title="Importing"
          open
          dismissible={state.phase !== 'storing'}
          onCancel={() => controller.cancel()}
          actions={
            <button
              type="button"
              className="button"
              disabled={state.phase === 'storing'}
              onClick={() => controller.cancel()}
            >
              Cancel
            </button>
          }
        >
          <p className="import-progress-text">
            {STEP[state.phase]} {state.fileName}
            {state.size > 0 ? ` (${sizeInWords(state.size)})` : ''}…
          </p>
          <progress className="import-progress" aria-label="Import progress" />
        </ModalDialog>
      );
    case 'failed':
      return (
        <ModalDialog
          title={state.nothingChanged ? 'Nothing was imported' : 'The import was not opened'}
          open
          role="alertdialog"
          onCancel={dismiss}
          actions={
            <button type="button" className="button primary" onClick={dismiss}>
              OK
            </button>
          }
        >
          <p className="import-error">{state.error}</p>
          {state.nothingChanged && (
            <p className="muted">Nothing was changed: the library and the open model are as they were.</p>
          )}
        </ModalDialog>
      );
    case 'done': {
      const { summary } = state;
      return (
        <ModalDialog
          title={`Imported “${state.modelName}”`}
          open
          className="import-report"
          onCancel={dismiss}
          actions={
            <button type="button" className="button primary" onClick={dismiss}>
              OK
            </button>
          }
        >
          <p>
            From the {IMPORT_FORMAT_LABELS[state.format]} {state.fileName}: {summary.counts}, now a new model
            in the library.
          </p>
          <ul className="import-points" aria-label="Import warnings">
            {summary.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          {summary.warnings.length > 0 && (
            <details className="import-details">
              <summary>
                All {summary.warnings.length} note{summary.warnings.length === 1 ? '' : 's'}
              </summary>
              <ul>
                {summary.warnings.slice(0, LISTED).map((warning, index) => (
                  <li key={index}>{warning.message}</li>
                ))}
                {summary.warnings.length > LISTED && (
                  <li className="muted">…and {summary.warnings.length - LISTED} more.</li>
                )}
              </ul>
            </details>
          )}
        </ModalDialog>
      );
    }
  }
}
