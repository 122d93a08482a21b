import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE, mainWindowOptions } from '../../../electron/main/window-options';

const inputs = {
  preload: '/app/out/preload/index.cjs',
  placement: { bounds: { x: 10, y: 20, width: 1200, height: 700 }, maximized: false },
  dark: false,
  development: false,
};

describe('main window options', () => {
  it('turns on every renderer isolation setting from the security checklist', () => {
    const web = mainWindowOptions(inputs).webPreferences;
    expect(web).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
    expect(web).not.toHaveProperty('enableBlinkFeatures');
    expect(web).not.toHaveProperty('partition');
  });

  it('allows developer tools only while developing', () => {
    expect(mainWindowOptions(inputs).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ ...inputs, development: true }).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until ready-to-show and paints the theme background meanwhile', () => {
    expect(mainWindowOptions(inputs)).toMatchObject({ show: false, backgroundColor: '#f6f7f9' });
    expect(mainWindowOptions({ ...inputs, dark: true }).backgroundColor).toBe('#14171c');
  });

  it('opens at the remembered place, or centred when there is no position', () => {
    expect(mainWindowOptions(inputs)).toMatchObject({ x: 10, y: 20, width: 1200, height: 700 });
    const centred = mainWindowOptions({
      ...inputs,
      placement: { bounds: { width: 1280, height: 800 }, maximized: false },
    });
    expect(centred).not.toHaveProperty('x');
    expect(centred).not.toHaveProperty('y');
    expect(centred).toMatchObject({ minWidth: MIN_WINDOW_SIZE.width, minHeight: MIN_WINDOW_SIZE.height });
  });
});
