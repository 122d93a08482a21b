/** Findings per element for the node badges. */
import { useMemo } from 'react';
import type { Id } from '@shared/model/types';
import { useValidation } from '../editor/EditorContext';

export function useFindingCounts(): ReadonlyMap<Id, number> {
  const byElement = useValidation((state) => state.result.byElement);
  return useMemo(() => {
    const counts = new Map<Id, number>();
    for (const [id, findings] of byElement) counts.set(id, findings.length);
    return counts;
  }, [byElement]);
}
