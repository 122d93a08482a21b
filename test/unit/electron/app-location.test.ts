import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appOrigin,
  entryUrl,
  isAppUrl,
  originOf,
  resolveAppLocations,
} from '../../../electron/main/app-location';

const projectMain = join('/home/dev/mapwright', 'out', 'main');
const packagedMain = join('/opt/Mapwright/resources/app.asar', 'out', 'main');

describe('app locations', () => {
  it('in `electron-vite dev` loads the dev server and the freshly built preload', () => {
    const locations = resolveAppLocations({
      mainDirectory: projectMain,
      isPackaged: false,
      devServerUrl: 'http://localhost:5173/',
    });
    expect(locations).toEqual({
      preload: join('/home/dev/mapwright', 'out', 'preload', 'index.cjs'),
      renderer: { kind: 'dev-server', url: 'http://localhost:5173/' },
      development: true,
    });
    expect(entryUrl(locations.renderer)).toBe('http://localhost:5173/');
    expect(appOrigin(locations.renderer)).toBe('http://localhost:5173');
  });

  it('in the packaged app uses the files inside app.asar, served as app://mapwright/', () => {
    const locations = resolveAppLocations({
      mainDirectory: packagedMain,
      isPackaged: true,
      devServerUrl: undefined,
    });
    expect(locations).toEqual({
      preload: join('/opt/Mapwright/resources/app.asar', 'out', 'preload', 'index.cjs'),
      renderer: { kind: 'bundle', directory: join('/opt/Mapwright/resources/app.asar', 'out', 'renderer') },
      development: false,
    });
    expect(entryUrl(locations.renderer)).toBe('app://mapwright/index.html');
    expect(appOrigin(locations.renderer)).toBe('app://mapwright');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, so the environment cannot load remote content', () => {
    const locations = resolveAppLocations({
      mainDirectory: packagedMain,
      isPackaged: true,
      devServerUrl: 'https://evil.example/',
    });
    expect(locations.renderer.kind).toBe('bundle');
    expect(locations.development).toBe(false);
  });

  it('uses the built files when unpackaged without a dev server (electron-vite preview)', () => {
    const locations = resolveAppLocations({
      mainDirectory: projectMain,
      isPackaged: false,
      devServerUrl: '',
    });
    expect(locations.renderer).toEqual({
      kind: 'bundle',
      directory: join('/home/dev/mapwright', 'out', 'renderer'),
    });
  });

  it('refuses a dev server that is not on this machine', () => {
    for (const url of [
      'https://evil.example:5173/',
      'file:///tmp/index.html',
      'http://192.168.1.9:5173/',
      'nonsense',
    ]) {
      expect(() =>
        resolveAppLocations({ mainDirectory: projectMain, isPackaged: false, devServerUrl: url }),
      ).toThrow(/ELECTRON_RENDERER_URL/);
    }
    for (const url of ['http://127.0.0.1:5174', 'http://[::1]:5173/']) {
      expect(
        resolveAppLocations({ mainDirectory: projectMain, isPackaged: false, devServerUrl: url }).renderer
          .kind,
      ).toBe('dev-server');
    }
  });
});

describe('app URLs', () => {
  it('match on scheme, host and port only', () => {
    expect(isAppUrl('app://mapwright/index.html#/m/1', 'app://mapwright')).toBe(true);
    expect(isAppUrl('app://mapwright.evil/index.html', 'app://mapwright')).toBe(false);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('https://localhost:5173/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('file:///app/index.html', 'app://mapwright')).toBe(false);
    expect(isAppUrl('about:blank', 'app://mapwright')).toBe(false);
    expect(isAppUrl('', '')).toBe(false);
  });

  it('have no origin when they have no host', () => {
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('data:text/html,hi')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
  });
});
