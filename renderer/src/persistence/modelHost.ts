/**
 * Which model is open, and everything that changes that: start-up (reopen
 * the last model, the sample on first start, `?model=empty`), the library's
 * commands (new, open, rename, duplicate, delete and undo), saves arriving
 * from other windows, revision conflicts, and storage failures.
 *
 * Plain TypeScript with a zustand store, so React only renders its state.
 */
import { createStore } from 'zustand/vanilla';
import { copyModel } from '@shared/model/copyModel';
import { newId } from '@shared/model/ids';
import { renameModel } from '@shared/model/renameModel';
import { reuseUnchanged } from '@shared/model/reuseUnchanged';
import type { Id, ModelDocument } from '@shared/model/types';
import { benchModelLoaded, benchOpenRequested } from '../bench/benchHooks';
import { emptyModel } from '../editor/createEditor';
import type { Platform } from '../platform/Platform';
import { loadRunStageSample } from '../samples/loadSample';
import { describeStorageError, type StorageProblem } from './errors';
import { exportModelToFile } from './exportModel';
import { setFileHost, type FileHost, type FileOverlay } from './fileHost';
import { openLibrary, type Library } from './openLibrary';
import { recentModelsOf } from './recentModels';
import { keepSessionSane, openInMemory, openStored, type OpenModel } from './openModel';
import { ModelNotFoundError, type LoadedModel } from './repository';
import { clearJournal, journalStorage, recoverJournals, writeJournal } from './journal';
import type { TabMessage } from './tabSync';

/** Leaving a model whose latest edits could not be written would lose them. */
class UnsavedChangesError extends Error {
  override name = 'UnsavedChangesError';
  constructor() {
    super(
      'The latest changes to the open model are not saved yet, so it stays open. Try again, or export it to a file first.',
    );
  }
}

export interface LibraryNotice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  /** Offered as an "Undo" button (after a delete). */
  undo?: () => void;
}

export interface HostState {
  /** opening: the database is being opened; library: the start screen; open: a model is open. */
  phase: 'opening' | 'library' | 'open';
  /** The upgrade waits for another (older) window to close. */
  blocked: boolean;
  library: Library | null;
  open: OpenModel | null;
  /** The library cannot be used (open failed, another window upgraded it): work lives in this window only. */
  storageProblem: StorageProblem | null;
  overlay: FileOverlay | null;
  notice: LibraryNotice | null;
}

const STALE_JOURNAL =
  'Changes made just before Mapwright last closed were not saved: another window changed the model in the meantime.';

/** The model open in this window (tab), kept across reloads in sessionStorage. */
const OPEN_HERE_KEY = 'mapwright.openModel';

function rememberedHere(): Id | null {
  try {
    return globalThis.sessionStorage.getItem(OPEN_HERE_KEY);
  } catch {
    return null;
  }
}

function rememberHere(id: Id | null): void {
  try {
    if (id) globalThis.sessionStorage.setItem(OPEN_HERE_KEY, id);
    else globalThis.sessionStorage.removeItem(OPEN_HERE_KEY);
  } catch {
    // Without sessionStorage a reload opens the model opened last anywhere.
  }
}

/** Models stay in the bin this long, then go at the next start. */
const BIN_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
let noticeIds = 0;

export interface HostOptions {
  platform: Platform;
  /** The page's query string (`?model=empty`, `?model=<id>`). */
  search: string;
  /** Drops `model=` from the address once handled, so a reload reopens the model instead of making another. */
  forgetModelParameter?: () => void;
  /** The sample model for first start and "New from sample"; the bundled sample by default. */
  sample?: () => ModelDocument;
}

export class ModelHost {
  readonly store = createStore<HostState>()(() => ({
    phase: 'opening',
    blocked: false,
    library: null,
    open: null,
    storageProblem: null,
    overlay: null,
    notice: null,
  }));
  private booted = false;
  private stopChannel: (() => void) | null = null;
  private readonly sample: () => ModelDocument;

  constructor(private readonly options: HostOptions) {
    this.sample = options.sample ?? (() => loadRunStageSample());
    // The File commands of each editor reach this host; registered before React renders the editor.
    this.store.subscribe((state, previous) => {
      if (state.open?.editor === previous.open?.editor) return;
      if (previous.open) setFileHost(previous.open.editor, null);
      if (state.open) setFileHost(state.open.editor, this.fileHost());
    });
  }

  private fileHost(): FileHost {
    const store = this.store;
    return {
      get stored() {
        return store.getState().open?.autosaver != null;
      },
      open: (overlay) => this.setOverlay(overlay),
      newModel: () => void this.newEmptyModel(),
      saveNow: () => void this.saveNow(),
      exportToFile: () => void this.exportToFile(),
      recent: recentModelsOf(this.state.library),
      openModel: (id) => void this.open(id),
      clearRecent: () => void this.clearRecent(),
    };
  }

