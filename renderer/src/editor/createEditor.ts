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
  return { document, session: createSessionStore(firstView), validation: createValidationStore(document) };
}

export function emptyModel(name = 'Untitled model'): ModelDocument {
  return createModel({ id: newId(), name, now: new Date().toISOString(), viewId: newId() });
}
