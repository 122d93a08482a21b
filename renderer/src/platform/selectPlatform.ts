/** Picks the adapter once at start-up: the preload bridge exists only inside Electron. */
import { BRIDGE_KEY, type MapwrightBridge } from '@shared/ipc/bridge';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './Platform';

export function selectPlatform(): Platform {
  const bridge = (window as unknown as Record<string, MapwrightBridge | undefined>)[BRIDGE_KEY];
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform(__APP_VERSION__);
}
