/**
 * Adjacency of a document's links: outgoing and incoming links per element and
 * links per type. Built in one pass over the links; queries then only touch the
 * part of the graph they reach.
 */
import type { Id, Link } from '../model/types';

const NONE: readonly Link[] = [];

export interface LinkIndex {
  /** Links whose parent (consumer) is `id`. */
  outgoing(id: Id): readonly Link[];
  /** Links whose child (what is needed) is `id`. */
  incoming(id: Id): readonly Link[];
  /** Every link of one type, e.g. all `subscribed_by` rows. */
  ofType(type: string): readonly Link[];
}

function add(map: Map<string, Link[]>, key: string, link: Link): void {
  const list = map.get(key);
  if (list) list.push(link);
  else map.set(key, [link]);
}

function remove(map: Map<string, Link[]>, key: string, link: Link): void {
  const list = map.get(key);
  if (!list) return;
  const at = list.findIndex((candidate) => candidate.id === link.id);
  if (at < 0) return;
  // Order inside a list carries no meaning, so swap-remove keeps this O(1) after the search.
  const last = list.pop();
  if (last && at < list.length) list[at] = last;
  if (list.length === 0) map.delete(key);
}

/**
 * The index. Validation keeps a private one and moves it from one document to
 * the next with `removeLink`/`addLink`; anything shared (linkIndexFor) is never changed.
 */
export class MutableLinkIndex implements LinkIndex {
  private readonly out = new Map<Id, Link[]>();
  private readonly into = new Map<Id, Link[]>();
  /** Built on first use: few callers ask by type, and the build is a third of the cost. */
  private byType: Map<string, Link[]> | undefined;

  constructor(links: Readonly<Record<Id, Link>>) {
    for (const id in links) {
      const link = links[id];
      if (!link) continue;
      add(this.out, link.from, link);
      add(this.into, link.to, link);
    }
  }

  outgoing(id: Id): readonly Link[] {
    return this.out.get(id) ?? NONE;
  }

  incoming(id: Id): readonly Link[] {
    return this.into.get(id) ?? NONE;
  }

  ofType(type: string): readonly Link[] {
    if (!this.byType) {
      this.byType = new Map();
      for (const links of this.out.values()) for (const link of links) add(this.byType, link.type, link);
    }
    return this.byType.get(type) ?? NONE;
  }

  addLink(link: Link): void {
    add(this.out, link.from, link);
    add(this.into, link.to, link);
    if (this.byType) add(this.byType, link.type, link);
  }

  removeLink(link: Link): void {
    remove(this.out, link.from, link);
    remove(this.into, link.to, link);
    if (this.byType) remove(this.byType, link.type, link);
  }
}
