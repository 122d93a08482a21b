/**
 * The minimap. React Flow's own MiniMap draws one SVG element per node, each
 * with a store subscription, and works out the bounds of every node on every
 * viewport change: with 10,000 nodes that made panning twice as slow and
 * opening a model mount 10,000 more elements. This one looks and works like
 * it (same classes and colours, drag on it to pan, wheel on it to zoom) but
 * paints the view's nodes on a canvas, and repaints only when they move or
 * the part of the diagram the minimap shows changes; a pan inside the
 * diagram only moves the viewport frame (an SVG mask, as React Flow's).
 */
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useId, useMemo, useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import { boundsOf, type Box } from '@shared/layout/align';
import type { Id, View } from '@shared/model/types';
import { useDocument, useSession } from '../editor/EditorContext';

/** React Flow's MiniMap defaults: size in px, and the margin around the content in minimap px. */
const WIDTH = 200;
const HEIGHT = 150;
const OFFSET_SCALE = 5;

/** The smallest box holding `a` (if any) and `b`. */
function union(a: Box | null, b: Box): Box {
  return boundsOf(a ? [a, b] : [b]) ?? b;
}

/** The view's nodes but the dragged ones, as a bitmap of `bounds` fine enough for any minimap scale. */
interface NodeBitmap {
  image: HTMLCanvasElement;
  bounds: Box;
  fill: string;
}

function drawNodes(colourOf: Element, view: View | undefined, dragged: ReadonlySet<Id>, bounds: Box): NodeBitmap {
  const image = document.createElement('canvas');
  const fill = getComputedStyle(colourOf).fill;
  // The minimap never shows the nodes larger than when they fill it.
  const scale = Math.min(WIDTH / bounds.width, HEIGHT / bounds.height) * (globalThis.devicePixelRatio || 1);
  image.width = Math.max(1, Math.ceil(bounds.width * scale));
  image.height = Math.max(1, Math.ceil(bounds.height * scale));
  const context = image.getContext('2d');
  if (!context) return { image, bounds, fill };
  context.setTransform(scale, 0, 0, scale, -bounds.x * scale, -bounds.y * scale);
  context.fillStyle = fill;
  const placements = view?.placements ?? {};
  for (const id in placements) {
    const p = placements[id];
    if (p && !dragged.has(id)) context.fillRect(p.x, p.y, p.width, p.height);
  }
  return { image, bounds, fill };
}

/**
 * Shows the nodes in the minimap's box, mapped as the SVG's viewBox (xMidYMid meet): the bitmap, and the
 * dragged nodes where they are now.
 */
function paint(
  canvas: HTMLCanvasElement,
  nodes: NodeBitmap,
  view: View | undefined,
  dragPositions: ReadonlyMap<Id, { x: number; y: number }>,
  box: Box,
): void {
  const ratio = globalThis.devicePixelRatio || 1;
  if (canvas.width !== WIDTH * ratio) canvas.width = WIDTH * ratio;
  if (canvas.height !== HEIGHT * ratio) canvas.height = HEIGHT * ratio;
  const context = canvas.getContext('2d');
  if (!context) return;
  const fit = Math.min(WIDTH / box.width, HEIGHT / box.height) * ratio;
  const left = (WIDTH * ratio - box.width * fit) / 2;
  const top = (HEIGHT * ratio - box.height * fit) / 2;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  const { bounds } = nodes;
  context.drawImage(
    nodes.image,
    left + (bounds.x - box.x) * fit,
    top + (bounds.y - box.y) * fit,
    bounds.width * fit,
    bounds.height * fit,
  );
  context.setTransform(fit, 0, 0, fit, left - box.x * fit, top - box.y * fit);
  context.fillStyle = nodes.fill;
  for (const [id, at] of dragPositions) {
    const p = view?.placements[id];
    if (p) context.fillRect(at.x, at.y, p.width, p.height);
  }
}

const selectViewport = (s: ReactFlowState) => ({ transform: s.transform, width: s.width, height: s.height });
const sameViewport = (a: ReturnType<typeof selectViewport>, b: ReturnType<typeof selectViewport>) =>
  a.width === b.width &&
  a.height === b.height &&
  a.transform[0] === b.transform[0] &&
  a.transform[1] === b.transform[1] &&
  a.transform[2] === b.transform[2];

