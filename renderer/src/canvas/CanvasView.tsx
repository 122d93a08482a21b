/** The diagram surface: React Flow with grid, zoom controls and minimap. */
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import type { ColorScheme } from '../theme/useColorScheme';

const ariaLabels = {
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit view',
  'controls.interactive.ariaLabel': 'Lock or unlock the diagram',
  'minimap.ariaLabel': 'Minimap',
};

export function CanvasView({ scheme }: { scheme: ColorScheme }) {
  return (
    <main className="canvas" aria-label="Diagram canvas">
      <ReactFlow nodes={[]} edges={[]} colorMode={scheme} ariaLabelConfig={ariaLabels} proOptions={{ hideAttribution: true }} fitView>
        <Background variant={BackgroundVariant.Dots} gap={16} size={1} color="var(--grid)" />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Minimap" />
      </ReactFlow>
    </main>
  );
}
