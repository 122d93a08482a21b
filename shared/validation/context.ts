/** The indexes behind a rule context, kept together so the engine can move them from one document to the next. */
import type { Catalogue } from '../csdm/types';
import { combineGraphIndex } from '../graph/graph-index';
import { MutableLinkIndex } from '../graph/link-index';
import { MutableReferenceIndex } from '../graph/reference-index';
import type { ModelDocument } from '../model/types';
import type { DocChanges } from './doc-changes';
import { NameIndex } from './name-index';
import type { RuleContext } from './types';

export interface Indexes {
  links: MutableLinkIndex;
  /** Only edits need reference edges (to find who refers to a changed record): built on the first one. */
  references?: MutableReferenceIndex;
  names: NameIndex;
}

export function buildIndexes(doc: ModelDocument): Indexes {
  return { links: new MutableLinkIndex(doc.links), names: new NameIndex(doc.elements) };
}

/** A context on `doc`, which the indexes must describe at the time the context is used. */
export function contextOf(doc: ModelDocument, catalogue: Catalogue, indexes: Indexes): RuleContext {
  return {
    doc,
    catalogue,
    graph: combineGraphIndex(
      doc.elements,
      indexes.links,
      () => (indexes.references ??= new MutableReferenceIndex(catalogue, doc.elements)),
    ),
    sameName: (table, name) => indexes.names.get(table, name),
  };
}

/** Moves indexes describing `prev` to describe `next`, touching only what changed. */
export function advanceIndexes(
  indexes: Indexes,
  prev: ModelDocument,
  next: ModelDocument,
  changes: DocChanges,
): void {
  for (const id of changes.links) {
    const before = Object.hasOwn(prev.links, id) ? prev.links[id] : undefined;
    const after = Object.hasOwn(next.links, id) ? next.links[id] : undefined;
    if (before) indexes.links.removeLink(before);
    if (after) indexes.links.addLink(after);
  }
  for (const id of changes.elements) {
    const before = Object.hasOwn(prev.elements, id) ? prev.elements[id] : undefined;
    const after = Object.hasOwn(next.elements, id) ? next.elements[id] : undefined;
    if (before) {
      indexes.references?.removeElement(id);
      indexes.names.remove(before);
    }
    if (after) {
      indexes.references?.addElement(after);
      indexes.names.add(after);
    }
  }
}

/** A context for checking one document without the engine (tests, one-off checks). */
export function ruleContext(doc: ModelDocument, catalogue: Catalogue): RuleContext {
  return contextOf(doc, catalogue, buildIndexes(doc));
}
