/** The canvas's level of detail; components re-render only when it changes, not on every zoom. */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { detailLevel, type DetailLevel } from './detailLevel';

const selectDetail = (state: ReactFlowState): DetailLevel =>
  detailLevel(state.transform[2], state.nodes.length);

export function useDetailLevel(): DetailLevel {
  return useStore(selectDetail);
}
