/** One running Mapwright per user, and the platform conventions for quitting. */

/** The parts of Electron's app this module uses. */
export interface LifecycleApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance' | 'window-all-closed' | 'activate', listener: () => void): unknown;
  quit(): void;
}

/** False when another instance already runs: that one gets focused and this one must quit. */
export function claimSingleInstance(app: LifecycleApp, onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', onSecondInstance);
  return true;
}

/** Closing the last window quits, except on macOS where apps stay in the dock until Quit. */
export function followPlatformQuitRules(
  app: LifecycleApp,
  platform: string,
  windowCount: () => number,
  openWindow: () => void,
): void {
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  // macOS: clicking the dock icon with no window open brings one back.
  app.on('activate', () => {
    if (windowCount() === 0) openWindow();
  });
}

/** The parts of BrowserWindow needed to bring it to the front. */
export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

export function bringToFront(window: FocusableWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}
