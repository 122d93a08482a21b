/**
 * Document -> React Flow nodes for one view. Node objects are reused while
 * their inputs are unchanged, so React Flow and the memoised node components
 * skip every node an edit or a drag did not touch (the key to 10k-node speed).
 */
import type { Node } from '@xyflow/react';
import { CATALOGUE, type PaletteGroup } from '@shared/csdm';
import type { Element, Id, Placement, View } from '@shared/model/types';
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

/** A deriver keeps its cache between calls; make one per canvas. */
export function createNodeDeriver(): (inputs: NodeInputs) => ElementNode[] {
  let cache = new Map<Id, CacheEntry>();
  let last: ElementNode[] = [];
  return ({ view, elements, selected, findingCounts, dragPositions, className: classNameOf }) => {
    const next = new Map<Id, CacheEntry>();
    const nodes: ElementNode[] = [];
    if (!view) return nodes;
    for (const id in view.placements) {
      const placement = view.placements[id];
      const element = elements[id];
      if (!placement || !element) continue;
      const isSelected = selected.has(id);
      const findingCount = findingCounts.get(id) ?? 0;
      const dragged = dragPositions.get(id);
      const className = classNameOf?.(element);
      const old = cache.get(id);
      let entry: CacheEntry;
      if (
        old &&
        old.element === element &&
        old.placement === placement &&
        old.selected === isSelected &&
        old.findingCount === findingCount &&
        old.dragged === dragged &&
        old.className === className
      ) {
        entry = old;
      } else {
        const position = dragged ?? { x: placement.x, y: placement.y };
        // Same element and count: same data, so the memoised node view skips a class or position change.
        const data =
          old && old.element === element && old.findingCount === findingCount
            ? old.node.data
            : { element, findingCount };
        entry = {
          element,
          placement,
          selected: isSelected,
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
            selected: isSelected,
            ariaLabel: `${CATALOGUE.kinds[element.kind].label}: ${element.name}`,
            data,
            ...(className ? { className } : {}),
          },
        };
      }
      next.set(id, entry);
      nodes.push(entry.node);
    }
    cache = next;
    // Nothing changed (a selection or validation result that left every node alone): the same array, so
    // React Flow does not walk all nodes again.
    if (sameItems(nodes, last)) return last;
    last = nodes;
    return nodes;
  };
}

export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
