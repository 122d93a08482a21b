/**
 * Autosave: every change of the open document is written shortly after it
 * happens (100 ms after the last edit, and at least every 2 s during a burst
 * of edits), in one transaction, and only the rows that changed.
 *
 * The saver remembers the document as last written (`saved`) and the model
 * revision it wrote. A save diffs `saved` against the current document by
 * object identity (operations replace exactly the records they touch), so
 * finding the changes is a walk over the keys, never a serialisation of the
 * model. Undo and redo are just more documents: their difference to `saved`
 * is written like any edit.
 *
 * Failures keep the document in memory untouched and are retried; a revision
 * conflict (another window saved first) stops saving until the user chooses.
 *
 * A model not in the library yet (revision 0: an import) is shown at once
 * and stored by the saver's first write, in the background: at 50,000
 * elements storing takes seconds the canvas needs no part of. Edits made
 * meanwhile are written by the next save, as always.
 */
import { createStore } from 'zustand/vanilla';
import type { Id, ModelDocument } from '@shared/model/types';
import { newId } from '@shared/model/ids';
import { changeSet, type ChangeSet } from './changeSet';
import { describeStorageError, type StorageProblem } from './errors';
import type { ModelRepository, SaveConflict } from './repository';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'dirty' }
  | { state: 'saving' }
  | { state: 'failed'; problem: StorageProblem }
  | { state: 'conflict'; conflict: SaveConflict };

/** What was unsaved when the page went away; see journal.ts. */
export interface UnloadJournal {
  modelId: Id;
  /** The revision this window last wrote or read. */
  baseRevision: number;
  /** Stored state at baseRevision -> the document at unload. */
  fromBase: ChangeSet;
  /** A save was being written: if it landed, this applies on top of it instead. */
  inFlight?: { saveId: string; fromInFlight: ChangeSet };
  /** The id of the save started at unload: if it landed, nothing is left to do. */
  finalSaveId: string;
  findingCount: number | null;
  writtenAt: string;
}

/** The part of the document store autosave needs (the editor's zustand store fits). */
export interface WatchedDocument {
  getState(): { doc: ModelDocument };
  subscribe(listener: (state: { doc: ModelDocument }, previous: { doc: ModelDocument }) => void): () => void;
}

export interface AutosaveOptions {
  debounceMs?: number;
  maxWaitMs?: number;
  /** First retry after a failed save; doubles up to a minute. */
  retryMs?: number;
  /** Findings of the document being saved, for the library's count. */
  findingCount?: () => number;
  /** After each successful write (tell other windows). */
  onSaved?: (revision: number) => void;
}

const MAX_RETRY_MS = 60_000;

export class Autosaver {
  readonly status = createStore<SaveStatus>()(() => ({ state: 'saved' }));
  readonly modelId: Id;
  private saved: ModelDocument;
  private revisionValue: number;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay: number;
  private inFlight: Promise<void> | null = null;
  /** The save being written: its id and document. */
  private writing: { saveId: string; doc: ModelDocument } | null = null;
  /** The id the next save uses (set when an unload journal promised it). */
  private nextSaveId: string | null = null;
  private unsubscribe: (() => void) | null = null;
  private disposed = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(
    private readonly repository: Pick<ModelRepository, 'saveChanges' | 'createModel'>,
    private readonly document: WatchedDocument,
    start: { doc: ModelDocument; revision: number },
    private readonly options: AutosaveOptions = {},
  ) {
    this.modelId = start.doc.id;
    this.saved = start.doc;
    this.revisionValue = start.revision;
    // Short enough that an edit is on disk within a quarter of a second (issue 8), long enough to make
    // one write of a burst (undo held down, a paste followed by a move).
    this.debounceMs = options.debounceMs ?? 100;
    this.maxWaitMs = options.maxWaitMs ?? 2000;
    this.retryMs = options.retryMs ?? 5000;
    this.retryDelay = this.retryMs;
  }

  /** The revision of the stored model this window last wrote or read. */
  get revision(): number {
    return this.revisionValue;
  }

  get savedDocument(): ModelDocument {
    return this.saved;
  }

  /** Whether the model is in the library (false until an imported model's first write lands). */
  get stored(): boolean {
    return this.revisionValue > 0;
  }

  /** Edits not yet written (waiting, in flight, or failed), or the model itself. */
  hasUnsavedChanges(): boolean {
    return !this.stored || this.inFlight !== null || this.document.getState().doc !== this.saved;
  }

  start(): this {
    if (this.unsubscribe || this.disposed) return this;
    this.unsubscribe = this.document.subscribe((state, previous) => {
      if (state.doc !== previous.doc) this.changed(state.doc);
    });
    // A model not stored yet is written at once; a change made before start() is written too.
    if (!this.stored) void this.flush();
    else this.changed(this.document.getState().doc);
    return this;
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.clearTimers();
  }

