/** The diagram surface: the active view's elements and links, with grid, zoom controls and minimap. */
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  ControlButton,
  Controls,
  ReactFlow,
  SelectionMode,
} from '@xyflow/react';
import { Maximize } from 'lucide-react';
import { useCallback } from 'react';
import { useBenchCanvasReady } from '../bench/benchHooks';
import type { ColorScheme } from '../theme/useColorScheme';
import { useDocument, useEditor, useSession } from '../editor/EditorContext';
import { CanvasMiniMap } from './CanvasMiniMap';
import { EDGE_TYPES } from './LinkEdgeView';
import { NODE_TYPES } from './ElementNodeView';
import type { ElementNode } from './deriveNodes';
import { useCanvasFlow } from './useCanvasFlow';
import { useConnecting } from './useConnecting';
import { useEdgeChanges, useNodeChanges } from './useNodeChanges';
import { useDetailLevel } from './useDetailLevel';
import { usePaletteDrop } from './usePaletteDrop';
import { useShownOnCanvas } from './useShownOnCanvas';
import { useViewEdges, useViewNodes } from './useViewNodes';

const ARIA_LABELS = {
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.interactive.ariaLabel': 'Lock or unlock the diagram',
  'minimap.ariaLabel': 'Minimap',
};
const GRID: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

export function CanvasView({ scheme }: { scheme: ColorScheme }) {
  const editor = useEditor();
  const allNodes = useViewNodes();
  const allEdges = useViewEdges();
  const viewId = useSession((state) => state.activeViewId);
  const placements = useDocument((state) => state.doc.views[viewId]?.placements);
  const selected = useSession((state) => state.selectedElements);
  const { nodes, edges } = useShownOnCanvas(allNodes, allEdges, placements, selected);
  useBenchCanvasReady(nodes.length > 0);
  const flow = useCanvasFlow();
  const onNodesChange = useNodeChanges();
  const onEdgesChange = useEdgeChanges();
  const connecting = useConnecting();
  const drop = usePaletteDrop();
  const snapToGrid = useSession((state) => state.snapToGrid);
  const detail = useDetailLevel(allNodes.length);
  const onNodeDoubleClick = useCallback(
    (_event: React.MouseEvent, node: ElementNode) => editor.session.getState().startRenaming(node.id),
    [editor],
  );

  return (
    <main
      className="canvas"
      data-detail={detail}
      aria-label="Diagram canvas"
      onDragOver={drop.onDragOver}
      onDrop={drop.onDrop}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        isValidConnection={connecting.isValidConnection}
        onConnect={connecting.onConnect}
        onConnectEnd={connecting.onConnectEnd}
        connectionMode={ConnectionMode.Loose}
        onNodeDoubleClick={onNodeDoubleClick}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionMode={SelectionMode.Partial}
        selectionOnDrag={false}
        snapToGrid={snapToGrid}
        snapGrid={GRID}
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={3}
        colorMode={scheme}
        ariaLabelConfig={ARIA_LABELS}
        proOptions={PRO_OPTIONS}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} color="var(--grid)" />
        {/* React Flow's own fit button would fit only the nodes it holds (useShownOnCanvas). */}
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton
            className="react-flow__controls-fitview"
            aria-label="Fit view"
            title="Fit view"
            onClick={() => void flow.fitView()}
          >
            <Maximize aria-hidden />
          </ControlButton>
        </Controls>
        <CanvasMiniMap ariaLabel="Minimap" scheme={scheme} />
      </ReactFlow>
    </main>
  );
}
