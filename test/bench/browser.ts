/**
 * Chromium for the benchmark: Debian's Chromium through playwright-core with
 * the end-to-end tests' flags, plus a collectable heap (`gc()` between
 * repetitions) and precise memory figures. One context per scenario, so each
 * starts with an empty IndexedDB.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { MARK } from '../../renderer/src/bench/benchHooks';
import './pages/api';

export const VIEWPORT = { width: 1440, height: 900 };

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
}

export interface Bench {
  browser: Browser;
  /** The server's root, ending in a slash. */
  url: string;
  quick: boolean;
  log: (line: string) => void;
}

export function newContext(bench: Bench): Promise<BrowserContext> {
  return bench.browser.newContext({ viewport: VIEWPORT });
}

/** Fails the scenario on an error in the page instead of timing a broken app. */
function watch(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are reported below with their address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      errors.push(`http ${response.status()}: ${response.url()}`);
  });
}

export async function openComputePage(bench: Bench, context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  watch(page, errors);
  await page.goto(`${bench.url}bench/compute.html`);
  await page.waitForFunction(() => window.__bench !== undefined);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return page;
}

export interface AppOpen {
  page: Page;
  /** open requested -> canvas interactive, ms. */
  openMs: number;
  /** navigation start -> canvas interactive, ms. */
  fromNavigationMs: number;
  /** open requested -> first canvas commit with nodes, ms. */
  firstCommitMs: number;
  /** open requested -> model read from the library (rows read, assembled and checked), ms. */
  loadMs: number;
}

/** Opens the app on a stored model (`?model=<id>&bench`) and waits for the canvas to be interactive. */
export async function openApp(bench: Bench, context: BrowserContext, modelId: string): Promise<AppOpen> {
  const page = await context.newPage();
  const errors: string[] = [];
  watch(page, errors);
  await page.goto(`${bench.url}?model=${encodeURIComponent(modelId)}&bench`);
  await page.waitForFunction(
    (name) => performance.getEntriesByName(name).length > 0,
    MARK.canvasInteractive,
    { timeout: 120_000, polling: 50 },
  );
  if (errors.length > 0) throw new Error(errors.join('\n'));
  const marks = await page.evaluate((mark) => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    return {
      requested: at(mark.openRequested),
      loaded: at(mark.modelLoaded),
      ready: at(mark.canvasReady),
      interactive: at(mark.canvasInteractive),
    };
  }, MARK);
  return {
    page,
    openMs: marks.interactive - marks.requested,
    fromNavigationMs: marks.interactive,
    firstCommitMs: marks.ready - marks.requested,
    loadMs: marks.loaded - marks.requested,
  };
}

/** The bare React Flow page on the same stored model, its canvas the size of the app's. */
export async function openBaseline(
  bench: Bench,
  context: BrowserContext,
  modelId: string,
  canvas: CanvasView,
): Promise<{ page: Page; openMs: number; fromNavigationMs: number; readMs: number }> {
  const page = await context.newPage();
  const errors: string[] = [];
  watch(page, errors);
  const query = new URLSearchParams({
    model: modelId,
    w: String(Math.round(canvas.width)),
    h: String(Math.round(canvas.height)),
    vx: String(canvas.x),
    vy: String(canvas.y),
    vz: String(canvas.zoom),
  });
  await page.goto(`${bench.url}bench/baseline.html?${query.toString()}`);
  await page.waitForFunction(() => window.__baseline?.opened() != null, undefined, {
    timeout: 120_000,
    polling: 50,
  });
  if (errors.length > 0) throw new Error(errors.join('\n'));
  const opened = await page.evaluate(() => window.__baseline?.opened());
  if (!opened) throw new Error('the baseline did not open');
  return { page, ...opened };
}

export interface CanvasView {
  width: number;
  height: number;
  /** The viewport: translation and zoom. */
  x: number;
  y: number;
  zoom: number;
}

/** The size of the canvas and where its viewport is (what the baseline page is asked to show). */
export async function canvasView(page: Page): Promise<CanvasView> {
  const box = await canvasBox(page);
  const transform = await page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return null;
    const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
  return {
    width: box.width,
    height: box.height,
    x: transform?.x ?? 0,
    y: transform?.y ?? 0,
    zoom: transform?.zoom ?? 1,
  };
}

/** The React Flow canvas's box in the page. */
export async function canvasBox(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('.react-flow').first().boundingBox();
  if (!box) throw new Error('no canvas on the page');
  return box;
}
