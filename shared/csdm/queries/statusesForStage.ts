/** Lifecycle statuses a stage allows (csdm.md section 4): a status must belong to its stage. */
import type { KindId } from '../kinds';
import type { Catalogue, LifecycleList } from '../types';

export function statusesForStage(
  catalogue: Catalogue,
  list: LifecycleList,
  stage: string,
): readonly string[] {
  return catalogue.lifecycle[list][stage] ?? [];
}

export function stagesOf(catalogue: Catalogue, list: LifecycleList): string[] {
  return Object.keys(catalogue.lifecycle[list]);
}

/** The lifecycle list of a kind, if it has one (Foundation records and unknown CIs do not). */
export function lifecycleListOf(catalogue: Catalogue, kind: KindId): LifecycleList | undefined {
  return catalogue.kinds[kind].lifecycle;
}
