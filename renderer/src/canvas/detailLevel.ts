/**
 * How much of each node and link the canvas draws. Zoomed out over a large
 * view, 10 px text is a grey smudge that still costs layout, painting and hit
 * testing for every node on screen: with thousands on screen that halved the
 * frame rate of a zoom. So, like map tools, a large view drops what cannot be
 * read: first the small print (kind, table, lifecycle, link labels, handles,
 * shadows), then the names. A workshop-sized view always shows everything:
 * there it costs nothing, and a screenshot or a projector may still show it.
 */
export type DetailLevel = 'full' | 'compact' | 'overview';

/** Views with at most this many nodes are always drawn in full. */
export const SMALL_VIEW = 300;
/** Below this zoom the small print (10 px) is under 6 px on screen. */
export const COMPACT_BELOW = 0.55;
/** Below this zoom names (13 px) are under 4 px on screen. */
export const OVERVIEW_BELOW = 0.3;

export function detailLevel(zoom: number, nodeCount: number): DetailLevel {
  if (nodeCount <= SMALL_VIEW) return 'full';
  if (zoom < OVERVIEW_BELOW) return 'overview';
  return zoom < COMPACT_BELOW ? 'compact' : 'full';
}
