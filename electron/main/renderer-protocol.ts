/**
 * Serves the built renderer from app://mapwright/ instead of file://.
 * Electron's security checklist advises against file://: every local file
 * shares its origin, fetch() cannot read it, and CSP 'self' means little.
 * A standard, secure scheme gives the app a real origin of its own, which
 * IndexedDB, module workers and the CSP rely on.
 */
import type { CustomScheme } from 'electron';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE_HOST, BUNDLE_SCHEME } from './app-location';
import { withContentSecurityPolicy } from './security-headers';

/** Must be registered before the app is ready. */
export const BUNDLE_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: BUNDLE_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/**
 * The file a request maps to, or null when it is not ours or would leave the
 * renderer directory (../ tricks, encoded separators, absolute paths).
 */
export function bundleFileFor(directory: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${BUNDLE_SCHEME}:` || url.host !== BUNDLE_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const root = resolve(directory);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

export interface BundleHandlerOptions {
  directory: string;
  /** Electron's net.fetch: reads file:// URLs, also inside app.asar. */
  fetchFile: (fileUrl: string) => Promise<Response>;
  contentSecurityPolicy: string;
}

export function createBundleHandler({
  directory,
  fetchFile,
  contentSecurityPolicy,
}: BundleHandlerOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = bundleFileFor(directory, request.url);
    if (!file) return plain(404, 'Not found');
    let response: Response;
    try {
      response = await fetchFile(pathToFileURL(file).href);
    } catch {
      return plain(404, 'Not found');
    }
    if (!response.ok) return plain(404, 'Not found');
    const headers = new Headers(response.headers);
    if (!headers.has('content-type')) headers.set('content-type', contentTypeFor(file));
    headers.set('x-content-type-options', 'nosniff');
    for (const [name, value] of Object.entries(withContentSecurityPolicy({}, contentSecurityPolicy))) {
      headers.set(name, value.join(', '));
    }
    return new Response(request.method === 'HEAD' ? null : response.body, { status: 200, headers });
  };
}

// file:// responses normally carry a type; this covers the ones that do not.
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
