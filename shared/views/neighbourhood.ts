/**
 * "New view from element and neighbours": the element, the elements linked to
 * it (one link away), and where each goes: parents (consumers, the `from` end
 * of a link into the element) in rows above it, children in rows below, each
 * row centred on the element. Pure, so the command and its tests share it.
 */
import type { Catalogue } from '../csdm/types';
import { linkIndexFor } from '../graph/graph-index';
import { neighbours } from '../graph/neighbours';
import type { Element, Id, ModelDocument, Placement } from '../model/types';
import { snap, type NodeBox } from './box';

export interface Neighbourhood {
  parents: Id[];
  children: Id[];
}

/** Top of the CSDM layers first, then by name: rows read the way the main map does. */
function byLayerThenName(catalogue: Catalogue) {
  return (a: Element, b: Element) =>
    catalogue.kinds[a.kind].layer - catalogue.kinds[b.kind].layer ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id);
}

/**
 * The elements one link away from `elementId`, split into parents and
 * children. An element linked both ways counts as a parent.
 */
export function neighbourhoodOf(doc: ModelDocument, catalogue: Catalogue, elementId: Id): Neighbourhood {
  const parentIds = new Set(
    linkIndexFor(doc)
      .incoming(elementId)
      .map((link) => link.from),
  );
  const parents: Element[] = [];
  const children: Element[] = [];
  for (const reached of neighbours(doc, elementId, 1)) {
    (parentIds.has(reached.element.id) ? parents : children).push(reached.element);
  }
  const order = byLayerThenName(catalogue);
  return { parents: parents.sort(order).map((e) => e.id), children: children.sort(order).map((e) => e.id) };
}

export interface NeighbourhoodLayoutInput {
  centre: NodeBox;
  parents: readonly NodeBox[];
  children: readonly NodeBox[];
  /** Where the middle of the centre element goes. */
  at?: { x: number; y: number };
  /** Space between nodes of a row, and between rows. */
  gapX?: number;
  gapY?: number;
  /** A row longer than this wraps: further parent rows go above, further child rows below. */
  maxPerRow?: number;
  /** Canvas grid to snap positions to (1: no snapping). */
  grid?: number;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

/** Top-left positions (and sizes) for every node of the neighbourhood. */
export function neighbourhoodLayout(input: NeighbourhoodLayoutInput): Record<Id, Placement> {
  const { centre, at = { x: 0, y: 0 }, gapX = 48, gapY = 96, maxPerRow = 6, grid = 16 } = input;
  const placements: Record<Id, Placement> = {};
  const put = (box: NodeBox, x: number, y: number) => {
    placements[box.id] = { x: snap(x, grid), y: snap(y, grid), width: box.width, height: box.height };
  };
  /** Lays one row out centred on `at.x`, with its top at `top`. */
  const row = (boxes: readonly NodeBox[], top: number) => {
    const width = boxes.reduce((sum, box) => sum + box.width, 0) + gapX * (boxes.length - 1);
    let x = at.x - width / 2;
    for (const box of boxes) {
      put(box, x, top);
      x += box.width + gapX;
    }
  };
  const rowHeight = (boxes: readonly NodeBox[]) => Math.max(...boxes.map((box) => box.height));

  const centreTop = at.y - centre.height / 2;
  put(centre, at.x - centre.width / 2, centreTop);

  // Parent rows: the first row sits right above the element, the next above that.
  let top = centreTop;
  for (const boxes of chunks(input.parents, maxPerRow)) {
    top -= gapY + rowHeight(boxes);
    row(boxes, top);
  }
  let bottom = centreTop + centre.height;
  for (const boxes of chunks(input.children, maxPerRow)) {
    row(boxes, bottom + gapY);
    bottom += gapY + rowHeight(boxes);
  }
  return placements;
}
