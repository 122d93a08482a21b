/**
 * Main process entry: connects the single-purpose modules to Electron.
 * Decisions live in those modules (and their tests); this file only wires.
 */
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  nativeTheme,
  net,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import type { WebContents } from 'electron';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { bringToFront, claimSingleInstance, followPlatformQuitRules } from './app-lifecycle';
import { BUNDLE_SCHEME, appOrigin, entryUrl, isAppUrl, resolveAppLocations } from './app-location';
import { fileHandlers } from './ipc/file-handlers';
import { readFileWithin, writeFileReplacing } from './ipc/file-io';
import { menuHost } from './ipc/menu-handlers';
import { registerInvokeHandlers, type InvokeHandlers } from './ipc/register-handlers';
import type { SenderTrust } from './ipc/sender-trust';
import { appInfo, applyDocumentState } from './ipc/window-handlers';
import { openMainWindow } from './main-window';
import { BUNDLE_SCHEME_PRIVILEGES, createBundleHandler } from './renderer-protocol';
import { applySessionPolicy } from './session-policy';
import { guardWebContents } from './web-contents-guard';
import { mainWindowOptions } from './window-options';
import { placementFor } from './window-state';
import { windowStateFile } from './window-state-file';
import { trackWindowState } from './window-state-tracker';

const locations = resolveAppLocations({
  mainDirectory: import.meta.dirname,
  isPackaged: app.isPackaged,
  devServerUrl: process.env['ELECTRON_RENDERER_URL'],
});
const origin = appOrigin(locations.renderer);
const isOurs = (url: string) => isAppUrl(url, origin);
const csp = contentSecurityPolicy(locations.development ? 'development' : 'production');
const report = (what: string) => (error: unknown) => console.error(`Mapwright: ${what}:`, error);

let mainWindow: BrowserWindow | null = null;
const liveMainWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

function openWindow(): void {
  const stateFile = windowStateFile(app.getPath('userData'));
  const placement = placementFor(stateFile.load(), screen.getAllDisplays());
  const window = openMainWindow((options) => new BrowserWindow(options), {
    options: mainWindowOptions({
      preload: locations.preload,
      placement,
      dark: nativeTheme.shouldUseDarkColors,
      development: locations.development,
    }),
    maximized: placement.maximized,
    url: entryUrl(locations.renderer),
    onLoadFailed: report('the window could not load the app'),
  });
  trackWindowState(window, stateFile, { onError: report('could not save the window size') });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

const files = fileHandlers<BrowserWindow>(
  dialog,
  { read: readFileWithin, write: writeFileReplacing },
  MAX_FILE_BYTES,
);

// The renderer describes the menu (menu:set); until it does, the menu has the system items only.
const menu = menuHost(
  Menu,
  { platform: process.platform, appName: app.getName(), development: locations.development },
  () => BrowserWindow.getFocusedWindow() ?? liveMainWindow(),
);

const handlers: InvokeHandlers<BrowserWindow> = {
  'file:open': files.open,
  'file:save': files.save,
  'app:info': () =>
    appInfo({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      versions: process.versions,
    }),
  'window:set-document-state': (window, state) => applyDocumentState(window, state, process.platform),
  'menu:set': (_window, description) => menu.set(description),
};

const senders: SenderTrust<WebContents, BrowserWindow> = {
  windowOf: (contents) => {
    const window = liveMainWindow();
    return window && window.webContents === contents ? window : null;
  },
  mainFrameOf: (contents) => contents.mainFrame,
  isAppUrl: isOurs,
};

function whenReady(): void {
  applySessionPolicy(session.defaultSession, csp);
  if (locations.renderer.kind === 'bundle') {
    protocol.handle(
      BUNDLE_SCHEME,
      createBundleHandler({
        directory: locations.renderer.directory,
        fetchFile: (url) => net.fetch(url),
        contentSecurityPolicy: csp,
      }),
    );
  }
  registerInvokeHandlers(ipcMain, handlers, senders);
  menu.start();
  openWindow();
}

// Before ready: the privileged scheme and the sandbox for every renderer must be set up front.
protocol.registerSchemesAsPrivileged([BUNDLE_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!claimSingleInstance(app, () => bringToFront(liveMainWindow()))) {
  app.quit();
} else {
  followPlatformQuitRules(app, process.platform, () => BrowserWindow.getAllWindows().length, openWindow);
  // Every web contents, including any the app did not create on purpose, stays on the app.
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, { isAppUrl: isOurs, openExternal: (url) => shell.openExternal(url) }),
  );
  app.whenReady().then(whenReady, report('start-up failed'));
}
