/**
 * The API the preload exposes on `window.mapwright`. The renderer's Electron
 * adapter types the global with it; nothing else crosses the bridge.
 */
import type {
  AppInfo,
  DocumentState,
  InvokeChannel,
  OpenFileRequest,
  OpenedFile,
  SaveFileRequest,
  SavedFile,
} from './contract';
import type { NativeMenu } from './native-menu';

/** The global the preload defines: `window.mapwright`. */
export const BRIDGE_KEY = 'mapwright';

export interface MapwrightBridge {
  /** Shows an open dialog; null when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  /** Shows a save dialog and writes the bytes; null when the user cancels. */
  saveFile(request: SaveFileRequest): Promise<SavedFile | null>;
  appInfo(): Promise<AppInfo>;
  /** Window title and the edited marker. */
  setDocumentState(state: DocumentState): Promise<undefined>;
  /** Replaces the native menu with this description (labels, shortcuts, enabled and checked states). */
  setMenu(menu: NativeMenu): Promise<undefined>;
  /** Native menu commands (action ids of the last menu set); returns the function that unsubscribes. */
  onMenuCommand(listener: (command: string) => void): () => void;
}

export type BridgeInvokeMethod = Exclude<keyof MapwrightBridge, 'onMenuCommand'>;

/** Which channel each bridge method calls: the preload is built from this table. */
export const BRIDGE_CHANNELS = {
  openFile: 'file:open',
  saveFile: 'file:save',
  appInfo: 'app:info',
  setDocumentState: 'window:set-document-state',
  setMenu: 'menu:set',
} as const satisfies Record<BridgeInvokeMethod, InvokeChannel>;