  /**
   * The stored model is now `doc` at `revision` (this window reloaded it, or
   * chose theirs after a conflict). Call before loading `doc` into the editor.
   */
  adopt(doc: ModelDocument, revision: number): void {
    this.saved = doc;
    this.revisionValue = revision;
    this.clearTimers();
    this.retryDelay = this.retryMs;
    this.status.setState({ state: this.document.getState().doc === doc ? 'saved' : 'dirty' }, true);
    if (this.document.getState().doc !== doc) this.schedule();
  }

  /** The stored model is gone or moved on (learned from another window): stop and let the user choose. */
  reportConflict(conflict: SaveConflict): void {
    this.clearTimers();
    this.status.setState({ state: 'conflict', conflict }, true);
  }

  /** Writes now whatever is unsaved; resolves once written (or failed, or in conflict). */
  async flush(): Promise<void> {
    this.clearTimers();
    while (this.inFlight) await this.inFlight;
    if (this.disposed || this.status.getState().state === 'conflict') return;
    if (this.stored && this.document.getState().doc === this.saved) {
      this.status.setState({ state: 'saved' }, true);
      return;
    }
    const write = this.writeOnce();
    this.inFlight = write;
    try {
      await write;
    } finally {
      this.inFlight = null;
    }
    // Edits made while that write was in flight wait for the next one.
    const { state } = this.status.getState();
    if (!this.disposed && state === 'saved' && this.document.getState().doc !== this.saved) {
      this.status.setState({ state: 'dirty' }, true);
      this.schedule();
    }
  }

  private changed(doc: ModelDocument): void {
    if (this.disposed) return;
    const { state } = this.status.getState();
    if (state === 'conflict') return;
    if (doc === this.saved && this.inFlight === null && this.stored) {
      // Undone back to what is stored: nothing to write.
      this.clearTimers();
      if (state !== 'failed') this.status.setState({ state: 'saved' }, true);
      return;
    }
    if (state === 'saved') this.status.setState({ state: 'dirty' }, true);
    if (state !== 'failed') this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => void this.flush(), this.debounceMs);
    this.maxWaitTimer ??= setTimeout(() => void this.flush(), this.maxWaitMs);
  }

  private clearTimers(): void {
    clearTimeout(this.debounceTimer);
    clearTimeout(this.maxWaitTimer);
    clearTimeout(this.retryTimer);
    this.debounceTimer = undefined;
    this.maxWaitTimer = undefined;
    this.retryTimer = undefined;
  }

  private async writeOnce(): Promise<void> {
    const doc = this.document.getState().doc;
    const base = this.saved;
    const saveId = this.nextSaveId ?? newId();
    this.nextSaveId = null;
    this.writing = { saveId, doc };
    this.status.setState({ state: 'saving' }, true);
    try {
      const result = this.stored ? await this.save(base, doc, saveId) : await this.create(doc);
      // Stored even if this window closed meanwhile: the library holds it.
      if (!this.stored && result.ok) this.revisionValue = result.revision;
      if (this.disposed) return;
      if (!result.ok) {
        this.status.setState({ state: 'conflict', conflict: result.conflict }, true);
        return;
      }
      this.saved = doc;
      this.revisionValue = result.revision;
      this.retryDelay = this.retryMs;
      this.status.setState({ state: 'saved' }, true);
      this.options.onSaved?.(result.revision);
    } catch (error) {
      if (this.disposed) return;
      // Nothing was written (the transaction is atomic): `saved` still says what is stored.
      this.status.setState({ state: 'failed', problem: describeStorageError(error) }, true);
      this.retryTimer = setTimeout(() => void this.flush(), this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
    } finally {
      this.writing = null;
    }
  }

  private save(base: ModelDocument, doc: ModelDocument, saveId: string) {
    const findingCount = this.options.findingCount?.();
    return this.repository.saveChanges(this.modelId, this.revisionValue, base, doc, {
      saveId,
      ...(findingCount === undefined ? {} : { findingCount }),
    });
  }

  /** The first write of a model not in the library; its finding count follows once it is checked (openModel.ts). */
  private async create(doc: ModelDocument): Promise<{ ok: true; revision: number }> {
    return { ok: true, revision: (await this.repository.createModel(doc)).revision };
  }

  /**
   * The page is going away: IndexedDB may not finish a transaction begun now,
   * so describe what is unsaved as plain data (written synchronously to
   * localStorage by the caller), then try the normal save as well. The next
   * start applies the journal unless that save landed (see journal.ts).
   */
  unloadJournal(): UnloadJournal | null {
    // A journal holds changes to a stored model; a model never stored is still in the file it came from.
    if (this.disposed || !this.stored || this.status.getState().state === 'conflict') return null;
    const doc = this.document.getState().doc;
    const writing = this.writing;
    if (doc === this.saved && !writing) return null;
    const finalSaveId = newId();
    this.nextSaveId = finalSaveId;
    return {
      modelId: this.modelId,
      baseRevision: this.revisionValue,
      fromBase: changeSet(this.saved, doc),
      ...(writing ? { inFlight: { saveId: writing.saveId, fromInFlight: changeSet(writing.doc, doc) } } : {}),
      finalSaveId,
      findingCount: this.options.findingCount?.() ?? null,
      writtenAt: new Date().toISOString(),
    };
  }
}
