/** The Platform inside Electron: every call goes through the preload bridge. */
import type { MapwrightBridge } from '@shared/ipc/bridge';
import type { Platform } from './Platform';

const RUNTIME_NAMES: Record<string, string> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux', other: 'desktop' };

export function createElectronPlatform(bridge: MapwrightBridge): Platform {
  return {
    hasNativeMenu: true,
    openFile: (request) => bridge.openFile(request),
    saveFile: (request) => bridge.saveFile(request),
    appInfo: async () => {
      const info = await bridge.appInfo();
      return {
        name: info.name,
        version: info.version,
        runtime: `Desktop (${RUNTIME_NAMES[info.platform] ?? info.platform}, Electron ${info.versions.electron})`,
      };
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    setMenu: (menu) =>
      void bridge.setMenu(menu).catch((error: unknown) => console.error('Mapwright: the menu was refused:', error)),
    setDocumentState: (state) => void bridge.setDocumentState(state),
  };
}
