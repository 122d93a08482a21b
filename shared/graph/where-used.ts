/**
 * Where a record is used: the elements whose reference fields point at it
 * (a user as `owned_by`, a group as `support_group`) and the links touching
 * it (a company subscribed to offerings). Answers "can I delete this user?".
 */
import type { Catalogue } from '../csdm/types';
import type { Element, Id, Link, ModelDocument } from '../model/types';
import { graphIndexFor } from './graph-index';

export interface FieldUse {
  element: Element;
  column: string;
}

export interface WhereUsed {
  fields: FieldUse[];
  links: Link[];
}

export function whereUsed(doc: ModelDocument, catalogue: Catalogue, elementId: Id): WhereUsed {
  const index = graphIndexFor(doc, catalogue);
  const fields: FieldUse[] = [];
  for (const edge of index.referrersOf(elementId)) {
    const element = index.element(edge.from);
    if (element) fields.push({ element, column: edge.column });
  }
  return { fields, links: [...index.incoming(elementId), ...index.outgoing(elementId)] };
}
