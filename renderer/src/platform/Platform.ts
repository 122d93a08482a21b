/**
 * Everything the renderer needs from the desktop, behind one interface with
 * two adapters (Electron preload bridge, plain browser). Nothing outside
 * renderer/src/platform knows which one runs. File requests share the IPC
 * contract's types, so the Electron adapter passes them straight through.
 */
import type { OpenFileRequest, OpenedFile, SaveFileRequest } from '@shared/ipc/contract';
import type { NativeMenu } from '@shared/ipc/native-menu';

export type { FileFilter, OpenFileRequest, OpenedFile, SaveFileRequest } from '@shared/ipc/contract';

export interface AppInfo {
  name: string;
  version: string;
  /** "Desktop (linux)" or "Browser": shown in About and the status bar. */
  runtime: string;
}

export interface Platform {
  /** Whether menu commands arrive from a native menu; the browser build draws its own menu bar. */
  readonly hasNativeMenu: boolean;
  /** Resolves null when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Resolves the saved name, or null when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<{ name: string } | null>;
  appInfo(): Promise<AppInfo>;
  /** Native menu commands (ids such as "edit.undo"); returns an unsubscribe function. */
  onMenuCommand(listener: (command: string) => void): () => void;
  /** Describes the native menu (only with `hasNativeMenu`; the browser build draws its own menu bar). */
  setMenu(menu: NativeMenu): void;
  /** Window title and the "edited" marker. */
  setDocumentState(state: { title: string; dirty: boolean }): void;
}
