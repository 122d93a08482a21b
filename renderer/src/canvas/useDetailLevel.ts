/** The canvas's level of detail; components re-render only when it changes, not on every zoom. */
import { useStore } from '@xyflow/react';
import { detailLevel, type DetailLevel } from './detailLevel';

/** `viewSize`: the nodes the view holds (React Flow may hold only those around the screen). */
export function useDetailLevel(viewSize: number): DetailLevel {
  return useStore((state) => detailLevel(state.transform[2], viewSize));
}
