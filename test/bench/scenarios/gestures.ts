/**
 * Frame rates during scripted gestures, counted in the page: every
 * requestAnimationFrame callback during the gesture, over its duration.
 * Input is paced at 60 Hz, as a mouse or trackpad sends it; a busy page
 * makes the moves wait (Chromium acknowledges each), so the count is honest.
 */
import type { Page } from 'playwright-core';
import { canvasBox } from '../browser';
import { sleep } from '../stats';

const FRAME_MS = 1000 / 60;

export interface FrameStats {
  fps: number;
  frames: number;
  ms: number;
  /** Longest gap between two frames, ms. */
  worstFrameMs: number;
}

interface Probe {
  on: boolean;
  frames: number;
  start: number;
  last: number;
  worst: number;
}

/** Starts counting frames under `name` (several counts can overlap). */
async function startFrames(page: Page, name: string): Promise<void> {
  await page.evaluate((key) => {
    const probe: Probe = { on: true, frames: 0, start: performance.now(), last: performance.now(), worst: 0 };
    const tick = (now: number) => {
      if (!probe.on) return;
      probe.frames++;
      probe.worst = Math.max(probe.worst, now - probe.last);
      probe.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    (globalThis as Record<string, unknown>)[`__frames_${key}`] = probe;
  }, name);
}

async function stopFrames(page: Page, name: string): Promise<FrameStats> {
  return page.evaluate((key) => {
    const probe = (globalThis as Record<string, unknown>)[`__frames_${key}`] as Probe | undefined;
    if (!probe) throw new Error(`no frame count ${key}`);
    probe.on = false;
    const ms = performance.now() - probe.start;
    return { fps: (probe.frames * 1000) / ms, frames: probe.frames, ms, worstFrameMs: probe.worst };
  }, name);
}

/** Calls `step(i)` for i = 0..steps-1, one every frame interval on the wall clock. */
async function paced(steps: number, step: (i: number) => Promise<void>): Promise<void> {
  const start = Date.now();
  for (let i = 0; i < steps; i++) {
    await step(i);
    const due = start + (i + 1) * FRAME_MS;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
  }
}

/** A point of the canvas where the pane itself (no node, edge or control) is under the pointer. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const box = await canvasBox(page);
  const point = await page.evaluate((b) => {
    // Nearest the centre first, in rings 12 px apart: the first spot where the pane itself is hit.
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    const inside = (x: number, y: number) =>
      x > b.x + 20 && x < b.x + b.width - 20 && y > b.y + 20 && y < b.y + b.height - 20;
    for (let r = 0; r < Math.max(b.width, b.height) / 2; r += 12) {
      const steps = Math.max(1, Math.round((2 * Math.PI * r) / 12));
      for (let i = 0; i < steps; i++) {
        const x = cx + r * Math.cos((2 * Math.PI * i) / steps);
        const y = cy + r * Math.sin((2 * Math.PI * i) / steps);
        if (inside(x, y) && document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'))
          return { x, y };
      }
    }
    return null;
  }, box);
  if (!point) throw new Error('no empty spot on the canvas to pan from');
  return point;
}

export interface PanZoomStats {
  all: FrameStats;
  pan: FrameStats;
  zoom: FrameStats;
}

/**
 * Pans by dragging the pane (out and back, 2 s), then zooms with the wheel
 * (out 8 notches and in again, 1.6 s). The figure is the whole gesture.
 */
export async function panZoom(page: Page): Promise<PanZoomStats> {
  const start = await emptyPanePoint(page);
  const box = await canvasBox(page);
  await sleep(300);
  await startFrames(page, 'all');
  await startFrames(page, 'pan');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const steps = 120;
  await paced(steps, async (i) => {
    // Out along a diagonal and back: about 700 px each way.
    const t = i < steps / 2 ? i / (steps / 2) : 2 - i / (steps / 2);
    await page.mouse.move(start.x - 600 * t, start.y - 350 * t);
  });
  await page.mouse.up();
  const pan = await stopFrames(page, 'pan');
  await startFrames(page, 'zoom');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  const notches = 16;
  await paced(notches * 6, async (i) => {
    // One wheel notch every 6 frames (100 ms): 8 out, then 8 in.
    if (i % 6 !== 0) return;
    await page.mouse.wheel(0, i / 6 < notches / 2 ? 100 : -100);
  });
  const zoom = await stopFrames(page, 'zoom');
  const all = await stopFrames(page, 'all');
  return { all, pan, zoom };
}

/** The rendered node nearest the canvas centre: its id and the middle of its top part (where a drag starts). */
export async function centralNode(page: Page): Promise<{ id: string; x: number; y: number }> {
  const box = await canvasBox(page);
  const found = await page.evaluate((b) => {
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    let best: { id: string; x: number; y: number; d: number } | null = null;
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const r = node.getBoundingClientRect();
      if (r.left < b.x || r.top < b.y || r.right > b.x + b.width || r.bottom > b.y + b.height) continue;
      const x = r.left + r.width / 2;
      const y = r.top + Math.min(12, r.height / 4);
      const d = (x - cx) ** 2 + (y - cy) ** 2;
      const id = node.dataset['id'];
      if (id && (!best || d < best.d)) best = { id, x, y, d };
    }
    return best;
  }, box);
  if (!found) throw new Error('no node on screen to drag');
  return found;
}

/**
 * Drags a node around a circle (radius 150 px, 2 s) and holds it there at
 * the end; the caller releases it (mouse up).
 */
export async function dragNode(page: Page, node: { x: number; y: number }): Promise<FrameStats> {
  await page.mouse.move(node.x, node.y);
  await page.mouse.down();
  // React Flow starts a drag after the first few pixels.
  await page.mouse.move(node.x + 4, node.y + 4);
  await sleep(100);
  await startFrames(page, 'drag');
  const steps = 120;
  await paced(steps, async (i) => {
    const a = (2 * Math.PI * (i + 1)) / steps;
    await page.mouse.move(node.x + 150 * Math.sin(a) + 4, node.y - 150 * (1 - Math.cos(a)) + 4);
  });
  return stopFrames(page, 'drag');
}
