/**
 * The baseline for opening a model: bare React Flow showing the same stored
 * model, read with raw Dexie (no schema, no repository, no checks), with node
 * sizes given up front and onlyRenderVisibleElements, in a canvas the size of
 * the app's (?w=&h=). Default nodes show the element's name; edges are the links.
 * "Interactive" is defined as in the app (benchHooks.whenNodesPainted).
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
import { whenNodesPainted } from '../../../renderer/src/bench/benchHooks';
import type { ElementRow, LinkRow, PlacementRow } from '../../../renderer/src/persistence/db';

const params = new URLSearchParams(location.search);
const modelId = params.get('model') ?? '';
const width = Number(params.get('w') ?? 1200);
const height = Number(params.get('h') ?? 800);

let started = 0;
let opened: { openMs: number; fromNavigationMs: number } | null = null;
let elementCount = 0;
window.__baseline = { opened: () => opened, elements: () => elementCount };

function Canvas({ initialNodes, edges }: { initialNodes: Node[]; edges: Edge[] }) {
  const [nodes, setNodes] = useState(initialNodes);
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)),
    [],
  );
  useEffect(() => {
    void whenNodesPainted().then(() => {
      const now = performance.now();
      opened = { openMs: now - started, fromNavigationMs: now };
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
  const names = new Map(elements.map((element) => [element.id, element.name]));
  const nodes: Node[] = placements.map((p) => ({
    id: p.elementId,
    position: { x: p.x, y: p.y },
    width: p.width,
    height: p.height,
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
