/** Creates the main window and shows it once its first paint is ready. */
import type { BrowserWindowConstructorOptions } from 'electron';

/** The parts of Electron's BrowserWindow this module uses. */
export interface ShowableWindow {
  on(event: 'page-title-updated', listener: (event: { preventDefault(): void }) => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  maximize(): void;
  loadURL(url: string): Promise<void>;
}

export interface OpenWindowOptions {
  options: BrowserWindowConstructorOptions;
  maximized: boolean;
  url: string;
  onLoadFailed: (error: unknown) => void;
}

export function openMainWindow<Window extends ShowableWindow>(
  create: (options: BrowserWindowConstructorOptions) => Window,
  { options, maximized, url, onLoadFailed }: OpenWindowOptions,
): Window {
  const window = create(options);
  // The title comes from window:set-document-state, not from <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.loadURL(url).catch((error: unknown) => {
    // Show the window anyway: an invisible app that never appears is worse than an empty one.
    window.show();
    onLoadFailed(error);
  });
  return window;
}
