import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  parseWindowState,
  placementFor,
  serializeWindowState,
  type Rect,
  type SavedWindowState,
} from '../../../electron/main/window-state';
import { WINDOW_STATE_FILE, windowStateFile } from '../../../electron/main/window-state-file';
import { trackWindowState, type TrackedWindow } from '../../../electron/main/window-state-tracker';

const laptop = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
const monitorOnTheRight = { workArea: { x: 1920, y: 0, width: 2560, height: 1440 } };
const saved: SavedWindowState = { bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: false };

describe('window state parsing', () => {
  it('reads what it wrote', () => {
    expect(parseWindowState(serializeWindowState(saved))).toEqual(saved);
    expect(parseWindowState(serializeWindowState({ ...saved, maximized: true }))?.maximized).toBe(true);
  });

  it.each([
    ['empty text', ''],
    ['broken JSON', '{"bounds": {"x": 1,'],
    ['not an object', '[1,2,3]'],
    ['null', 'null'],
    ['missing bounds', '{"maximized": false}'],
    ['strings for numbers', '{"bounds":{"x":"1","y":0,"width":800,"height":600},"maximized":false}'],
    ['a zero width', '{"bounds":{"x":0,"y":0,"width":0,"height":600},"maximized":false}'],
    ['absurd sizes', '{"bounds":{"x":0,"y":0,"width":1e9,"height":600},"maximized":false}'],
    ['fractions', '{"bounds":{"x":0.5,"y":0,"width":800,"height":600},"maximized":false}'],
    ['a missing flag', '{"bounds":{"x":0,"y":0,"width":800,"height":600}}'],
  ])('ignores %s', (_case, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('window placement', () => {
  it('uses the default size, centred, when nothing was saved', () => {
    expect(placementFor(null, [laptop])).toEqual({ bounds: DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('restores bounds that are on a connected display, including a second one', () => {
    expect(placementFor(saved, [laptop])).toEqual(saved);
    const onSecond = { bounds: { x: 2200, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(placementFor(onSecond, [laptop, monitorOnTheRight])).toEqual(onSecond);
  });

  it('restores a window that hangs partly off the screen but still shows enough of itself', () => {
    const partly = { bounds: { x: 1700, y: 500, width: 1000, height: 800 }, maximized: false };
    expect(placementFor(partly, [laptop])).toEqual(partly);
  });

  it('does not restore a position that no display shows any more (monitor unplugged)', () => {
    const onGoneMonitor = { bounds: { x: 2200, y: 100, width: 2400, height: 1300 }, maximized: false };
    expect(placementFor(onGoneMonitor, [laptop])).toEqual({
      bounds: { width: 1920, height: 1080 },
      maximized: false,
    });
  });

  it('does not restore a window that shows only a sliver', () => {
    const sliver = { bounds: { x: 1900, y: 1060, width: 1000, height: 800 }, maximized: false };
    const placement = placementFor(sliver, [laptop]);
    expect(placement.bounds).not.toHaveProperty('x');
    expect(placement.bounds).toEqual({ width: 1000, height: 800 });
  });

  it('does not restore a window above or left of every display', () => {
    const above = { bounds: { x: 100, y: -2000, width: 800, height: 600 }, maximized: false };
    expect(placementFor(above, [laptop]).bounds).toEqual({ width: 800, height: 600 });
  });
});

describe('window state file', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'mapwright-state-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('round-trips through the user data folder', async () => {
    const file = windowStateFile(folder);
    expect(file.load()).toBeNull();
    await file.save(saved);
    expect(file.load()).toEqual(saved);
    file.saveNow({ ...saved, maximized: true });
    expect(file.load()).toEqual({ ...saved, maximized: true });
    expect(JSON.parse(await readFile(join(folder, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      ...saved,
      maximized: true,
    });
  });

  it('ignores a corrupt file', async () => {
    await writeFile(join(folder, WINDOW_STATE_FILE), '\u0000\u0001garbage{');
    expect(windowStateFile(folder).load()).toBeNull();
  });

  it('creates the user data folder when it is missing', async () => {
    const nested = join(folder, 'not', 'yet');
    await windowStateFile(nested).save(saved);
    expect(windowStateFile(nested).load()).toEqual(saved);
  });
});

describe('window state tracking', () => {
  function fakeWindow(bounds: Rect, maximized = false) {
    const listeners = new Map<string, () => void>();
    const window: TrackedWindow & { bounds: Rect; maximized: boolean } = {
      bounds,
      maximized,
      on(event, listener) {
        listeners.set(event, listener);
      },
      getNormalBounds() {
        return window.bounds;
      },
      isMaximized() {
        return window.maximized;
      },
    };
    const emit = (event: string) => listeners.get(event)?.();
    return { window, emit };
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, shortly after the user stops moving or resizing', () => {
    vi.useFakeTimers();
    const { window, emit } = fakeWindow({ x: 0, y: 0, width: 900, height: 700 });
    const file = { save: vi.fn(() => Promise.resolve()), saveNow: vi.fn() };
    trackWindowState(window, file, { debounceMs: 500 });
    emit('move');
    vi.advanceTimersByTime(300);
    window.bounds = { x: 40, y: 30, width: 1000, height: 750 };
    emit('resize');
    vi.advanceTimersByTime(499);
    expect(file.save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(file.save).toHaveBeenCalledOnce();
    expect(file.save).toHaveBeenCalledWith({
      bounds: { x: 40, y: 30, width: 1000, height: 750 },
      maximized: false,
    });
  });

  it('saves synchronously on close, with the normal bounds and the maximized flag', () => {
    vi.useFakeTimers();
    const { window, emit } = fakeWindow({ x: 10, y: 10, width: 1200, height: 800 }, true);
    const file = { save: vi.fn(() => Promise.resolve()), saveNow: vi.fn() };
    trackWindowState(window, file);
    emit('maximize');
    emit('close');
    expect(file.saveNow).toHaveBeenCalledWith({
      bounds: { x: 10, y: 10, width: 1200, height: 800 },
      maximized: true,
    });
    vi.runAllTimers();
    expect(file.save).not.toHaveBeenCalled();
  });

  it('reports save failures instead of throwing into the window', async () => {
    vi.useFakeTimers();
    const { window, emit } = fakeWindow({ x: 0, y: 0, width: 900, height: 700 });
    const onError = vi.fn();
    const failure = new Error('disk full');
    trackWindowState(
      window,
      {
        save: () => Promise.reject(failure),
        saveNow: () => {
          throw failure;
        },
      },
      { onError },
    );
    emit('resize');
    await vi.runAllTimersAsync();
    emit('close');
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledWith(failure);
  });
});
