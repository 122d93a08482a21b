/**
 * An open model: its editor and the autosaver that keeps the library in step
 * with it. Each open model gets a fresh editor (undo history, selection and
 * findings belong to one model), so switching models never mixes them.
 */
import type { Id, ModelDocument } from '@shared/model/types';
import type { Editor } from '../editor/EditorContext';
import { createEditor } from '../editor/createEditor';
import { Autosaver } from './autosave';
import { clearJournal, journalStorage } from './journal';
import type { Library } from './openLibrary';
import type { LoadedModel } from './repository';
import type { ValidationState } from '../validation/validationStore';

export interface OpenModel {
  modelId: Id;
  editor: Editor;
  /** Null when the library is unavailable and the model lives only in this window. */
  autosaver: Autosaver | null;
  /** Stops saving and following validation (call after a last flush). */
  close: () => void;
}

export function openStored(library: Library, loaded: LoadedModel): OpenModel {
  const editor = createEditor(loaded.doc);
  const modelId = loaded.doc.id;
  let reported: number | null = null;
  const autosaver = new Autosaver(library.models, editor.document, loaded, {
    findingCount: () => (reported = findingCountOf(editor)),
    onSaved: (revision) => {
      if (revision === 1) {
        // The first write stored a new (imported) model: the library lists one more, and its count, if the
        // check finished before it was stored, is reported now.
        library.channel.post({ type: 'library' });
        report(editor.validation.getState());
      } else {
        library.channel.post({ type: 'saved', modelId, revision });
      }
      // Saved normally: a journal this window left at an earlier page hide is out of date.
      clearJournal(journalStorage(), library.channel.tabId);
    },
  }).start();
  // Validation finishes after a save (and when a model opens): keep the library's count of the stored document current.
  const report = (state: ValidationState) => {
    const count = state.result.findings.length;
    if (!state.checked || !autosaver.stored || state.doc !== autosaver.savedDocument || count === reported)
      return;
    reported = count;
    void library.models.updateFindingCount(modelId, count).catch(() => undefined);
  };
  const stopCounting = editor.validation.subscribe(report);
  report(editor.validation.getState());
  return {
    modelId,
    editor,
    autosaver,
    close: () => {
      stopCounting();
      autosaver.dispose();
    },
  };
}

export function openInMemory(doc: ModelDocument): OpenModel {
  return { modelId: doc.id, editor: createEditor(doc), autosaver: null, close: () => undefined };
}

/**
 * Findings of the document being saved. Validation runs in a task of its own
 * after each edit; flushing it here only does that (incremental) work now,
 * so the library's count matches what was written.
 */
export function findingCountOf(editor: Editor): number {
  editor.validation.flush();
  return editor.validation.getState().result.findings.length;
}

/**
 * After the document was swapped underneath the editor (reloaded from another
 * window, restored): the active view must still exist. The selection already
 * follows the document (createEditor drops ids that are gone).
 */
export function keepSessionSane(editor: Editor): void {
  const { doc } = editor.document.getState();
  const session = editor.session.getState();
  if (!Object.hasOwn(doc.views, session.activeViewId)) {
    const first = doc.viewOrder[0];
    if (first) session.setActiveView(first);
  }
}
