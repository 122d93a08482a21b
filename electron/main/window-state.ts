/**
 * The window's remembered size, position and maximized flag: parsing the
 * saved file and deciding where the window opens. Pure, so it is tested
 * without Electron.
 */
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  /** The normal (not maximized) bounds, so un-maximizing returns somewhere sensible. */
  bounds: Rect;
  maximized: boolean;
}

export interface InitialWindowPlacement {
  /** Without x/y the window opens centred. */
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

export interface DisplayArea {
  workArea: Rect;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 };

/** How much of the window must show on a display for the saved position to be reused. */
export const MIN_VISIBLE = { width: 120, height: 48 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

const savedStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});

/** Null for anything that is not a well-formed state: a corrupt file just means default placement. */
export function parseWindowState(text: string): SavedWindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const result = savedStateSchema.safeParse(data);
  return result.success ? { bounds: result.data.bounds, maximized: result.data.maximized } : null;
}

export function serializeWindowState(state: SavedWindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

/**
 * Reuses the saved bounds when enough of them still lies on a connected
 * display; otherwise (monitor unplugged, resolution changed) keeps the size,
 * shrunk to fit the first display, and lets the window open centred.
 */
export function placementFor(
  saved: SavedWindowState | null,
  displays: readonly DisplayArea[],
): InitialWindowPlacement {
  if (!saved) return { bounds: { ...DEFAULT_WINDOW_SIZE }, maximized: false };
  if (displays.some((display) => showsEnough(saved.bounds, display.workArea))) {
    return { bounds: { ...saved.bounds }, maximized: saved.maximized };
  }
  const fit = displays[0]?.workArea;
  return {
    bounds: {
      width: fit ? Math.min(saved.bounds.width, fit.width) : saved.bounds.width,
      height: fit ? Math.min(saved.bounds.height, fit.height) : saved.bounds.height,
    },
    maximized: saved.maximized,
  };
}

function showsEnough(window: Rect, area: Rect): boolean {
  const width = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  const height = Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
  return (
    width >= Math.min(MIN_VISIBLE.width, window.width) &&
    height >= Math.min(MIN_VISIBLE.height, window.height)
  );
}
