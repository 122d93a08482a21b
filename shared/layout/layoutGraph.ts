/**
 * Auto-layout, step one: a view (or part of it) as an ELK graph. ELK's layered
 * algorithm runs top to bottom, and each node's partition is its CSDM layer,
 * so every business service sits above every service instance, and every
 * service instance above every server, whatever the links say. Pure: the ELK
 * call itself runs in the renderer's worker.
 */
import { isKindId } from '../csdm/kinds';
import type { Catalogue } from '../csdm/types';
import type { Id, ModelDocument, Placement } from '../model/types';
import { boundsOf } from './align';
import type { ElkLayoutEdge, ElkLayoutGraph, ElkLayoutNode, ElkLayoutOptions } from './elkTypes';

/**
 * Room between nodes. Links are labelled at their middle ("Depends on"), so
 * rows are far enough apart for a label between them, and neighbours in a row
 * far enough apart that two links fanning out keep their labels apart.
 */
export const LAYOUT_SPACING = {
  /** Between neighbours in one row. */
  nodeNode: 64,
  /** Between rows, where the link labels sit. */
  betweenLayers: 104,
  /** Between a node and a link passing it. */
  edgeNode: 40,
  edgeEdge: 24,
} as const;

/** A kind the catalogue no longer knows (never expected) goes with the infrastructure. */
const FALLBACK_LAYER = 6;

export const ELK_LAYOUT_OPTIONS: Readonly<ElkLayoutOptions> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  // The CSDM order: a node's partition (its CSDM layer) decides which rows it may take.
  'elk.partitioning.activate': 'true',
  // Laid out as one graph, so the CSDM order holds across unconnected groups too.
  'elk.separateConnectedComponents': 'false',
  // Within those bounds keep the user's left-to-right order where it costs no crossings.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.spacing.nodeNode': String(LAYOUT_SPACING.nodeNode),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYOUT_SPACING.betweenLayers),
  'elk.spacing.edgeNode': String(LAYOUT_SPACING.edgeNode),
  'elk.layered.spacing.edgeNodeBetweenLayers': String(LAYOUT_SPACING.edgeNode),
  'elk.spacing.edgeEdge': String(LAYOUT_SPACING.edgeEdge),
  'elk.layered.spacing.edgeEdgeBetweenLayers': String(LAYOUT_SPACING.edgeEdge),
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  'elk.randomSeed': '1',
};

/** What to lay out and where the result goes. */
export interface LayoutRequest {
  viewId: Id;
  graph: ElkLayoutGraph;
  /** The top-left corner of the laid-out elements' current bounding box: the result starts there. */
  origin: { x: number; y: number };
}

export type LayoutPlan = { ok: true; request: LayoutRequest } | { ok: false; reason: string };

/** The CSDM layer of an element's kind: 0 (capability) at the top, infrastructure and Foundation at the bottom. */
export function csdmLayerOf(catalogue: Catalogue, kind: string): number {
  return isKindId(kind) && Object.hasOwn(catalogue.kinds, kind)
    ? catalogue.kinds[kind].layer
    : FALLBACK_LAYER;
}

/**
 * The ELK graph for the elements of a view: all of them, or only those in
 * `only` (the selection). Links appear only between included elements; node
 * sizes are the placements' sizes. Nodes are listed left to right, top to
 * bottom as they sit now, so ELK keeps that order where it can.
 */
export function buildLayoutGraph(
  doc: ModelDocument,
  catalogue: Catalogue,
  viewId: Id,
  only?: Iterable<Id>,
): LayoutPlan {
  const view = doc.views[viewId];
  if (!view) return { ok: false, reason: 'That view is no longer in the model.' };

  const placed: [Id, Placement][] = [];
  const ids = only ? new Set(only) : undefined;
  for (const [id, placement] of Object.entries(view.placements)) {
    if (ids && !ids.has(id)) continue;
    if (!doc.elements[id]) continue;
    placed.push([id, placement]);
  }
  if (placed.length === 0) return { ok: false, reason: 'There is nothing to lay out here.' };
  placed.sort(([a, p], [b, q]) => p.x - q.x || p.y - q.y || (a < b ? -1 : a > b ? 1 : 0));

  const included = new Set<Id>();
  const children: ElkLayoutNode[] = placed.map(([id, placement]) => {
    included.add(id);
    const element = doc.elements[id];
    return {
      id,
      width: placement.width,
      height: placement.height,
      layoutOptions: { 'elk.partitioning.partition': String(csdmLayerOf(catalogue, element?.kind ?? '')) },
    };
  });

  const edges: ElkLayoutEdge[] = [];
  for (const link of Object.values(doc.links)) {
    if (link.from === link.to || !included.has(link.from) || !included.has(link.to)) continue;
    edges.push({ id: link.id, sources: [link.from], targets: [link.to] });
  }

  const bounds = boundsOf(placed.map(([, placement]) => placement));
  return {
    ok: true,
    request: {
      viewId,
      graph: { id: 'root', layoutOptions: { ...ELK_LAYOUT_OPTIONS }, children, edges },
      origin: { x: bounds?.x ?? 0, y: bounds?.y ?? 0 },
    },
  };
}