export function CanvasMiniMap({ ariaLabel, scheme }: { ariaLabel: string; scheme: string }) {
  const flow = useReactFlow();
  const titleId = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const colour = useRef<SVGPathElement>(null);
  const viewId = useSession((state) => state.activeViewId);
  const view = useDocument((state) => state.doc.views[viewId]);
  const dragPositions = useSession((state) => state.dragPositions);
  const placed = useMemo(() => boundsOf(Object.values(view?.placements ?? {})), [view]);
  // Dragged nodes may leave the placed bounds; they are few.
  let bounds = placed;
  for (const [id, at] of dragPositions) {
    const p = view?.placements[id];
    if (p) bounds = union(bounds, { x: at.x, y: at.y, width: p.width, height: p.height });
  }
  // Which nodes are dragged changes when a drag starts or ends, not on every frame of it.
  const draggedKey = [...dragPositions.keys()].join('\n');
  const nodes = useRef<NodeBitmap | null>(null);
  const [drawn, setDrawn] = useState(0);

  const { transform, width: flowWidth, height: flowHeight } = useStore(selectViewport, sameViewport);
  const [tx, ty, zoom] = transform;
  const viewBox = { x: -tx / zoom, y: -ty / zoom, width: flowWidth / zoom, height: flowHeight / zoom };
  const content = union(bounds, viewBox);
  const viewScale = Math.max(content.width / WIDTH, content.height / HEIGHT);
  const offset = OFFSET_SCALE * viewScale;
  const width = viewScale * WIDTH + offset * 2;
  const height = viewScale * HEIGHT + offset * 2;
  const x = content.x - (viewScale * WIDTH - content.width) / 2 - offset;
  const y = content.y - (viewScale * HEIGHT - content.height) / 2 - offset;

  // The nodes are drawn when they change, in a task of their own, so an edit or the start of a drag never
  // waits for 10,000 rectangles; a pan or zoom only places the bitmap again.
  useEffect(() => {
    const timer = setTimeout(() => {
      const dragged = new Set(draggedKey === '' ? [] : draggedKey.split('\n'));
      nodes.current = colour.current && placed ? drawNodes(colour.current, view, dragged, placed) : null;
      setDrawn((count) => count + 1);
    }, 0);
    return () => clearTimeout(timer);
  }, [view, placed, draggedKey, scheme]);
  useEffect(() => {
    if (!canvas.current) return;
    if (nodes.current) paint(canvas.current, nodes.current, view, dragPositions, { x, y, width, height });
    else canvas.current.getContext('2d')?.clearRect(0, 0, canvas.current.width, canvas.current.height);
  }, [drawn, view, dragPositions, x, y, width, height]);

  // Dragging on the minimap moves the viewport frame with the pointer.
  const panFrom = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    panFrom.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const from = panFrom.current;
    if (!from) return;
    panFrom.current = { x: event.clientX, y: event.clientY };
    const current = flow.getViewport();
    void flow.setViewport({
      x: current.x - (event.clientX - from.x) * viewScale * current.zoom,
      y: current.y - (event.clientY - from.y) * viewScale * current.zoom,
      zoom: current.zoom,
    });
  };
  const onPointerUp = () => {
    panFrom.current = null;
  };
  // The wheel zooms around the canvas centre, as React Flow's minimap does.
  const onWheel = (event: WheelEvent<SVGSVGElement>) => {
    const factor = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
    void flow.zoomTo(flow.getZoom() * 2 ** (-event.deltaY * factor));
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap" data-testid="rf__minimap">
      <div style={{ position: 'relative', width: WIDTH, height: HEIGHT }}>
        <canvas ref={canvas} style={{ position: 'absolute', inset: 0, width: WIDTH, height: HEIGHT }} />
        <svg
          width={WIDTH}
          height={HEIGHT}
          viewBox={`${x} ${y} ${width} ${height}`}
          className="react-flow__minimap-svg"
          style={{ position: 'relative' }}
          role="img"
          aria-labelledby={titleId}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onWheel={onWheel}
        >
          <title id={titleId}>{ariaLabel}</title>
          {/* Never drawn: the canvas takes the nodes' colour from React Flow's minimap styles through it. */}
          <path ref={colour} className="react-flow__minimap-node" d="" />
          <path
            className="react-flow__minimap-mask"
            d={`M${x - offset},${y - offset}h${width + offset * 2}v${height + offset * 2}h${-width - offset * 2}z
          M${viewBox.x},${viewBox.y}h${viewBox.width}v${viewBox.height}h${-viewBox.width}z`}
            fillRule="evenodd"
            pointerEvents="none"
          />
        </svg>
      </div>
    </Panel>
  );
}
