/** Put a new element of a kind into the active view, selected and ready to be named. */
import { CATALOGUE, type KindId } from '@shared/csdm';
import { addElement } from '@shared/model/addElement';
import { newId } from '@shared/model/ids';
import { DEFAULT_NODE_SIZE } from '@shared/model/sizes';
import { freeSpot } from '@shared/layout/freeSpot';
import type { Editor } from '../editor/EditorContext';

/**
 * `center` is in flow coordinates; the node is placed so its middle lands there,
 * or, with `avoidOverlap` (adding "at the centre" rather than where the user
 * dropped), at the nearest spot that covers nothing.
 */
export function addElementAt(
  editor: Editor,
  kindId: KindId,
  center: { x: number; y: number },
  { avoidOverlap = false } = {},
): string | null {
  const session = editor.session.getState();
  const kind = CATALOGUE.kinds[kindId];
  const id = newId();
  const grid = session.snapToGrid ? 16 : 1;
  const snap = (value: number) => Math.round(value / grid) * grid;
  const refusal = editor.document.getState().apply((doc) => {
    const wish = {
      x: snap(center.x - DEFAULT_NODE_SIZE.width / 2),
      y: snap(center.y - DEFAULT_NODE_SIZE.height / 2),
      ...DEFAULT_NODE_SIZE,
    };
    const placements = Object.values(doc.views[session.activeViewId]?.placements ?? {});
    const spot = avoidOverlap ? freeSpot(wish, placements) : wish;
    return addElement(doc, CATALOGUE, {
      id,
      kind: kindId,
      name: `New ${kind.label.toLowerCase()}`,
      placement: { viewId: session.activeViewId, x: spot.x, y: spot.y },
    });
  });
  if (refusal) {
    session.notify('refusal', refusal);
    return null;
  }
  session.select([id]);
  session.startRenaming(id);
  return id;
}
