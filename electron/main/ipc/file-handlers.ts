/**
 * file:open and file:save. The file is always one the user picked in a
 * dialog shown for this very call; the main process keeps no path, and the
 * renderer only ever learns the file name.
 */
import { basename } from 'node:path';
import type {
  FileFilter,
  OpenFileRequest,
  OpenedFile,
  SaveFileRequest,
  SavedFile,
} from '../../../shared/ipc/contract';
import { FileProblem, isUtf8 } from './file-io';

/** The parts of Electron's dialog module this module uses (the window makes the dialog modal to it). */
export interface FileDialogs<Window> {
  showOpenDialog(
    window: Window,
    options: { title: string; filters: FileFilter[]; properties: ['openFile'] },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    window: Window,
    options: {
      title: string;
      defaultPath: string;
      filters: FileFilter[];
      properties: ['createDirectory', 'showOverwriteConfirmation'];
    },
  ): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface FileAccess {
  read(path: string, maxBytes: number): Promise<Uint8Array>;
  write(path: string, bytes: Uint8Array): Promise<void>;
}

export interface FileHandlers<Window> {
  open(window: Window, request: OpenFileRequest): Promise<OpenedFile | null>;
  save(window: Window, request: SaveFileRequest): Promise<SavedFile | null>;
}

export function fileHandlers<Window>(
  dialogs: FileDialogs<Window>,
  files: FileAccess,
  maxBytes: number,
): FileHandlers<Window> {
  return {
    async open(window, { title, filters, binary }) {
      const choice = await dialogs.showOpenDialog(window, { title, filters, properties: ['openFile'] });
      const path = choice.filePaths[0];
      if (choice.canceled || path === undefined) return null;
      const bytes = await files.read(path, maxBytes).catch((error: unknown) => {
        throw plainProblem(error, 'open', path);
      });
      // Text formats are UTF-8; saying so here beats a garbled model later.
      if (!binary && !isUtf8(bytes)) throw new FileProblem(`"${basename(path)}" is not UTF-8 text.`);
      return { name: basename(path), bytes };
    },
    async save(window, { title, suggestedName, filters, bytes }) {
      const choice = await dialogs.showSaveDialog(window, {
        title,
        defaultPath: suggestedName,
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return null;
      const path = choice.filePath;
      await files.write(path, bytes).catch((error: unknown) => {
        throw plainProblem(error, 'save', path);
      });
      return { name: basename(choice.filePath) };
    },
  };
}

const REASONS: Record<string, string> = {
  ENOENT: 'it no longer exists',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  EBUSY: 'it is in use by another program',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk is read-only',
};

/**
 * Node's messages carry the full path; the renderer gets the file name and a
 * plain reason instead.
 */
function plainProblem(error: unknown, action: 'open' | 'save', path: string): Error {
  if (error instanceof FileProblem) return error;
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  const reason = REASONS[code] ?? (code === '' ? 'unexpected error' : code);
  return new FileProblem(`Could not ${action} "${basename(path)}": ${reason}.`);
}
