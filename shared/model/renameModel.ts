/** Rename the model itself (what the title bar, the file name suggestion and exports show). */
import { done, refuse } from './internal/records';
import type { ModelDocument, OpResult } from './types';

export function renameModel(doc: ModelDocument, name: string): OpResult {
  const trimmed = name.trim();
  if (trimmed === '') return refuse('A model needs a name.');
  if (trimmed === doc.name) return done(doc);
  return done({ ...doc, name: trimmed });
}
