/**
 * The shortest chain of links between two elements, for "how is this server
 * connected to that offering". Undirected by default; `directed` follows
 * links only from parent to child, starting at `fromId`.
 */
import type { Id, ModelDocument } from '../model/types';
import { elementIn, linkIndexFor } from './graph-index';

export interface PathResult {
  /** Element ids from `fromId` to `toId`, both included. */
  elements: Id[];
  /** The link ids between them, in order. */
  links: Id[];
}

export interface PathOptions {
  directed?: boolean;
}

export function pathBetween(
  doc: ModelDocument,
  fromId: Id,
  toId: Id,
  options: PathOptions = {},
): PathResult | null {
  if (!elementIn(doc.elements, fromId) || !elementIn(doc.elements, toId)) return null;
  if (fromId === toId) return { elements: [fromId], links: [] };
  const links = linkIndexFor(doc);
  // Predecessor of each visited element: the element before it and the link used.
  const came = new Map<Id, { id: Id; link: Id } | null>([[fromId, null]]);
  let frontier: Id[] = [fromId];
  while (frontier.length > 0 && !came.has(toId)) {
    const next: Id[] = [];
    const visit = (id: Id, to: Id, link: Id): void => {
      if (came.has(to) || !elementIn(doc.elements, to)) return;
      came.set(to, { id, link });
      next.push(to);
    };
    for (const id of frontier) {
      for (const link of links.outgoing(id)) visit(id, link.to, link.id);
      if (!options.directed) for (const link of links.incoming(id)) visit(id, link.from, link.id);
    }
    frontier = next;
  }
  if (!came.has(toId)) return null;
  const elements: Id[] = [];
  const via: Id[] = [];
  for (let step = came.get(toId), id = toId; ; step = came.get(id)) {
    elements.push(id);
    if (!step) break;
    via.push(step.link);
    id = step.id;
  }
  return { elements: elements.reverse(), links: via.reverse() };
}
