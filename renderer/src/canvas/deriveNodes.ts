/**
 * Document -> React Flow nodes for one view. Node objects are reused while
 * their inputs are unchanged, so React Flow and the memoised node components
 * skip every node an edit or a drag did not touch (the key to 10k-node speed).
 */
import type { Node } from '@xyflow/react';
import { CATALOGUE, type PaletteGroup } from '@shared/csdm';
import type { Element, Id, Placement, View } from '@shared/model/types';
import { changedNodeIds } from './changedNodeIds';
import { nodeHandles, nodeSize } from './nodeHandles';

export type NodeFamily = 'consumption' | 'delivery' | 'design' | 'infrastructure' | 'foundation';

export const FAMILY_OF_GROUP: Record<PaletteGroup, NodeFamily> = {
  'Service Consumption': 'consumption',
  'Service Delivery': 'delivery',
  'Design & Planning': 'design',
  Infrastructure: 'infrastructure',
  Foundation: 'foundation',
};

export interface ElementNodeData extends Record<string, unknown> {
  element: Element;
  findingCount: number;
}

export type ElementNode = Node<ElementNodeData, NodeFamily>;

interface CacheEntry {
  element: Element;
  placement: Placement;
  selected: boolean;
  findingCount: number;
  dragged: { x: number; y: number } | undefined;
  className: string | undefined;
  node: ElementNode;
}

export interface NodeInputs {
  view: View | undefined;
  elements: Readonly<Record<Id, Element>>;
  selected: ReadonlySet<Id>;
  findingCounts: ReadonlyMap<Id, number>;
  dragPositions: ReadonlyMap<Id, { x: number; y: number }>;
  /**
   * Classes for a node's wrapper (impact highlight, dimming, stage fading).
   * Compared as strings: only nodes whose class changed get new objects.
   */
  className?: (element: Element) => string | undefined;
}

export function familyOf(element: Element): NodeFamily {
  return FAMILY_OF_GROUP[CATALOGUE.kinds[element.kind].paletteGroup];
}

/**
 * The node for `id` under `inputs`: `old`'s objects when nothing it shows
 * changed. Compared by value, so a drop where the drag left the node (new
 * placement, same position) keeps the node object and React Flow has nothing
 * to take in. Undefined when the id has no node (not placed, no element).
 */
function entryFor(id: Id, inputs: NodeInputs, old: CacheEntry | undefined): CacheEntry | undefined {
  const placement = inputs.view?.placements[id];
  const element = inputs.elements[id];
  if (!placement || !element) return undefined;
  const selected = inputs.selected.has(id);
  const findingCount = inputs.findingCounts.get(id) ?? 0;
  const dragged = inputs.dragPositions.get(id);
  const className = inputs.className?.(element);
  if (
    old &&
    old.element === element &&
    old.placement === placement &&
    old.selected === selected &&
    old.findingCount === findingCount &&
    old.dragged === dragged &&
    old.className === className
  )
    return old;
  const position = dragged ?? { x: placement.x, y: placement.y };
  const sameData = old !== undefined && old.element === element && old.findingCount === findingCount;
  const oldNode = old?.node;
  if (
    sameData &&
    oldNode &&
    old.selected === selected &&
    old.className === className &&
    oldNode.position.x === position.x &&
    oldNode.position.y === position.y &&
    oldNode.width === placement.width &&
    oldNode.height === placement.height
  )
    return { element, placement, selected, findingCount, dragged, className, node: oldNode };
  return {
    element,
    placement,
    selected,
    findingCount,
    dragged,
    className,
    node: {
      id,
      type: familyOf(element),
      position,
      width: placement.width,
      height: placement.height,
      measured: nodeSize(placement.width, placement.height),
      handles: nodeHandles(placement.width, placement.height),
      selected,
      ariaLabel: `${CATALOGUE.kinds[element.kind].label}: ${element.name}`,
      // Same element and count: same data, so the memoised node view skips a class or position change.
      data: sameData && oldNode ? oldNode.data : { element, findingCount },
      ...(className ? { className } : {}),
    },
  };
}

/**
 * A deriver keeps its cache between calls; make one per canvas. After an
 * edit it revisits only the nodes whose inputs changed (changedNodeIds.ts),
 * so a move or a rename costs the same in a view of 100 or 10,000 nodes; a
 * node added or removed, or inputs it cannot compare, get a full pass.
 */
export function createNodeDeriver(): (inputs: NodeInputs) => ElementNode[] {
  let cache = new Map<Id, CacheEntry>();
  /** Where each node is in `last`. */
  let index = new Map<Id, number>();
  let last: ElementNode[] = [];
  let lastInputs: NodeInputs | null = null;

  const fullPass = (inputs: NodeInputs): ElementNode[] => {
    const next = new Map<Id, CacheEntry>();
    const at = new Map<Id, number>();
    const nodes: ElementNode[] = [];
    for (const id in inputs.view?.placements) {
      const entry = entryFor(id, inputs, cache.get(id));
      if (!entry) continue;
      next.set(id, entry);
      at.set(id, nodes.length);
      nodes.push(entry.node);
    }
    cache = next;
    index = at;
    // Nothing changed (a selection or validation result that left every node alone): the same array, so
    // React Flow does not walk all nodes again.
    if (!sameItems(nodes, last)) last = nodes;
    return last;
  };

  /** Only `ids` revisited; null when one of them gains or loses its node (the order must be rebuilt). */
  const patch = (inputs: NodeInputs, ids: ReadonlySet<Id>): ElementNode[] | null => {
    let nodes: ElementNode[] | null = null;
    for (const id of ids) {
      const old = cache.get(id);
      const entry = entryFor(id, inputs, old);
      if (!entry || !old) {
        if (entry || old) return null;
        continue;
      }
      cache.set(id, entry);
      if (entry.node === old.node) continue;
      nodes ??= last.slice();
      nodes[index.get(id) as number] = entry.node;
    }
    if (nodes) last = nodes;
    return last;
  };

  return (inputs) => {
    const previous = lastInputs;
    lastInputs = inputs;
    if (!inputs.view) {
      cache = new Map();
      index = new Map();
      last = [];
      return [];
    }
    const ids = previous ? changedNodeIds(previous, inputs) : null;
    return (ids && patch(inputs, ids)) ?? fullPass(inputs);
  };
}

export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
