/**
 * What the File commands reach: the model host of the editor they run in.
 * One host per editor (a WeakMap, like the view tabs' session state), so the
 * actions stay plain objects and two editors never share a host. Without a
 * host (a test editor, or the library unavailable) the commands are disabled.
 */
import type { Id } from '@shared/model/types';
import type { Editor } from '../editor/EditorContext';
import type { RecentModels } from './recentModels';

export type FileOverlay = 'library' | 'saveVersion' | 'versions' | 'renameModel';

export interface FileHost {
  /** Whether the local library is open (false: storage failed, the model lives only in this window). */
  readonly stored: boolean;
  open: (overlay: FileOverlay) => void;
  newModel: () => void;
  /** Writes unsaved changes now. */
  saveNow: () => void;
  exportToFile: () => void;
  /** The library's recently opened models, kept current (File › Open recent). */
  readonly recent: RecentModels;
  /** Opens a model of the library as the start screen does: this one's edits are written first, or it stays open. */
  openModel: (id: Id) => void;
  /** Empties File › Open recent and the start screen's Recent list; the model open here stays remembered. */
  clearRecent: () => void;
}

const hosts = new WeakMap<Editor, FileHost>();

export function setFileHost(editor: Editor, host: FileHost | null): void {
  if (host) hosts.set(editor, host);
  else hosts.delete(editor);
}

export function fileHostFor(editor: Editor): FileHost | undefined {
  return hosts.get(editor);
}
