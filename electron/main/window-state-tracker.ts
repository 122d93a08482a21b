/**
 * Keeps the window state file current: a debounced save while the user
 * moves or resizes, and a final synchronous save when the window closes.
 */
import type { Rect, SavedWindowState } from './window-state';
import type { WindowStateFile } from './window-state-file';

/** The parts of Electron's BrowserWindow this module uses. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

export interface TrackerOptions {
  debounceMs?: number;
  /** Saving the state must never disturb the app; failures are reported here. */
  onError?: (error: unknown) => void;
}

export const SAVE_DEBOUNCE_MS = 500;

export function trackWindowState(
  window: TrackedWindow,
  file: Pick<WindowStateFile, 'save' | 'saveNow'>,
  { debounceMs = SAVE_DEBOUNCE_MS, onError = () => undefined }: TrackerOptions = {},
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const current = (): SavedWindowState => ({
    bounds: window.getNormalBounds(),
    maximized: window.isMaximized(),
  });
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      file.save(current()).catch(onError);
    }, debounceMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later);
  window.on('close', () => {
    clearTimeout(timer);
    timer = undefined;
    try {
      file.saveNow(current());
    } catch (error) {
      onError(error);
    }
  });
}
