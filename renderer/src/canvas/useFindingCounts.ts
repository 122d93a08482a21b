/** Findings per element for the node badges; empty until validation is wired to the editor. */
import type { Id } from '@shared/model/types';

const NONE: ReadonlyMap<Id, number> = new Map();

export function useFindingCounts(): ReadonlyMap<Id, number> {
  return NONE;
}
