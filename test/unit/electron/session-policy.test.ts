import { describe, expect, it } from 'vitest';
import { applySessionPolicy, type PolicySession } from '../../../electron/main/session-policy';
import { withContentSecurityPolicy } from '../../../electron/main/security-headers';
import { contentSecurityPolicy } from '../../../shared/security/csp';

function fakeSession() {
  const captured: {
    request?: Parameters<PolicySession['setPermissionRequestHandler']>[0];
    check?: Parameters<PolicySession['setPermissionCheckHandler']>[0];
    device?: Parameters<PolicySession['setDevicePermissionHandler']>[0];
    headers?: Parameters<PolicySession['webRequest']['onHeadersReceived']>[0];
  } = {};
  const session: PolicySession = {
    setPermissionRequestHandler: (handler) => (captured.request = handler),
    setPermissionCheckHandler: (handler) => (captured.check = handler),
    setDevicePermissionHandler: (handler) => (captured.device = handler),
    webRequest: { onHeadersReceived: (listener) => (captured.headers = listener) },
  };
  return { session, captured };
}

const policy = contentSecurityPolicy('production');

describe('session policy', () => {
  it('denies every permission request', () => {
    const { session, captured } = fakeSession();
    applySessionPolicy(session, policy);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'hid',
      'fullscreen',
    ]) {
      let answer: boolean | undefined;
      captured.request?.({}, permission, (granted) => (answer = granted));
      expect(answer, permission).toBe(false);
    }
  });

  it('answers every permission check with no, and every device request too', () => {
    const { session, captured } = fakeSession();
    applySessionPolicy(session, policy);
    expect(captured.check?.({}, 'clipboard-sanitized-write', 'app://mapwright')).toBe(false);
    expect(captured.check?.(null, 'media', 'https://evil.example')).toBe(false);
    expect(captured.device?.()).toBe(false);
  });

  it('adds the Content-Security-Policy header to responses, replacing one sent by the server', () => {
    const { session, captured } = fakeSession();
    applySessionPolicy(session, policy);
    let result: { responseHeaders?: Record<string, string | string[]> } | undefined;
    captured.headers?.(
      { responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ['default-src *'] } },
      (response) => (result = response),
    );
    expect(result?.responseHeaders).toEqual({
      'content-type': ['text/html'],
      'Content-Security-Policy': [policy],
    });

    captured.headers?.({}, (response) => (result = response));
    expect(result?.responseHeaders).toEqual({ 'Content-Security-Policy': [policy] });
  });
});

describe('CSP header helper', () => {
  it('drops any spelling of the header and keeps the others', () => {
    expect(
      withContentSecurityPolicy(
        { 'Content-Security-Policy': 'a', 'CONTENT-SECURITY-POLICY': ['b'], etag: 'x' },
        'strict',
      ),
    ).toEqual({ etag: ['x'], 'Content-Security-Policy': ['strict'] });
  });

  it('sends the production policy without inline scripts', () => {
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
