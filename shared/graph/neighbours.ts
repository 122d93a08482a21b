/**
 * The elements within `depth` links of an element, in either direction and
 * through links of every kind: what a "show neighbours" view adds around it.
 */
import type { Id, ModelDocument } from '../model/types';
import { elementIn, linkIndexFor } from './graph-index';
import { walk, type Reached, type Step } from './reached';

export function neighbours(doc: ModelDocument, elementId: Id, depth = 1): Reached[] {
  const start = elementIn(doc.elements, elementId);
  if (!start) return [];
  const links = linkIndexFor(doc);
  return walk(
    start,
    function* bothWays(id): Iterable<Step> {
      for (const link of links.outgoing(id)) yield { link, to: link.to };
      for (const link of links.incoming(id)) yield { link, to: link.from };
    },
    (id) => elementIn(doc.elements, id),
    depth,
  );
}
