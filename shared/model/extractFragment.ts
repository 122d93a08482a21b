/** Copy: the chosen elements, the links among them and their places in the view. */
import { setEntry } from './internal/records';
import type { Id, ModelDocument, ModelFragment, Placement } from './types';

export function extractFragment(doc: ModelDocument, viewId: Id, elementIds: readonly Id[]): ModelFragment {
  const chosen = new Set(elementIds.filter((id) => Object.hasOwn(doc.elements, id)));
  const view = doc.views[viewId];
  const placements: Record<Id, Placement> = {};
  for (const id of chosen) {
    const placement = view?.placements[id];
    if (placement) setEntry(placements, id, placement);
  }
  return {
    elements: [...chosen].flatMap((id) => {
      const element = doc.elements[id];
      return element ? [element] : [];
    }),
    links: Object.values(doc.links).filter((link) => chosen.has(link.from) && chosen.has(link.to)),
    placements,
  };
}
