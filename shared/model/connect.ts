/** Draw a link between two elements, if the catalogue allows it. */
import type { Catalogue } from '../csdm/types';
import { canConnect } from '../csdm/queries/canConnect';
import { done, has, refuse, withEntry } from './internal/records';
import type { Id, ModelDocument, OpResult } from './types';

export interface NewLink {
  id: Id;
  /** Parent: the consumer ("Depends on" reads from -> to). */
  from: Id;
  to: Id;
  /** Omitted: the first type the catalogue allows for this pair in the model's CSDM version. */
  type?: string;
}

export function connect(doc: ModelDocument, catalogue: Catalogue, input: NewLink): OpResult {
  if (has(doc.links, input.id)) return refuse('A link with this id is already in the model.');
  const check = canConnect(catalogue, doc, input.from, input.to, input.type);
  if (!check.ok) return refuse(check.reason);
  const type = input.type ?? check.rules[0]?.type;
  if (type === undefined) return refuse('These two elements cannot be linked.');
  const link = { id: input.id, type, from: input.from, to: input.to };
  return done({ ...doc, links: withEntry(doc.links, link.id, link) });
}
