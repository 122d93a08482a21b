/**
 * Open file… / Import… / a dropped file: read it (in a worker), and when it
 * is a model, store it as a NEW model in the library and open it. One per
 * window (per model host), so its progress and its report outlive the switch
 * to the new model's editor. Errors leave everything as it was: nothing is
 * stored, the open model stays open.
 */
import { createStore } from 'zustand/vanilla';
import {
  DEFAULT_LIMITS,
  sizeInWords,
  type ImportFormat,
  type ImportResult,
  type InputFile,
} from '@shared/exchange';
import { baseName } from '@shared/exchange/common/newDocument';
import { newId } from '@shared/model/ids';
import type { ModelDocument } from '@shared/model/types';
import type { Editor } from '../editor/EditorContext';
import { describeStorageError, type StorageProblem } from '../persistence/errors';
import type { Library } from '../persistence/openLibrary';
import type { OpenModel } from '../persistence/openModel';
import type { FileFilter, Platform } from '../platform/Platform';
import { createImportRunner, ImportCancelled, type ImportRunner } from './importClient';
import { IMPORT_FORMAT_LABELS, summarizeImport, type ImportSummary } from './importSummary';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' | 'parsing' | 'storing'; fileName: string; size: number }
  /** The model is open and being stored: no dialog (the save status says Saving…), no second import yet. */
  | { phase: 'saving'; fileName: string; size: number }
  | {
      phase: 'done';
      fileName: string;
      modelName: string;
      format: ImportFormat;
      summary: ImportSummary;
    }
  | {
      phase: 'failed';
      fileName: string;
      error: string;
      /** False only when the model went into the library but could not be opened. */
      nothingChanged: boolean;
    };

/** A file from a drop (or a test): its size is known before it is read. */
export interface PendingFile {
  name: string;
  size: number;
  read: () => Promise<Uint8Array>;
}

/** What an import needs of the window's model host (persistence/modelHost.ts). */
export interface ImportHost {
  readonly store: {
    getState(): { library: Library | null; storageProblem: StorageProblem | null; open: OpenModel | null };
  };
  /** Opens a model not in the library yet and stores it meanwhile; `shown` once it is on screen; resolves once stored. */
  openNew(doc: ModelDocument, shown?: () => void): Promise<void>;
}

const IMPORTABLE = /\.(json|zip|csv)$/i;

export const OPEN_FILTERS: FileFilter[] = [
  { name: 'Mapwright model', extensions: ['csdm.json'] },
  { name: 'Anything Mapwright imports', extensions: ['json', 'zip', 'csv'] },
  { name: 'All files', extensions: ['*'] },
];

export const IMPORT_FILTERS: FileFilter[] = [
  { name: 'IRE payload, bundles, Table API exports, models', extensions: ['json', 'zip', 'csv'] },
  { name: 'All files', extensions: ['*'] },
];

const IMPORT_HELP =
  'Mapwright opens its own models (*.csdm.json) and imports IRE payloads (JSON), import-set and CSV bundles (zip) and Table API exports (JSON).';

export class ImportController {
  readonly store = createStore<ImportState>()(() => ({ phase: 'idle' }));
  private abort: AbortController | null = null;

  constructor(
    private readonly host: ImportHost,
    private readonly run: ImportRunner = createImportRunner(),
    private readonly maxBytes: number = DEFAULT_LIMITS.maxInputBytes,
  ) {}

  get busy(): boolean {
    const { phase } = this.store.getState();
    return phase === 'reading' || phase === 'parsing' || phase === 'storing' || phase === 'saving';
  }

  /** File › Open file… and Import…: the platform's open dialog, then the import. */
  async pick(platform: Platform, purpose: 'open' | 'import'): Promise<void> {
    if (this.busy) return;
    let file;
    try {
      file = await platform.openFile({
        title: purpose === 'open' ? 'Open file' : 'Import',
        filters: purpose === 'open' ? OPEN_FILTERS : IMPORT_FILTERS,
        binary: true,
      });
    } catch (error) {
      this.failed('The file', `The file could not be read. ${errorText(error)}`);
      return;
    }
    if (!file) return;
    await this.importFiles([
      { name: file.name, size: file.bytes.length, read: () => Promise.resolve(file.bytes) },
    ]);
  }

