/** Rename an element; every record needs a name (ServiceNow requires it). */
import { done, refuse, withEntry } from './internal/records';
import type { Id, ModelDocument, OpResult } from './types';

export function renameElement(doc: ModelDocument, elementId: Id, name: string): OpResult {
  const element = doc.elements[elementId];
  if (!element) return refuse('That element is no longer in the model.');
  const trimmed = name.trim();
  if (trimmed === '') return refuse('A name is required.');
  if (trimmed === element.name) return done(doc);
  return done({ ...doc, elements: withEntry(doc.elements, elementId, { ...element, name: trimmed }) });
}
