/**
 * Where the app's own pages and preload live, in development and when
 * packaged, and which URLs count as "the app" (for navigation and IPC checks).
 */
import { join } from 'node:path';

/** Built renderer files are served from this privileged scheme, not file:// (see renderer-protocol.ts). */
export const BUNDLE_SCHEME = 'app';
export const BUNDLE_HOST = 'mapwright';
export const BUNDLE_ORIGIN = `${BUNDLE_SCHEME}://${BUNDLE_HOST}`;

export type RendererSource =
  /** `electron-vite dev`: Vite's dev server on this machine. */
  | { kind: 'dev-server'; url: string }
  /** Built files (`electron-vite preview`, packaged app): a directory served as app://mapwright/. */
  | { kind: 'bundle'; directory: string };

export interface AppLocations {
  preload: string;
  renderer: RendererSource;
  /** True only with the dev server: enables developer tools and the dev CSP. */
  development: boolean;
}

export interface LocationInputs {
  /** Directory of the built main bundle: <app>/out/main (inside app.asar when packaged). */
  mainDirectory: string;
  isPackaged: boolean;
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  devServerUrl: string | undefined;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Paths are relative to the main bundle because out/main, out/preload and
 * out/renderer travel together (also inside app.asar). The dev server URL is
 * ignored in a packaged app so an environment variable cannot point it at
 * remote content, and refused unless it is a loopback address.
 */
export function resolveAppLocations({
  mainDirectory,
  isPackaged,
  devServerUrl,
}: LocationInputs): AppLocations {
  const preload = join(mainDirectory, '..', 'preload', 'index.cjs');
  if (!isPackaged && devServerUrl) {
    return {
      preload,
      renderer: { kind: 'dev-server', url: checkedDevServerUrl(devServerUrl) },
      development: true,
    };
  }
  return {
    preload,
    renderer: { kind: 'bundle', directory: join(mainDirectory, '..', 'renderer') },
    development: false,
  };
}

function checkedDevServerUrl(text: string): string {
  const url = parseUrl(text);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(
      `ELECTRON_RENDERER_URL must be a dev server on this machine (http://localhost:…), not "${text}"`,
    );
  }
  return url.href;
}

/** The URL the window loads. */
export function entryUrl(source: RendererSource): string {
  return source.kind === 'dev-server' ? source.url : `${BUNDLE_ORIGIN}/index.html`;
}

/** scheme://host[:port] of the app; compared by hand because Node reports "null" as the origin of custom schemes. */
export function appOrigin(source: RendererSource): string {
  return source.kind === 'dev-server' ? (originOf(source.url) ?? '') : BUNDLE_ORIGIN;
}

export function originOf(text: string): string | null {
  const url = parseUrl(text);
  return url && url.host !== '' ? `${url.protocol}//${url.host}` : null;
}

/** True when the URL belongs to the app's own origin (any path, query or hash). */
export function isAppUrl(text: string, origin: string): boolean {
  return origin !== '' && originOf(text) === origin;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
