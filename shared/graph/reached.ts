/**
 * Breadth-first walks shared by the graph queries. Each element is reached
 * once, by a shortest walk, so a query costs time linear in the part of the
 * graph it reaches, however large the model.
 */
import type { Element, Id, Link } from '../model/types';

/** An element a query reached, how far from where it started and along which links. */
export interface Reached {
  element: Element;
  /** Number of links between the start and this element. */
  depth: number;
  /** Element ids from the start to this element, both included. */
  path: readonly Id[];
  /** Link ids along `path` (one fewer than its elements). */
  links: readonly Id[];
}

/** One move of a walk: along `link` to element `to`. */
export interface Step {
  link: Link;
  to: Id;
}

interface Visit {
  element: Element;
  depth: number;
  /** How we got here; absent for the start. */
  from?: { id: Id; link: Id };
}

function pathTo(visits: ReadonlyMap<Id, Visit>, id: Id): { path: Id[]; links: Id[] } {
  const path: Id[] = [];
  const links: Id[] = [];
  let current: Id | undefined = id;
  while (current !== undefined) {
    path.push(current);
    const from: Visit['from'] = visits.get(current)?.from;
    if (from) links.push(from.link);
    current = from?.id;
  }
  return { path: path.reverse(), links: links.reverse() };
}

/**
 * Every element reachable from `start` through `steps`, in order of distance,
 * without `start` itself. `maxDepth` bounds the walk (Infinity: no bound).
 */
export function walk(
  start: Element,
  steps: (id: Id) => Iterable<Step>,
  elementOf: (id: Id) => Element | undefined,
  maxDepth = Infinity,
): Reached[] {
  const visits = new Map<Id, Visit>([[start.id, { element: start, depth: 0 }]]);
  const order: { id: Id; visit: Visit }[] = [];
  let frontier: Id[] = [start.id];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: Id[] = [];
    for (const id of frontier) {
      for (const step of steps(id)) {
        if (visits.has(step.to)) continue;
        const element = elementOf(step.to);
        if (!element) continue;
        const visit: Visit = { element, depth, from: { id, link: step.link.id } };
        visits.set(step.to, visit);
        next.push(step.to);
        order.push({ id: step.to, visit });
      }
    }
    frontier = next;
  }
  return order.map(({ id, visit }) => ({
    element: visit.element,
    depth: visit.depth,
    ...pathTo(visits, id),
  }));
}
