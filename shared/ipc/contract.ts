/**
 * The one IPC contract between the renderer (through the preload) and the
 * main process: every channel with its argument and result types. Pure
 * TypeScript, so both sides and the tests share it.
 */
import type { NativeMenu } from './native-menu';

/** Files larger than this are refused on open and on save (the whole file crosses IPC in one message). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface FileFilter {
  /** Shown in the dialog, e.g. "Mapwright model". */
  name: string;
  /** Without the dot, e.g. "json" or "csdm.json"; "*" for any file. */
  extensions: string[];
}

export interface OpenFileRequest {
  /** Dialog title. */
  title: string;
  filters: FileFilter[];
  /** Leave unset (or false) for text: the file must then be UTF-8, or the open fails with a clear message. */
  binary?: boolean;
}

export interface OpenedFile {
  /** File name only: the renderer never learns the path. */
  name: string;
  bytes: Uint8Array;
}

export interface SaveFileRequest {
  title: string;
  /** A bare file name (no folders) the dialog starts with. */
  suggestedName: string;
  filters: FileFilter[];
  bytes: Uint8Array;
}

export interface SavedFile {
  /** The name the user saved to (file name only). */
  name: string;
}

export type DesktopPlatform = 'darwin' | 'win32' | 'linux' | 'other';

export interface AppInfo {
  name: string;
  version: string;
  platform: DesktopPlatform;
  versions: { electron: string; chrome: string; node: string };
}

export interface DocumentState {
  /** The document's name; the window adds " — Mapwright". */
  title: string;
  /** Unsaved changes: macOS shows the edited dot, other systems a "• " prefix. */
  dirty: boolean;
}

/** Renderer -> main request/response channels (ipcRenderer.invoke / ipcMain.handle). */
export interface InvokeContract {
  'file:open': { args: [request: OpenFileRequest]; result: OpenedFile | null };
  'file:save': { args: [request: SaveFileRequest]; result: SavedFile | null };
  'app:info': { args: []; result: AppInfo };
  'window:set-document-state': { args: [state: DocumentState]; result: undefined };
  /** The renderer's description of the native menu; main draws it (see native-menu.ts). */
  'menu:set': { args: [menu: NativeMenu]; result: undefined };
}

export type InvokeChannel = keyof InvokeContract;
export type InvokeArgs<C extends InvokeChannel> = InvokeContract[C]['args'];
export type InvokeResult<C extends InvokeChannel> = InvokeContract[C]['result'];

export const INVOKE_CHANNELS = [
  'file:open',
  'file:save',
  'app:info',
  'window:set-document-state',
  'menu:set',
] as const satisfies readonly InvokeChannel[];

/** Main -> renderer events (webContents.send / ipcRenderer.on). */
export interface EventContract {
  /** The id of the menu item the user picked: always one of the last menu the renderer set. */
  'menu:command': string;
}

export type EventChannel = keyof EventContract;

export const MENU_COMMAND_CHANNEL = 'menu:command' satisfies EventChannel;
