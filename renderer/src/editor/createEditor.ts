import { createModel } from '@shared/model/createModel';
import { newId } from '@shared/model/ids';
import type { ModelDocument } from '@shared/model/types';
import { createDocumentStore } from '../store/documentStore';
import { createSessionStore } from '../store/sessionStore';
import { createValidationStore } from '../validation/validationStore';
import type { Editor } from './EditorContext';

export function createEditor(doc: ModelDocument): Editor {
  const firstView = doc.viewOrder[0];
  if (!firstView) throw new Error('A model always has at least one view.');
  const document = createDocumentStore(doc);
  const session = createSessionStore(firstView);
  // Undo, redo and deletes can take selected records away: the selection follows the document,
  // so nothing acts on (or enables a command for) a record that is gone.
  document.subscribe((state, previous) => {
    const { elements, links } = state.doc;
    if (elements === previous.doc.elements && links === previous.doc.links) return;
    const { selectedElements, selectedLinks, renamingId } = session.getState();
    const keptElements = [...selectedElements].filter((id) => Object.hasOwn(elements, id));
    const keptLinks = [...selectedLinks].filter((id) => Object.hasOwn(links, id));
    if (keptElements.length !== selectedElements.size || keptLinks.length !== selectedLinks.size) {
      session.getState().select(keptElements, keptLinks);
    }
    if (renamingId !== null && !Object.hasOwn(elements, renamingId)) session.getState().startRenaming(null);
  });
  return { document, session, validation: createValidationStore(document) };
}

export function emptyModel(name = 'Untitled model'): ModelDocument {
  return createModel({ id: newId(), name, now: new Date().toISOString(), viewId: newId() });
}
