/**
 * The main window's constructor options, with the settings from Electron's
 * security checklist spelled out even where they are already the default,
 * so a future default change or a careless edit shows up in review and tests.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { InitialWindowPlacement } from './window-state';

export interface WindowOptionsInputs {
  preload: string;
  placement: InitialWindowPlacement;
  /** Matches the renderer's --bg so no white flash shows before the first paint. */
  dark: boolean;
  /** Developer tools only while developing. */
  development: boolean;
}

export const MIN_WINDOW_SIZE = { width: 800, height: 560 };

export function mainWindowOptions({
  preload,
  placement,
  dark,
  development,
}: WindowOptionsInputs): BrowserWindowConstructorOptions {
  return {
    ...placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Mapwright',
    backgroundColor: dark ? '#14171c' : '#f6f7f9',
    // Shown on ready-to-show, once the page has painted.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: development,
    },
  };
}
