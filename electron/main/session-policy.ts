/**
 * Session-wide defaults: no permission is ever granted to web content, and
 * every response carries the app's Content-Security-Policy header (the
 * index.html meta tag says the same; the header also covers the dev server).
 */
import { withContentSecurityPolicy } from './security-headers';

type HeadersReceivedListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

/** The parts of Electron's Session this module uses. */
export interface PolicySession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  webRequest: { onHeadersReceived(listener: HeadersReceivedListener): void };
}

export function applySessionPolicy(session: PolicySession, contentSecurityPolicy: string): void {
  // Camera, microphone, notifications, geolocation, clipboard reading, HID, serial…: the app needs none.
  // Clipboard writes and reads happen through the menu's native cut/copy/paste, which need no permission.
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: withContentSecurityPolicy(details.responseHeaders ?? {}, contentSecurityPolicy),
    });
  });
}