  /**
   * Files from a drop or the open dialog. Refused before reading: anything
   * that is not JSON, zip or CSV, and anything over the size limit.
   */
  async importFiles(files: readonly PendingFile[]): Promise<void> {
    if (this.busy || files.length === 0) return;
    const first = files[0] as PendingFile;
    const fileName = files.length === 1 ? first.name : `${first.name} and ${files.length - 1} more`;
    const foreign = files.find((file) => !IMPORTABLE.test(file.name));
    if (foreign) {
      this.failed(fileName, `${foreign.name} is not a file Mapwright reads. ${IMPORT_HELP}`);
      return;
    }
    const size = files.reduce((sum, file) => sum + file.size, 0);
    if (size > this.maxBytes) {
      this.failed(
        fileName,
        `${fileName} is ${sizeInWords(size)}, over the import limit of ${sizeInWords(this.maxBytes)}; it was not read.`,
      );
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.store.setState({ phase: 'reading', fileName, size }, true);
    let inputs: InputFile[];
    try {
      inputs = await Promise.all(files.map(async (file) => ({ path: file.name, bytes: await file.read() })));
    } catch (error) {
      this.failed(fileName, `${fileName} could not be read. ${errorText(error)}`);
      return;
    }
    if (abort.signal.aborted) return;
    await this.parseAndStore(fileName, inputs, abort, files.length === 1 ? baseName(first.name) : undefined);
  }

  /** Stops a running import; nothing is stored. */
  cancel(): void {
    const { phase } = this.store.getState();
    if (!this.abort || phase === 'storing' || phase === 'saving') return;
    this.abort.abort();
    this.abort = null;
    this.store.setState({ phase: 'idle' }, true);
  }

  /** Closes the report or the error. */
  dismiss(): void {
    if (!this.busy) this.store.setState({ phase: 'idle' }, true);
  }

  private failed(fileName: string, error: string, nothingChanged = true): void {
    this.abort = null;
    this.store.setState({ phase: 'failed', fileName, error, nothingChanged }, true);
  }

  private async parseAndStore(
    fileName: string,
    inputs: InputFile[],
    abort: AbortController,
    name: string | undefined,
  ): Promise<void> {
    const size = inputs.reduce((sum, file) => sum + file.bytes.length, 0);
    this.store.setState({ phase: 'parsing', fileName, size }, true);
    let result: ImportResult;
    try {
      result = await this.run(fileName, inputs, abort.signal);
    } catch (error) {
      if (error instanceof ImportCancelled || abort.signal.aborted) return;
      this.failed(fileName, `${fileName} could not be read. ${errorText(error)}`);
      return;
    }
    if (abort.signal.aborted) return;
    if (!result.ok) {
      this.failed(fileName, result.error);
      return;
    }
    this.store.setState({ phase: 'storing', fileName, size }, true);
    const doc: ModelDocument = { ...result.doc, name: name ?? result.doc.name };
    let stored: ModelDocument;
    try {
      stored = await this.addToLibrary(doc);
    } catch (error) {
      this.failed(
        fileName,
        error instanceof StoreProblem
          ? error.message
          : `The model could not be added to the library. ${describeStorageError(error).message}`,
        !(error instanceof StoreProblem && error.changed),
      );
      return;
    }
    this.abort = null;
    const summary = summarizeImport(stored, result.warnings, result.format);
    const editor = this.host.store.getState().open?.editor;
    if (summary.points.length === 0) {
      this.store.setState({ phase: 'idle' }, true);
      editor?.session
        .getState()
        .notify(
          'info',
          `Imported “${stored.name}” from the ${IMPORT_FORMAT_LABELS[result.format]}: ${summary.counts}.`,
        );
      return;
    }
    this.store.setState(
      { phase: 'done', fileName, modelName: stored.name, format: result.format, summary },
      true,
    );
  }

  /** A new model in the library (a new id when one with the file's id is already there), then opened. */
  private async addToLibrary(doc: ModelDocument): Promise<ModelDocument> {
    const { library, storageProblem } = this.host.store.getState();
    if (!library)
      throw new StoreProblem(
        `The model library is not available in this window${storageProblem ? ` (${storageProblem.message})` : ''}, so there is nowhere to put the model.`,
      );
    // Opening the new model leaves the open one: only when its latest edits are written.
    const saver = this.host.store.getState().open?.autosaver;
    await saver?.flush();
    if (saver?.hasUnsavedChanges())
      throw new StoreProblem(
        'The latest changes to the open model are not saved yet, so it stays open and nothing was imported. Try again, or save the model to a file first.',
      );
    const taken = await library.db.models.get(doc.id);
    const fresh = taken ? { ...doc, id: newId() } : doc;
    // Shown at once and stored meanwhile: at 50,000 elements storing takes seconds the canvas does not need.
    const before = this.host.store.getState().open;
    try {
      // Once on screen the model is usable: the dialog goes, the save status shows the storing.
      await this.host.openNew(fresh, () => {
        const state = this.store.getState();
        if (state.phase === 'storing') this.store.setState({ ...state, phase: 'saving' }, true);
      });
    } catch (error) {
      const opened = this.host.store.getState().open !== before;
      if (!opened)
        throw new StoreProblem(
          `The model could not be opened. ${error instanceof Error && error.name === 'UnsavedChangesError' ? error.message : describeStorageError(error).message}`,
        );
      throw new StoreProblem(
        `“${fresh.name}” is open in this window but could not be stored in the library. ${error instanceof Error ? error.message : String(error)} Mapwright keeps trying; to keep it now, use File › Save As….`,
        true,
      );
    }
    return fresh;
  }
}

/** A storing problem whose message is already the one to show; `changed`: the imported model is open (or stored). */
class StoreProblem extends Error {
  constructor(
    message: string,
    readonly changed = false,
  ) {
    super(message);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

const controllers = new WeakMap<ImportHost, ImportController>();

/** The window's import controller (one per model host). */
export function importControllerFor(host: ImportHost): ImportController {
  let controller = controllers.get(host);
  if (!controller) {
    controller = new ImportController(host);
    controllers.set(host, controller);
  }
  return controller;
}

/** The File actions reach the controller through the editor they run in (set by the workbench). */
const byEditor = new WeakMap<Editor, ImportController>();

export function setEditorImports(editor: Editor, controller: ImportController | null): void {
  if (controller) byEditor.set(editor, controller);
  else byEditor.delete(editor);
}

export function importsFor(editor: Editor): ImportController | undefined {
  return byEditor.get(editor);
}
