import { describe, expect, it, vi } from 'vitest';
import {
  guardWebContents,
  isExternalLink,
  type GuardedWebContents,
} from '../../../electron/main/web-contents-guard';

type Listener = (event: { url: string; preventDefault(): void }) => void;

/** Records the listeners the guard installs, so the test can fire them like Electron would. */
function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: GuardedWebContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  const fire = (event: string, url = '') => {
    const preventDefault = vi.fn();
    const listener = listeners.get(event);
    if (!listener) throw new Error(`no ${event} listener`);
    listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { contents, fire, open };
}

const isAppUrl = (url: string) => url.startsWith('app://mapwright/');

function guarded() {
  const fake = fakeWebContents();
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  guardWebContents(fake.contents, { isAppUrl, openExternal });
  return { ...fake, openExternal };
}

describe('web contents guard', () => {
  it('prevents navigation away from the app and allows it within', () => {
    const { fire } = guarded();
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'app://mapwright.evil/')).toBe(true);
    expect(fire('will-navigate', 'app://mapwright/index.html#/model/1')).toBe(false);
  });

  it('prevents redirects away from the app', () => {
    const { fire } = guarded();
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'app://mapwright/index.html')).toBe(false);
  });

  it('prevents every <webview>', () => {
    expect(guarded().fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window, handing https links to the system browser', () => {
    const { open, openExternal } = guarded();
    expect(open('https://docs.servicenow.com/csdm')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://docs.servicenow.com/csdm');
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://mapwright/index.html',
      'smb://server/share',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('keeps the app running when the system browser cannot be started', async () => {
    const fake = fakeWebContents();
    const openExternal = vi.fn(() => Promise.reject(new Error('no browser')));
    guardWebContents(fake.contents, { isAppUrl, openExternal });
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(openExternal).toHaveBeenCalledOnce();
  });
});

describe('external links', () => {
  it('are plain https URLs only', () => {
    expect(isExternalLink('https://example.com/a?b#c')).toBe(true);
    expect(isExternalLink('https://user:secret@example.com/')).toBe(false);
    expect(isExternalLink('HTTP://example.com/')).toBe(false);
    expect(isExternalLink('not a url')).toBe(false);
    expect(isExternalLink('ms-msdt:/id PCWDiagnostic')).toBe(false);
  });
});