  private get state(): HostState {
    return this.store.getState();
  }

  private set(partial: Partial<HostState>): void {
    this.store.setState(partial);
  }

  /** Opens the library and the model to start with. Runs once. */
  async boot(): Promise<void> {
    if (this.booted) return;
    this.booted = true;
    const requested = new URLSearchParams(this.options.search).get('model');
    let library: Library;
    try {
      library = await openLibrary({
        onBlocked: () => this.set({ blocked: true }),
        onVersionChange: () => this.storageLost(),
      });
    } catch (error) {
      const doc = requested === 'empty' ? emptyModel() : this.sample();
      this.set({
        phase: 'open',
        blocked: false,
        open: openInMemory(doc),
        storageProblem: describeStorageError(error),
      });
      return;
    }
    this.set({ library, blocked: false });
    this.stopChannel = library.channel.subscribe((message) => void this.onMessage(message));
    // Edits a window could only journal as it went away (reload, close, quit) go in first.
    const recovered = await recoverJournals(library.db, journalStorage()).catch(() => []);
    const stale = recovered.filter((journal) => journal.outcome === 'stale').length;
    void library.models.purgeDeleted(new Date(Date.now() - BIN_DAYS * DAY_MS).toISOString()).catch(() => 0);

    try {
      if (requested === 'empty') {
        const doc = emptyModel();
        await library.models.createModel(doc);
        library.channel.post({ type: 'library' });
        this.options.forgetModelParameter?.();
        await this.openModel(doc.id);
        return;
      }
      if (requested && (await library.models.summary(requested))) {
        await this.openModel(requested);
        return;
      }
      // A reload reopens what this window had open; a new window, the model opened last anywhere.
      const here = rememberedHere();
      const [last] =
        here && (await library.models.summary(here)) ? [{ id: here }] : await library.models.recentModels();
      if (last) {
        await this.openModel(last.id);
        if (stale > 0) this.tellOpenModel('error', STALE_JOURNAL);
        return;
      }
      const firstStart = (await library.db.meta.get('recentModels')) === undefined;
      if (firstStart && (await library.models.listModels()).length === 0) {
        await this.createAndOpen(this.sample());
        return;
      }
      this.set({ phase: 'library' });
      if (stale > 0) this.notify('error', STALE_JOURNAL);
    } catch (error) {
      this.set({ phase: 'library' });
      this.notify('error', `The last model could not be opened. ${describeStorageError(error).message}`);
    }
  }

  dispose(): void {
    this.stopChannel?.();
    this.state.open?.close();
    this.state.library?.channel.close();
    this.state.library?.db.close();
  }

  notify(tone: LibraryNotice['tone'], text: string, undo?: () => void): void {
    this.set({ notice: { id: ++noticeIds, tone, text, ...(undo ? { undo } : {}) } });
  }

  dismissNotice(): void {
    this.set({ notice: null });
  }

  setOverlay(overlay: FileOverlay | null): void {
    this.set({ overlay });
  }

  /**
   * The page is going away (reload, close, quit): journal what is unsaved
   * synchronously, then try to save it normally as well (journal.ts).
   */
  pageHidden(): void {
    const { open, library } = this.state;
    const journal = open?.autosaver?.unloadJournal();
    if (journal && library) writeJournal(journalStorage(), library.channel.tabId, journal);
    void this.flush();
  }

  /** Back from the back-forward cache: this window goes on saving, so its journal is not needed. */
  pageShown(): void {
    const { library } = this.state;
    if (library) clearJournal(journalStorage(), library.channel.tabId);
  }

  private tellOpenModel(tone: 'info' | 'error', text: string): void {
    this.state.open?.editor.session.getState().notify(tone, text);
  }

  /** Writes the open model's unsaved edits, and refuses to go on while any cannot be written. */
  private async settleOpen(): Promise<void> {
    const saver = this.state.open?.autosaver;
    if (!saver) return;
    await saver.flush();
    if (saver.hasUnsavedChanges()) throw new UnsavedChangesError();
  }

  /** Writes what is unsaved in the open model (before switching models, on page hide). */
  async flush(): Promise<void> {
    await this.state.open?.autosaver?.flush();
  }

  private requireLibrary(): Library {
    const { library } = this.state;
    if (!library) throw new Error('The model library is not available in this window.');
    return library;
  }

