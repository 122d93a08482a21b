/** Picks the adapter once at start-up: the preload bridge exists only inside Electron. */
import { createBrowserPlatform } from './browserPlatform';
import type { Platform } from './Platform';

export function selectPlatform(): Platform {
  return createBrowserPlatform(__APP_VERSION__);
}
