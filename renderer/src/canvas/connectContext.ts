/**
 * The catalogue's connect check needs "links into this element"; index them
 * once per links record so the check stays instant while a connection is
 * dragged over thousands of nodes.
 */
import { CATALOGUE } from '@shared/csdm';
import type { ConnectContext } from '@shared/csdm/queries/canConnect';
import type { Id, Link, ModelDocument } from '@shared/model/types';

const linksIntoCache = new WeakMap<Readonly<Record<Id, Link>>, Map<Id, Link[]>>();

function linksIntoIndex(links: Readonly<Record<Id, Link>>): Map<Id, Link[]> {
  let index = linksIntoCache.get(links);
  if (!index) {
    index = new Map();
    for (const link of Object.values(links)) {
      const list = index.get(link.to);
      if (list) list.push(link);
      else index.set(link.to, [link]);
    }
    linksIntoCache.set(links, index);
  }
  return index;
}

export function connectContext(doc: ModelDocument): ConnectContext {
  const index = linksIntoIndex(doc.links);
  return {
    catalogue: CATALOGUE,
    settings: doc.settings,
    element: (id) => doc.elements[id],
    linksInto: (id) => index.get(id) ?? [],
  };
}
