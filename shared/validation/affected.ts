/**
 * Which subjects of a rule an edit can change, from the rule's scope. Called
 * once on the document before the edit and once after: a subject's outcome
 * can only change if something it read changed in one of the two.
 */
import { elementIn } from '../graph/graph-index';
import type { Element, Id, Link, ModelDocument } from '../model/types';
import type { DocChanges } from './doc-changes';
import type { NameIndex } from './name-index';
import type { RuleContext, Scope } from './types';

/** One side of an edit: a document with indexes that describe it. */
export interface Phase {
  doc: ModelDocument;
  ctx: RuleContext;
  names: NameIndex;
}

function presentLinks(phase: Phase, changes: DocChanges): Link[] {
  const links: Link[] = [];
  for (const id of changes.links) {
    const link = Object.hasOwn(phase.doc.links, id) ? phase.doc.links[id] : undefined;
    if (link) links.push(link);
  }
  return links;
}

function presentElements(phase: Phase, changes: DocChanges): Element[] {
  const elements: Element[] = [];
  for (const id of changes.elements) {
    const element = elementIn(phase.doc.elements, id);
    if (element) elements.push(element);
  }
  return elements;
}

/** Changed elements and both ends of changed links: what reads its own fields and links. */
function touchedElements(phase: Phase, changes: DocChanges): Set<Id> {
  const ids = new Set(changes.elements);
  for (const link of presentLinks(phase, changes)) {
    ids.add(link.from);
    ids.add(link.to);
  }
  return ids;
}

/** Plus everything one link or reference field away from a changed element. */
function neighbourhood(phase: Phase, changes: DocChanges): Set<Id> {
  const ids = touchedElements(phase, changes);
  const graph = phase.ctx.graph;
  for (const id of changes.elements) {
    for (const link of graph.outgoing(id)) ids.add(link.to);
    for (const link of graph.incoming(id)) ids.add(link.from);
    for (const edge of graph.referencesFrom(id)) ids.add(edge.to);
    for (const edge of graph.referrersOf(id)) ids.add(edge.from);
  }
  return ids;
}

/** Changed links and every link of a changed element: what a link check reads. */
function touchedLinks(phase: Phase, changes: DocChanges): Set<Id> {
  const ids = new Set(changes.links);
  for (const id of changes.elements) {
    for (const link of phase.ctx.graph.outgoing(id)) ids.add(link.id);
    for (const link of phase.ctx.graph.incoming(id)) ids.add(link.id);
  }
  return ids;
}

/** Changed elements and every element sharing a table and name with one of them. */
function sameNames(phase: Phase, changes: DocChanges): Set<Id> {
  const ids = new Set(changes.elements);
  for (const element of presentElements(phase, changes)) {
    for (const id of phase.names.get(element.table, element.name)) ids.add(id);
  }
  return ids;
}

/**
 * Subjects that read a changed element or link while walking up to `depth`
 * links: everything below a change, found by walking the same links down.
 */
function below(
  phase: Phase,
  changes: DocChanges,
  depth: number,
  follows: Extract<Scope, { kind: 'ancestors' }>['follows'],
): Set<Id> {
  const ids = new Set<Id>();
  const { graph } = phase.ctx;
  const downFrom = (start: Id, limit: number): void => {
    let frontier = [start];
    ids.add(start);
    for (let level = 0; level < limit && frontier.length > 0; level++) {
      const next: Id[] = [];
      for (const id of frontier) {
        const parent = graph.element(id);
        if (!parent) continue;
        for (const link of graph.outgoing(id)) {
          if (ids.has(link.to) || !follows(link, parent, phase.ctx)) continue;
          ids.add(link.to);
          next.push(link.to);
        }
      }
      frontier = next;
    }
  };
  for (const id of changes.elements) downFrom(id, depth);
  for (const link of presentLinks(phase, changes)) {
    const parent = graph.element(link.from);
    if (parent && follows(link, parent, phase.ctx)) downFrom(link.to, depth - 1);
  }
  return ids;
}

/** Remembers the scope sets shared by many rules, so each is computed once per phase. */
export class AffectedSets {
  private readonly shared = new Map<Scope['kind'], Set<Id>>();

  constructor(
    private readonly phase: Phase,
    private readonly changes: DocChanges,
  ) {}

  of(scope: Scope): Set<Id> {
    if (scope.kind === 'ancestors') return below(this.phase, this.changes, scope.depth, scope.follows);
    let ids = this.shared.get(scope.kind);
    if (!ids) {
      ids = this.compute(scope.kind);
      this.shared.set(scope.kind, ids);
    }
    return ids;
  }

  private compute(kind: Exclude<Scope['kind'], 'ancestors'>): Set<Id> {
    switch (kind) {
      case 'element':
        return touchedElements(this.phase, this.changes);
      case 'neighbours':
        return neighbourhood(this.phase, this.changes);
      case 'link':
        return touchedLinks(this.phase, this.changes);
      case 'same-name':
        return sameNames(this.phase, this.changes);
    }
  }
}