  /** Closes the open model (after writing it) and shows the start screen. */
  /**
   * Closes the open model and shows the start screen. Unsaved edits are written
   * first; if they cannot be, the model stays open (unless `discard`: the user
   * chose to drop them, or is deleting the model).
   */
  async closeModel(discard = false): Promise<void> {
    const { open } = this.state;
    if (open) {
      if (!discard) await this.settleOpen();
      open.close();
    }
    rememberHere(null);
    this.set({ phase: 'library', open: null, overlay: null });
  }

  /**
   * `stored`: the model exactly as this window just wrote it (createModel's answer), so a model stored a
   * moment ago (new, imported, a copy) opens without reading every row back.
   */
  async openModel(id: Id, stored?: LoadedModel): Promise<void> {
    benchOpenRequested();
    const library = this.requireLibrary();
    const current = this.state.open;
    if (current?.modelId === id) {
      this.set({ phase: 'open', overlay: null });
      return;
    }
    await this.settleOpen();
    const loaded = stored?.doc.id === id ? stored : await library.models.loadModel(id);
    benchModelLoaded();
    current?.close();
    this.set({ phase: 'open', open: openStored(library, loaded), overlay: null, notice: null });
    rememberHere(id);
    await library.models.markOpened(id);
  }

  /**
   * Opens a model that is not in the library yet (an import) at once, and stores it meanwhile: its
   * autosaver's first write (autosave.ts). `shown`: once it is on screen. Resolves once it is stored. If it cannot be stored, it stays
   * open here, unsaved, with the save status showing the problem and retrying, and this rejects.
   */
  async openNew(doc: ModelDocument, shown?: () => void): Promise<void> {
    benchOpenRequested();
    const library = this.requireLibrary();
    await this.settleOpen();
    benchModelLoaded();
    this.state.open?.close();
    const open = openStored(library, { doc, revision: 0 });
    this.set({ phase: 'open', open, overlay: null, notice: null });
    shown?.();
    await open.autosaver?.flush();
    const status = open.autosaver?.status.getState();
    if (!open.autosaver?.stored)
      throw new Error(status?.state === 'failed' ? status.problem.message : 'The model was not stored.');
    // Another model may have been opened meanwhile (switching waits for this one to be stored).
    if (this.state.open === open) rememberHere(doc.id);
    await library.models.markOpened(doc.id);
  }

  private async createAndOpen(doc: ModelDocument): Promise<void> {
    const library = this.requireLibrary();
    const stored = await library.models.createModel(doc);
    library.channel.post({ type: 'library' });
    await this.openModel(doc.id, stored);
  }

