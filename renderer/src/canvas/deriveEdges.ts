/** Document -> React Flow edges for one view, reusing unchanged edge objects. */
import { MarkerType, type Edge } from '@xyflow/react';
import type { Id, Link, View } from '@shared/model/types';
import { sameIds } from '@shared/model/recordChanges';
import { sameItems } from './deriveNodes';

export interface LinkEdgeData extends Record<string, unknown> {
  link: Link;
}

export type LinkEdge = Edge<LinkEdgeData, 'link'>;

const ARROW = { type: MarkerType.ArrowClosed, width: 18, height: 18 };

interface CacheEntry {
  link: Link;
  selected: boolean;
  className: string | undefined;
  edge: LinkEdge;
}

/** `classNameOf`: classes for an edge (impact path, dimming, stage fading), compared as strings. */
export function createEdgeDeriver(): (
  view: View | undefined,
  links: Readonly<Record<Id, Link>>,
  selected: ReadonlySet<Id>,
  classNameOf?: (link: Link) => string | undefined,
) => LinkEdge[] {
  let cache = new Map<Id, CacheEntry>();
  let last: LinkEdge[] = [];
  let lastInputs: { view: View; links: object; selected: object; classNameOf: unknown } | null = null;
  return (view, links, selected, classNameOf) => {
    // A move changes the view but not which elements it shows: the edges are the same (one pass over the
    // placements instead of one over every link).
    const inputs = lastInputs;
    if (
      view &&
      inputs &&
      inputs.links === links &&
      inputs.selected === selected &&
      inputs.classNameOf === classNameOf &&
      sameIds(inputs.view.placements, view.placements)
    ) {
      inputs.view = view;
      return last;
    }
    lastInputs = view ? { view, links, selected, classNameOf } : null;
    const next = new Map<Id, CacheEntry>();
    const edges: LinkEdge[] = [];
    if (!view) return edges;
    for (const id in links) {
      const link = links[id];
      // A link shows in a view only when both of its ends are placed there.
      if (!link || !view.placements[link.from] || !view.placements[link.to]) continue;
      const isSelected = selected.has(id);
      const className = classNameOf?.(link);
      const old = cache.get(id);
      const entry =
        old && old.link === link && old.selected === isSelected && old.className === className
          ? old
          : {
              link,
              selected: isSelected,
              className,
              edge: {
                id,
                type: 'link' as const,
                source: link.from,
                target: link.to,
                selected: isSelected,
                markerEnd: ARROW,
                ariaLabel: `Link: ${link.type}`,
                data: { link },
                ...(className ? { className } : {}),
              },
            };
      next.set(id, entry);
      edges.push(entry.edge);
    }
    cache = next;
    // Nothing changed (a node moved, another element selected): the same array, so React Flow does not
    // rebuild its connection lookup and markers for every edge.
    if (sameItems(edges, last)) return last;
    last = edges;
    return edges;
  };
}
