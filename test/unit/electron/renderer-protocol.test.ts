import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  BUNDLE_SCHEME_PRIVILEGES,
  bundleFileFor,
  createBundleHandler,
} from '../../../electron/main/renderer-protocol';

const directory = resolve('/opt/Mapwright/resources/app.asar/out/renderer');

describe('bundle file lookup', () => {
  it('maps app://mapwright/ paths into the renderer directory', () => {
    expect(bundleFileFor(directory, 'app://mapwright/')).toBe(join(directory, 'index.html'));
    expect(bundleFileFor(directory, 'app://mapwright/index.html')).toBe(join(directory, 'index.html'));
    expect(bundleFileFor(directory, 'app://mapwright/assets/index-abc.js?v=1#x')).toBe(
      join(directory, 'assets', 'index-abc.js'),
    );
    expect(bundleFileFor(directory, 'app://mapwright/icons/business%20service.svg')).toBe(
      join(directory, 'icons', 'business service.svg'),
    );
  });

  it('resolves URL dot segments before the lookup, so they stay inside', () => {
    expect(bundleFileFor(directory, 'app://mapwright/../../../../etc/passwd')).toBe(
      join(directory, 'etc', 'passwd'),
    );
    expect(bundleFileFor(directory, 'app://mapwright/%2e%2e/%2e%2e/secret.txt')).toBe(
      join(directory, 'secret.txt'),
    );
  });

  it.each([
    'app://mapwright/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret',
    'app://mapwright/..%5c..%5csecret',
    'app://mapwright/%00index.html',
    'app://mapwright/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://mapwright/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(bundleFileFor(directory, url)).toBeNull();
  });
});

describe('bundle protocol handler', () => {
  const policy = "default-src 'self'";

  function handler(
    fetchFile = vi.fn((_url: string) =>
      Promise.resolve(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })),
    ),
  ) {
    return {
      handle: createBundleHandler({ directory, fetchFile, contentSecurityPolicy: policy }),
      fetchFile,
    };
  }

  it('serves files from the directory with the CSP header and nosniff', async () => {
    const { handle, fetchFile } = handler();
    const response = await handle(new Request('app://mapwright/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html>');
    expect(response.headers.get('content-security-policy')).toBe(policy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(fetchFile).toHaveBeenCalledWith(pathToFileURL(join(directory, 'index.html')).href);
  });

  it('supplies a content type when the file response has none', async () => {
    const { handle } = handler(
      vi.fn(() => Promise.resolve(new Response(new TextEncoder().encode('export {}')))),
    );
    const response = await handle(new Request('app://mapwright/assets/worker.mjs'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 without touching the disk for paths outside the bundle', async () => {
    const { handle, fetchFile } = handler();
    const response = await handle(
      new Request('app://mapwright/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd'),
    );
    expect(response.status).toBe(404);
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it('answers 404 for missing files', async () => {
    const { handle } = handler(vi.fn(() => Promise.reject(new Error('ERR_FILE_NOT_FOUND'))));
    expect((await handle(new Request('app://mapwright/missing.js'))).status).toBe(404);
    const notOk = handler(vi.fn(() => Promise.resolve(new Response('', { status: 404 }))));
    expect((await notOk.handle(new Request('app://mapwright/missing.js'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const { handle, fetchFile } = handler();
    expect(
      (await handle(new Request('app://mapwright/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
    expect(fetchFile).not.toHaveBeenCalled();
    const head = await handle(new Request('app://mapwright/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('bundle scheme privileges', () => {
  it('is a standard, secure scheme that does not bypass the CSP', () => {
    expect(BUNDLE_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(BUNDLE_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
    });
    expect(BUNDLE_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
    expect(BUNDLE_SCHEME_PRIVILEGES.privileges?.corsEnabled).toBeFalsy();
  });
});
