/**
 * Keeps every web page of the app on the app: no navigation away, no new
 * windows, no <webview>. Links to https sites open in the user's browser.
 */

interface Preventable {
  preventDefault(): void;
}

interface NavigationDetails extends Preventable {
  url: string;
}

/** The parts of Electron's WebContents this module uses. */
export interface GuardedWebContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (details: NavigationDetails) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardOptions {
  /** True for URLs of the app itself (reloads and in-app links stay allowed). */
  isAppUrl: (url: string) => boolean;
  /** shell.openExternal */
  openExternal: (url: string) => Promise<void>;
}

export function guardWebContents(
  contents: GuardedWebContents,
  { isAppUrl, openExternal }: GuardOptions,
): void {
  const stayOnApp = (details: NavigationDetails) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  };
  contents.on('will-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) {
      // Fire and forget: a failure to start the browser must not break the app.
      openExternal(url).catch(() => undefined);
    }
    return { action: 'deny' };
  });
}

/** Only plain https links leave the app (no file:, javascript:, custom schemes or credentials in the URL). */
export function isExternalLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
