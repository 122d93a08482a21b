/**
 * File › Open recent: the library's recently opened models (kept current by
 * a live query, persistence/recentModels.ts), each opened through the model
 * host as the start screen opens it, so the open model's edits are written
 * first or it stays open. Without a library (storage failed) it is empty and
 * greyed out, like the other library commands.
 */
import { fileHostFor } from '../persistence/fileHost';
import { recentItems } from './recentItems';
import type { Submenu } from './submenu';

export const OPEN_RECENT: Submenu = {
  id: 'file.openRecent',
  label: 'Open recent',
  group: 'File',
  after: 'file.open',
  items: ({ editor }) => {
    const host = fileHostFor(editor);
    if (!host?.stored) return [];
    return recentItems(host.recent.current(), editor.document.getState().doc.id, {
      open: host.openModel,
      clear: host.clearRecent,
    });
  },
  subscribe: ({ editor }, onChange) => fileHostFor(editor)?.recent.subscribe(onChange) ?? (() => undefined),
};
