/** How many elements of each kind a model has, in catalogue order, for the model summary. */
import { KIND_IDS, type KindId } from '@shared/csdm/kinds';
import type { Catalogue, KindDef } from '@shared/csdm/types';
import type { Element } from '@shared/model/types';

export interface KindCount {
  kind: KindDef;
  count: number;
}

export function countByKind(catalogue: Catalogue, elements: Iterable<Element>): KindCount[] {
  const counts = new Map<KindId, number>();
  for (const element of elements) counts.set(element.kind, (counts.get(element.kind) ?? 0) + 1);
  return KIND_IDS.flatMap((id) => {
    const count = counts.get(id);
    return count ? [{ kind: catalogue.kinds[id], count }] : [];
  });
}
