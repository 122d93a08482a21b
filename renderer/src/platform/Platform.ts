/**
 * Everything the renderer needs from the desktop, behind one interface with
 * two adapters (Electron preload bridge, plain browser). Nothing outside
 * renderer/src/platform knows which one runs.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

export interface OpenFileRequest {
  title: string;
  filters: FileFilter[];
}

export interface SaveFileRequest {
  title: string;
  suggestedName: string;
  filters: FileFilter[];
  bytes: Uint8Array;
}

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
  /** Window title and the "edited" marker. */
  setDocumentState(state: { title: string; dirty: boolean }): void;
}
