/** The name a new view gets: "View N", N one more than the views there are, skipping names in use. */
import type { ModelDocument } from '../model/types';

export function nextViewName(doc: Pick<ModelDocument, 'views' | 'viewOrder'>): string {
  const taken = new Set(Object.values(doc.views).map((view) => view.name.trim().toLowerCase()));
  let n = doc.viewOrder.length + 1;
  while (taken.has(`view ${n}`)) n++;
  return `View ${n}`;
}
