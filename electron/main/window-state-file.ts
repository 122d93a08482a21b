/**
 * Reads and writes the window state file in the user data folder. Writes go
 * to a temporary file first and are renamed into place, so a crash mid-write
 * leaves the previous state rather than a torn file.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseWindowState, serializeWindowState, type SavedWindowState } from './window-state';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface WindowStateFile {
  load(): SavedWindowState | null;
  save(state: SavedWindowState): Promise<void>;
  /** For the close event: the process may exit before an asynchronous write finishes. */
  saveNow(state: SavedWindowState): void;
}

export function windowStateFile(userDataDirectory: string): WindowStateFile {
  const file = join(userDataDirectory, WINDOW_STATE_FILE);
  // Separate temporary files, so a final save on close never interleaves with one still in flight.
  const temporary = `${file}.tmp`;
  const temporaryNow = `${file}.closing.tmp`;
  return {
    load() {
      try {
        return parseWindowState(readFileSync(file, 'utf8'));
      } catch {
        return null; // missing or unreadable: open with defaults
      }
    },
    async save(state) {
      await mkdir(userDataDirectory, { recursive: true });
      await writeFile(temporary, serializeWindowState(state), 'utf8');
      await rename(temporary, file);
    },
    saveNow(state) {
      mkdirSync(userDataDirectory, { recursive: true });
      writeFileSync(temporaryNow, serializeWindowState(state), 'utf8');
      renameSync(temporaryNow, file);
    },
  };
}
