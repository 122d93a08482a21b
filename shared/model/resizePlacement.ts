/** Resize one element's box in a view. */
import { MIN_NODE_SIZE } from './sizes';
import { isValidPlacement } from './internal/placement';
import { done, refuse, withEntry } from './internal/records';
import type { Id, ModelDocument, OpResult } from './types';

export function resizePlacement(
  doc: ModelDocument,
  viewId: Id,
  elementId: Id,
  size: { width: number; height: number },
): OpResult {
  const view = doc.views[viewId];
  if (!view) return refuse('That view is no longer in the model.');
  const current = view.placements[elementId];
  if (!current) return refuse('That element is not in this view.');
  if (current.width === size.width && current.height === size.height) return done(doc);
  const resized = { ...current, width: size.width, height: size.height };
  if (!isValidPlacement(resized)) {
    return refuse(`An element is at least ${MIN_NODE_SIZE.width} by ${MIN_NODE_SIZE.height} pixels.`);
  }
  return done({
    ...doc,
    views: withEntry(doc.views, viewId, {
      ...view,
      placements: withEntry(view.placements, elementId, resized),
    }),
  });
}
