import { useStore } from '@xyflow/react';
import { SaveState } from '../persistence/SaveState';

export function StatusBar({ runtime, summary }: { runtime: string; summary: string }) {
  const zoom = useStore((state) => state.transform[2]);
  return (
    <footer className="statusbar" aria-label="Status bar">
      <span>{summary}</span>
      <span className="spacer" />
      <SaveState />
      <span aria-label="Zoom level">{Math.round(zoom * 100)}%</span>
      <span aria-label="Runtime">{runtime}</span>
    </footer>
  );
}
