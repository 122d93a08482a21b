/**
 * What React Flow would otherwise measure on a mounted node, given up front:
 * its size (`measured`) and where its handles sit (`handles`). Without
 * handles React Flow renders every node once to measure them, even
 * off-screen ones under onlyRenderVisibleElements: opening a 10,000-node view
 * mounted all 10,000. With them only visible nodes mount, edges to
 * off-screen nodes still end in the right place, and with `measured` "fit
 * view" counts the nodes that were never on screen.
 *
 * Must agree with ElementNodeView and canvas.css (React Flow measures the
 * real ones once a node is on screen): 10 px handles centred on the top
 * (target) and bottom (source) edges, and the "body" target over the whole
 * node, in that (DOM) order.
 */
import { Position, type NodeHandle } from '@xyflow/react';

const HANDLE_SIZE = 10;
const bySize = new Map<string, NodeHandle[]>();
const sizes = new Map<string, { width: number; height: number }>();

/** A node's size as React Flow's `measured`; one shared object per size. */
export function nodeSize(width: number, height: number): { width: number; height: number } {
  const key = `${width}x${height}`;
  let size = sizes.get(key);
  if (!size) {
    size = { width, height };
    sizes.set(key, size);
  }
  return size;
}

/** The handles of a node of this size; one shared array per size. */
export function nodeHandles(width: number, height: number): NodeHandle[] {
  const key = `${width}x${height}`;
  let handles = bySize.get(key);
  if (!handles) {
    const x = width / 2 - HANDLE_SIZE / 2;
    const half = HANDLE_SIZE / 2;
    handles = [
      { type: 'target', position: Position.Top, x, y: -half, width: HANDLE_SIZE, height: HANDLE_SIZE },
      {
        type: 'source',
        position: Position.Bottom,
        x,
        y: height - half,
        width: HANDLE_SIZE,
        height: HANDLE_SIZE,
      },
      { type: 'target', id: 'body', position: Position.Top, x: 0, y: 0, width, height },
    ];
    bySize.set(key, handles);
  }
  return handles;
}
