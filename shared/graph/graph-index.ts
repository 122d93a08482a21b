/**
 * The graph of one document, built once and reused by every query on it.
 * Caches are keyed by the document's `links` and `elements` records, which
 * model operations replace on change: editing a name keeps the link
 * adjacency, and an unchanged document is never indexed twice.
 */
import type { Catalogue } from '../csdm/types';
import type { Element, Id, Link, ModelDocument } from '../model/types';
import { MutableLinkIndex, type LinkIndex } from './link-index';
import { MutableReferenceIndex, type ReferenceIndex } from './reference-index';

/** Own properties only: an id such as "constructor" must not find Object.prototype members. */
export function elementIn(elements: Readonly<Record<Id, Element>>, id: Id): Element | undefined {
  return Object.hasOwn(elements, id) ? elements[id] : undefined;
}

export interface GraphIndex extends LinkIndex, ReferenceIndex {
  element(id: Id): Element | undefined;
}

const linkIndexes = new WeakMap<Readonly<Record<Id, Link>>, LinkIndex>();
const referenceIndexes = new WeakMap<Readonly<Record<Id, Element>>, WeakMap<Catalogue, ReferenceIndex>>();

/** Link adjacency of a document (no catalogue needed). */
export function linkIndexFor(doc: ModelDocument): LinkIndex {
  let index = linkIndexes.get(doc.links);
  if (!index) {
    index = new MutableLinkIndex(doc.links);
    linkIndexes.set(doc.links, index);
  }
  return index;
}

/** Reference-field edges of a document; which columns are references comes from the catalogue. */
export function referenceIndexFor(doc: ModelDocument, catalogue: Catalogue): ReferenceIndex {
  let byCatalogue = referenceIndexes.get(doc.elements);
  if (!byCatalogue) {
    byCatalogue = new WeakMap();
    referenceIndexes.set(doc.elements, byCatalogue);
  }
  let index = byCatalogue.get(catalogue);
  if (!index) {
    index = new MutableReferenceIndex(catalogue, doc.elements);
    byCatalogue.set(catalogue, index);
  }
  return index;
}

/**
 * Links, reference fields and element lookup of a document in one object.
 * The reference index is asked for only when a reference question comes:
 * impact and dependency walks never pay for it.
 */
export function combineGraphIndex(
  elements: Readonly<Record<Id, Element>>,
  links: LinkIndex,
  references: () => ReferenceIndex,
): GraphIndex {
  return {
    element: (id) => elementIn(elements, id),
    outgoing: (id) => links.outgoing(id),
    incoming: (id) => links.incoming(id),
    ofType: (type) => links.ofType(type),
    referencesFrom: (id) => references().referencesFrom(id),
    referrersOf: (id) => references().referrersOf(id),
  };
}

export function graphIndexFor(doc: ModelDocument, catalogue: Catalogue): GraphIndex {
  return combineGraphIndex(doc.elements, linkIndexFor(doc), () => referenceIndexFor(doc, catalogue));
}
