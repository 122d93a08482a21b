/**
 * The baseline for opening a model: bare React Flow showing the same stored
 * model, read with raw Dexie (no schema, no repository, no checks), with node
 * sizes given up front and onlyRenderVisibleElements, in a canvas the size of
 * the app's (?w=&h=) showing what the app shows when it opens (?vx=&vy=&vz=). Default nodes show the element's name; edges are the links.
 * Node sizes (also as `measured`) and handles are given up front, as the app gives them (nodeHandles).
 * "Interactive" is defined as in the app (benchHooks.whenInteractive).
 */
import {
  applyNodeChanges,
  ReactFlow,
  ReactFlowProvider,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Dexie } from 'dexie';
import { createElement, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { nodeHandles, nodeSize } from '../../../renderer/src/canvas/nodeHandles';
import { whenInteractive } from '../../../renderer/src/bench/benchHooks';
import type { ElementRow, LinkRow, PlacementRow } from '../../../renderer/src/persistence/db';

const params = new URLSearchParams(location.search);
const modelId = params.get('model') ?? '';
const width = Number(params.get('w') ?? 1200);
const height = Number(params.get('h') ?? 800);
const viewport = {
  x: Number(params.get('vx') ?? 0),
  y: Number(params.get('vy') ?? 0),
  zoom: Number(params.get('vz') ?? 1),
};

let started = 0;
let opened: { openMs: number; fromNavigationMs: number; readMs: number } | null = null;
let elementCount = 0;
let readMs = 0;
window.__baseline = { opened: () => opened, elements: () => elementCount };

function Canvas({ initialNodes, edges }: { initialNodes: Node[]; edges: Edge[] }) {
  const [nodes, setNodes] = useState(initialNodes);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)),
    [],
  );
  useEffect(() => {
    void whenInteractive().then((at) => {
      opened = { openMs: at - started, fromNavigationMs: at, readMs };
    });
  }, []);
  return createElement(
    'div',
    { style: { width, height }, 'aria-label': 'Diagram canvas', role: 'main' },
    createElement(ReactFlow, {
      nodes,
      edges,
      onNodesChange,
      onlyRenderVisibleElements: true,
      defaultViewport: viewport,
      minZoom: 0.05,
      maxZoom: 3,
    }),
  );
}

async function main(): Promise<void> {
  const db = new Dexie('mapwright');
  await db.open();
  started = performance.now();
  const [elements, placements, links] = await db.transaction('r', ['elements', 'placements', 'links'], () =>
    Promise.all([
      db.table<ElementRow>('elements').where('modelId').equals(modelId).toArray(),
      db.table<PlacementRow>('placements').where('modelId').equals(modelId).toArray(),
      db.table<LinkRow>('links').where('modelId').equals(modelId).toArray(),
    ]),
  );
  elementCount = elements.length;
  readMs = performance.now() - started;
  const names = new Map(elements.map((element) => [element.id, element.name]));
  const nodes: Node[] = placements.map((p) => ({
    id: p.elementId,
    position: { x: p.x, y: p.y },
    width: p.width,
    height: p.height,
    measured: nodeSize(p.width, p.height),
    handles: nodeHandles(p.width, p.height),
    data: { label: names.get(p.elementId) ?? '' },
  }));
  const edges: Edge[] = links.map((link) => ({ id: link.id, source: link.from, target: link.to }));
  const root = document.getElementById('root');
  if (!root) throw new Error('baseline.html has no #root');
  createRoot(root).render(
    createElement(ReactFlowProvider, null, createElement(Canvas, { initialNodes: nodes, edges })),
  );
}

void main();