  /** The command surfaces report failures instead of throwing into React. */
  private async attempt(what: string, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      const text =
        error instanceof UnsavedChangesError
          ? error.message
          : `${what} failed. ${describeStorageError(error).message}`;
      const { open, phase } = this.state;
      if (phase === 'open' && open && this.state.overlay === null)
        open.editor.session.getState().notify('error', text);
      else this.notify('error', text);
    }
  }

  newEmptyModel(): Promise<void> {
    return this.attempt('Creating the model', () => this.createAndOpen(emptyModel()));
  }

  /** A fresh copy of the sample under new ids, so two sample models never share export source keys. */
  newFromSample(): Promise<void> {
    return this.attempt('Creating the model', async () => {
      const sample = this.sample();
      await this.createAndOpen(
        copyModel(sample, { newId, name: sample.name, now: new Date().toISOString() }).doc,
      );
    });
  }

  open(id: Id): Promise<void> {
    return this.attempt('Opening the model', () => this.openModel(id));
  }

  /** The open model is renamed through its editor (undoable, autosaved); others in the library directly. */
  rename(id: Id, name: string): Promise<void> {
    return this.attempt('Renaming', async () => {
      const { open } = this.state;
      if (open?.modelId === id) {
        const refused = open.editor.document.getState().apply((doc) => renameModel(doc, name));
        if (refused) throw new Error(refused);
        await open.autosaver?.flush();
        return;
      }
      const library = this.requireLibrary();
      const revision = await library.models.renameModel(id, name);
      library.channel.post({ type: 'saved', modelId: id, revision });
    });
  }

  duplicate(id: Id): Promise<void> {
    return this.attempt('Duplicating', async () => {
      const library = this.requireLibrary();
      if (this.state.open?.modelId === id) await this.flush();
      const copy = await library.models.duplicateModel(id);
      library.channel.post({ type: 'library' });
      this.notify('info', `Made “${copy.doc.name}”.`);
    });
  }

  /** Moves a model to the bin, closing it first if open; the notice offers Undo. */
  remove(id: Id): Promise<void> {
    return this.attempt('Deleting', async () => {
      const library = this.requireLibrary();
      const name = (await library.models.summary(id))?.name ?? 'The model';
      if (this.state.open?.modelId === id) await this.closeModel(true);
      await library.models.deleteModel(id);
      library.channel.post({ type: 'library' });
      const row = await library.db.models.get(id);
      if (row) library.channel.post({ type: 'saved', modelId: id, revision: row.revision });
      this.notify('info', `Deleted “${name}”.`, () => void this.restore(id, name));
    });
  }

  private restore(id: Id, name: string): Promise<void> {
    return this.attempt('Restoring', async () => {
      const library = this.requireLibrary();
      await library.models.restoreModel(id);
      library.channel.post({ type: 'library' });
      this.notify('info', `Restored “${name}”.`);
    });
  }

  /**
   * Forgets the recently opened models. The model open here is kept: it is
   * not in the menu anyway, and a new window should still reopen it.
   */
  clearRecent(): Promise<void> {
    return this.attempt('Clearing the recent models', async () => {
      await this.requireLibrary().models.clearRecent(this.state.open?.modelId);
    });
  }

  saveNow(): Promise<void> {
    return this.attempt('Saving', async () => {
      await this.flush();
    });
  }

  exportToFile(): Promise<void> {
    return this.attempt('Exporting', async () => {
      const { open } = this.state;
      if (!open) return;
      const saved = await exportModelToFile(this.options.platform, open.editor.document.getState().doc);
      if (saved) open.editor.session.getState().notify('info', `Exported the model to ${saved.name}.`);
    });
  }

  /** After a conflict: drop this window's unsaved edits and load what the other window stored. */
  reloadTheirs(): Promise<void> {
    return this.attempt('Reloading', async () => {
      const library = this.requireLibrary();
      const { open } = this.state;
      if (!open?.autosaver) return;
      const loaded = await library.models.loadModel(open.modelId);
      this.adoptStored(open, loaded.doc, loaded.revision);
      open.editor.session.getState().notify('info', 'Reloaded the model as the other window saved it.');
    });
  }

  /** After a conflict: keep this window's document as a new model (new ids) and go on editing that. */
  keepMineAsCopy(): Promise<void> {
    return this.attempt('Keeping your changes', async () => {
      const library = this.requireLibrary();
      const { open } = this.state;
      if (!open) return;
      const mine = open.editor.document.getState().doc;
      const copy = copyModel(mine, { newId, name: `${mine.name} (my copy)`, now: new Date().toISOString() });
      await library.models.createModel(copy.doc);
      library.channel.post({ type: 'library' });
      open.close();
      const loaded = await library.models.loadModel(copy.doc.id);
      const next = openStored(library, loaded);
      this.set({ phase: 'open', open: next });
      rememberHere(copy.doc.id);
      await library.models.markOpened(copy.doc.id);
      next.editor.session
        .getState()
        .notify('info', `Your changes are kept in a new model, “${copy.doc.name}”.`);
    });
  }

  private adoptStored(open: OpenModel, stored: ModelDocument, revision: number): void {
    const doc = reuseUnchanged(open.editor.document.getState().doc, stored);
    open.autosaver?.adopt(doc, revision);
    // A reload is not an edit: undo history from before it would put the other window's work back silently.
    open.editor.document.getState().load(doc);
    keepSessionSane(open.editor);
  }

  /**
   * Another window saved. If it is the model open here and nothing here is
   * unsaved, take its version; with unsaved edits, leave it to the next save,
   * which meets the revision check and asks the user.
   */
  private async onMessage(message: TabMessage): Promise<void> {
    if (message.type !== 'saved') return;
    const { open, library } = this.state;
    const saver = open?.autosaver;
    if (!open || !library || !saver || open.modelId !== message.modelId) return;
    if (message.revision <= saver.revision || saver.hasUnsavedChanges()) return;
    if (saver.status.getState().state === 'conflict') return;
    try {
      const loaded = await library.models.loadModel(open.modelId);
      // Edited meanwhile, or switched models: the save path decides.
      if (this.state.open !== open || saver.hasUnsavedChanges() || loaded.revision <= saver.revision) return;
      this.adoptStored(open, loaded.doc, loaded.revision);
      open.editor.session.getState().notify('info', 'Updated from another window.');
    } catch (error) {
      if (error instanceof ModelNotFoundError && this.state.open === open) saver.reportConflict('deleted');
    }
  }

  /** Another window upgraded or deleted the database: keep the model in memory and say so. */
  private storageLost(): void {
    const open = this.state.open;
    open?.close();
    this.set({
      storageProblem: {
        kind: 'unavailable',
        message:
          'Mapwright was updated in another window. Reload this window to go on saving; export your model first if it has unsaved changes.',
      },
      open: open ? { ...open, autosaver: null, close: () => undefined } : null,
    });
  }
}
