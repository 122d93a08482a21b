/**
 * Reference fields as edges: an element's `owned_by`, `support_group`,
 * `company`, ... point at other elements of the model. They answer "where is
 * this user or group used" but carry no impact: a failing server does not
 * impact its owner.
 */
import type { KindId } from '../csdm/kinds';
import type { Catalogue } from '../csdm/types';
import type { Element, Id } from '../model/types';

export interface ReferenceEdge {
  /** The element holding the reference field. */
  from: Id;
  /** The column, e.g. `support_group`. */
  column: string;
  /** The id the field holds; it may name an element that is not (or no longer) in the model. */
  to: Id;
}

export interface ReferenceIndex {
  /** The reference fields an element fills in. */
  referencesFrom(id: Id): readonly ReferenceEdge[];
  /** The elements whose reference fields point at `id`. */
  referrersOf(id: Id): readonly ReferenceEdge[];
}

const NONE: readonly ReferenceEdge[] = [];
const columnCache = new WeakMap<Catalogue, Map<KindId, readonly string[]>>();

/** The reference columns of a kind, read from the catalogue's field definitions. */
export function referenceColumns(catalogue: Catalogue, kind: KindId): readonly string[] {
  let byKind = columnCache.get(catalogue);
  if (!byKind) {
    byKind = new Map();
    columnCache.set(catalogue, byKind);
  }
  let columns = byKind.get(kind);
  if (!columns) {
    columns = catalogue.kinds[kind].fields.filter((field) => field.type === 'reference').map((f) => f.column);
    byKind.set(kind, columns);
  }
  return columns;
}

/** Reference edges of one element, from the catalogue's reference columns of its kind. */
export function referenceEdgesOf(catalogue: Catalogue, element: Element): ReferenceEdge[] {
  const edges: ReferenceEdge[] = [];
  for (const column of referenceColumns(catalogue, element.kind)) {
    const to = element.attributes[column];
    if (to) edges.push({ from: element.id, column, to });
  }
  return edges;
}

/** See MutableLinkIndex: validation moves a private copy from document to document. */
export class MutableReferenceIndex implements ReferenceIndex {
  private readonly from = new Map<Id, ReferenceEdge[]>();
  private readonly to = new Map<Id, ReferenceEdge[]>();

  constructor(
    private readonly catalogue: Catalogue,
    elements: Readonly<Record<Id, Element>>,
  ) {
    for (const id in elements) {
      const element = elements[id];
      if (element) this.addElement(element);
    }
  }

  referencesFrom(id: Id): readonly ReferenceEdge[] {
    return this.from.get(id) ?? NONE;
  }

  referrersOf(id: Id): readonly ReferenceEdge[] {
    return this.to.get(id) ?? NONE;
  }

  addElement(element: Element): void {
    const edges = referenceEdgesOf(this.catalogue, element);
    if (edges.length === 0) return;
    this.from.set(element.id, edges);
    for (const edge of edges) {
      const list = this.to.get(edge.to);
      if (list) list.push(edge);
      else this.to.set(edge.to, [edge]);
    }
  }

  removeElement(id: Id): void {
    const edges = this.from.get(id);
    if (!edges) return;
    this.from.delete(id);
    for (const edge of edges) {
      const list = this.to.get(edge.to);
      if (!list) continue;
      const rest = list.filter((candidate) => candidate !== edge);
      if (rest.length > 0) this.to.set(edge.to, rest);
      else this.to.delete(edge.to);
    }
  }
}
