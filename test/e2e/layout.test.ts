/**
 * Arranging a view with the mouse and keyboard: auto-layout by CSDM layer in
 * the worker (from the toolbar and by shortcut), undo, align and distribute,
 * and a layout worker that cannot load.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot } from './support/browser';
import { dragFromPalette, drawLink, edgeLabels, node, notice, typeName } from './support/canvas';
import { useApp } from './support/useApp';

const app = useApp('?model=empty');

const modKey = 'Control';
const SERVER = 'Server: mail01';
const INSTANCE = 'Service instance: Email PROD';
const SERVICE = 'Business service: Email';
const OFFERING = 'Business service offering: Email Standard';
const NAMES = [SERVER, INSTANCE, SERVICE, OFFERING];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node's position in flow coordinates (React Flow writes it into the node's transform). */
async function flowPosition(target: Page, name: string): Promise<{ x: number; y: number }> {
  const transform = await node(target, name).evaluate((element) => (element as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`no position in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

async function flowPositions(
  target: Page,
  names: string[],
): Promise<Record<string, { x: number; y: number }>> {
  const entries = await Promise.all(
    names.map(async (name) => [name, await flowPosition(target, name)] as const),
  );
  return Object.fromEntries(entries);
}

async function boxOf(target: Page, name: string): Promise<Box> {
  const box = await node(target, name).boundingBox();
  if (!box) throw new Error(`${name} is not visible`);
  return box;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const toolbar = (target: Page) => target.getByRole('toolbar', { name: 'Main toolbar' });

/** Positions stop changing once the fit-view animation has ended. */
async function settled(target: Page, names: string[]): Promise<Box[]> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const boxes = await Promise.all(names.map((name) => boxOf(target, name)));
    const now = JSON.stringify(boxes.map((b) => [Math.round(b.x), Math.round(b.y)]));
    if (now === last) return boxes;
    last = now;
    await target.waitForTimeout(100);
  }
  throw new Error('nodes kept moving');
}

let messy: Record<string, { x: number; y: number }>;
let laidOut: Record<string, { x: number; y: number }>;

const pane = (target: Page) => target.locator('.react-flow__pane');

/** Fits the view (Ctrl+1) so every node is mounted, and waits for the animation to end. */
async function fitAll(target: Page, names: string[]): Promise<void> {
  await pane(target).click({ position: { x: 40, y: 40 } });
  await target.keyboard.press(`${modKey}+1`);
  await expect.poll(() => node(target, names[0]!).count()).toBe(1);
  await settled(target, names);
}

function expectNoOverlaps(boxes: Box[]): void {
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1))
      expect(overlaps(a, b), `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false);
  }
}

describe('auto-layout by CSDM layer', () => {
  it('builds a messy map: the server on top, the business service at the bottom', async () => {
    await dragFromPalette(app.page, 'Server', { x: 260, y: 90 });
    await typeName(app.page, 'mail01');
    await dragFromPalette(app.page, 'Service instance', { x: 620, y: 300 });
    await typeName(app.page, 'Email PROD');
    await dragFromPalette(app.page, 'Business service', { x: 200, y: 520 });
    await typeName(app.page, 'Email');
    await dragFromPalette(app.page, 'Business service offering', { x: 760, y: 110 });
    await typeName(app.page, 'Email Standard');

    await drawLink(app.page, node(app.page, SERVICE), node(app.page, OFFERING));
    await drawLink(app.page, node(app.page, OFFERING), node(app.page, INSTANCE));
    await drawLink(app.page, node(app.page, INSTANCE), node(app.page, SERVER));
    await expect.poll(() => edgeLabels(app.page).then((labels) => labels.length)).toBe(3);
    expect((await boxOf(app.page, SERVER)).y).toBeLessThan((await boxOf(app.page, SERVICE)).y);
  });

  it('lays the view out from the toolbar: services above instances above servers, nothing overlapping', async () => {
    messy = await flowPositions(app.page, NAMES);
    await toolbar(app.page).getByRole('button', { name: 'Auto-layout view' }).click();
    await expect.poll(() => notice(app.page).textContent()).toMatch(/Laid out 4 elements/);

    const [server, instance, service, offering] = await settled(app.page, NAMES);
    expect(service!.y + service!.height).toBeLessThanOrEqual(offering!.y);
    expect(offering!.y + offering!.height).toBeLessThanOrEqual(instance!.y);
    expect(instance!.y + instance!.height).toBeLessThanOrEqual(server!.y);
    expectNoOverlaps([server!, instance!, service!, offering!]);
    laidOut = await flowPositions(app.page, NAMES);
    expect(laidOut).not.toEqual(messy);
    await app.page.getByRole('button', { name: 'Dismiss message' }).click();
    await screenshot(app.page, 'layout');
  });

  it('undoes the whole layout in one step, and redoes it', async () => {
    await pane(app.page).click({ position: { x: 40, y: 40 } });
    await app.page.keyboard.press(`${modKey}+z`);
    await fitAll(app.page, NAMES);
    await expect.poll(() => flowPositions(app.page, NAMES)).toEqual(messy);
    await app.page.keyboard.press(`${modKey}+Shift+z`);
    await fitAll(app.page, NAMES);
    await expect.poll(() => flowPositions(app.page, NAMES)).toEqual(laidOut);
    await app.page.keyboard.press(`${modKey}+z`);
    await fitAll(app.page, NAMES);
    await expect.poll(() => flowPositions(app.page, NAMES)).toEqual(messy);
  });
});

describe('align and distribute', () => {
  it('aligns the left edges of two selected nodes from the Arrange menu, as one undo step', async () => {
    await pane(app.page).click({ position: { x: 40, y: 40 } });
    await node(app.page, SERVICE).click();
    await node(app.page, SERVER).click({ modifiers: ['Shift'] });
    const before = await flowPositions(app.page, [SERVICE, SERVER]);
    expect(before[SERVICE]!.x).not.toBe(before[SERVER]!.x);

    await toolbar(app.page).getByRole('button', { name: 'Arrange selection' }).click();
    const menu = app.page.getByRole('menu', { name: 'Arrange selection' });
    await expect(
      menu.getByRole('menuitem', { name: 'Distribute horizontally' }).getAttribute('aria-disabled'),
    ).resolves.toBe('true');
    await menu.getByRole('menuitem', { name: 'Align left edges' }).click();
    await expect(menu.count()).resolves.toBe(0);

    const aligned = await flowPositions(app.page, [SERVICE, SERVER]);
    expect(aligned[SERVICE]!.x).toBe(aligned[SERVER]!.x);
    expect(aligned[SERVICE]!.x).toBe(Math.min(before[SERVICE]!.x, before[SERVER]!.x));
    expect(aligned[SERVICE]!.y).toBe(before[SERVICE]!.y);

    await app.page.keyboard.press(`${modKey}+z`);
    await expect.poll(() => flowPositions(app.page, [SERVICE, SERVER])).toEqual(before);
    await app.page.keyboard.press(`${modKey}+Shift+z`);
    await expect.poll(() => flowPositions(app.page, [SERVICE, SERVER])).toEqual(aligned);
  });

  it('aligns tops by shortcut and distributes three nodes with equal gaps', async () => {
    const three = [SERVICE, INSTANCE, OFFERING];
    await pane(app.page).click({ position: { x: 40, y: 40 } });
    await node(app.page, SERVICE).click();
    await node(app.page, INSTANCE).click({ modifiers: ['Shift'] });
    await node(app.page, OFFERING).click({ modifiers: ['Shift'] });
    await app.page.keyboard.press('Alt+Shift+T');
    await expect
      .poll(async () => new Set(Object.values(await flowPositions(app.page, three)).map((p) => p.y)).size)
      .toBe(1);

    await app.page.keyboard.press('Alt+Shift+H');
    const width = await node(app.page, SERVICE).evaluate((element) => (element as HTMLElement).offsetWidth);
    await expect
      .poll(async () => {
        const [a, b, c] = Object.values(await flowPositions(app.page, three)).sort((p, q) => p.x - q.x);
        return Math.round(b!.x - (a!.x + width) - (c!.x - (b!.x + width)));
      })
      .toBe(0);
  });
});

describe('auto-layout of a bigger map', () => {
  const BIG = {
    mail01: 'Server: mail01',
    mail02: 'Server: mail02',
    db: 'Database: maildb',
    prod: 'Service instance: Email PROD',
    dr: 'Service instance: Email DR',
    service: 'Business service: Email',
    standard: 'Business service offering: Email Standard',
    gold: 'Business service offering: Email Gold',
  };

  it('keeps every CSDM layer in its own band, with no overlaps, from the keyboard (Ctrl+Shift+L)', async () => {
    const { page: big, errors: bigErrors } = await openApp(app.browser, app.server.url + '?model=empty');
    // Drawn upside down: infrastructure on top, the business service at the bottom.
    const drops: [string, string, { x: number; y: number }][] = [
      ['Server', 'mail01', { x: 150, y: 60 }],
      ['Server', 'mail02', { x: 450, y: 60 }],
      ['Database', 'maildb', { x: 720, y: 200 }],
      ['Service instance', 'Email PROD', { x: 150, y: 330 }],
      ['Service instance', 'Email DR', { x: 450, y: 330 }],
      ['Business service', 'Email', { x: 720, y: 460 }],
      ['Business service offering', 'Email Standard', { x: 150, y: 600 }],
      ['Business service offering', 'Email Gold', { x: 450, y: 600 }],
    ];
    for (const [kind, name, at] of drops) {
      await dragFromPalette(big, kind, at);
      await typeName(big, name);
    }
    const links: [string, string][] = [
      [BIG.service, BIG.standard],
      [BIG.service, BIG.gold],
      [BIG.standard, BIG.prod],
      [BIG.gold, BIG.prod],
      [BIG.gold, BIG.dr],
      [BIG.prod, BIG.mail01],
      [BIG.prod, BIG.db],
      [BIG.dr, BIG.mail02],
      [BIG.dr, BIG.db],
    ];
    for (const [from, to] of links) await drawLink(big, node(big, from), node(big, to));
    await expect.poll(() => edgeLabels(big).then((labels) => labels.length)).toBe(links.length);

    await pane(big).click({ position: { x: 20, y: 20 } });
    await big.keyboard.press(`${modKey}+Shift+L`);
    await expect.poll(() => notice(big).textContent()).toMatch(/Laid out 8 elements/);
    const all = Object.values(BIG);
    const boxes = Object.fromEntries((await settled(big, all)).map((box, i) => [all[i]!, box]));
    expectNoOverlaps(Object.values(boxes));
    const bottom = (name: string) => boxes[name]!.y + boxes[name]!.height;
    const top = (name: string) => boxes[name]!.y;
    const bands = [
      [BIG.service],
      [BIG.standard, BIG.gold],
      [BIG.prod, BIG.dr],
      [BIG.db],
      [BIG.mail01, BIG.mail02],
    ];
    for (const [i, upper] of bands.entries()) {
      for (const lower of bands.slice(i + 1).flat()) {
        for (const name of upper)
          expect(bottom(name), `${name} above ${lower}`).toBeLessThanOrEqual(top(lower));
      }
    }
    await big.getByRole('button', { name: 'Dismiss message' }).click();
    await screenshot(big, 'layout-fanout');
    expect(bigErrors).toEqual([]);
    await big.context().close();
  });

  it('keeps the menu usable from the keyboard', async () => {
    const button = toolbar(app.page).getByRole('button', { name: 'Arrange selection' });
    await button.focus();
    await app.page.keyboard.press('ArrowDown');
    const menu = app.page.getByRole('menu', { name: 'Arrange selection' });
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Auto-layout selection');
    await app.page.keyboard.press('ArrowDown');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Align left edges');
    await app.page.keyboard.press('Escape');
    await expect(menu.count()).resolves.toBe(0);
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Arrange selection');
  });

  it('saw no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});

describe('a layout worker that cannot load', () => {
  it('says so and moves nothing', async () => {
    const { page: broken } = await openApp(app.browser, app.server.url + '?model=empty');
    await broken.route(/layout\.worker/, (route) => route.abort());
    await dragFromPalette(broken, 'Server', { x: 260, y: 90 });
    await typeName(broken, 'db01');
    await dragFromPalette(broken, 'Business service', { x: 300, y: 420 });
    await typeName(broken, 'Payroll');
    const names = ['Server: db01', 'Business service: Payroll'];
    const before = await flowPositions(broken, names);
    await toolbar(broken).getByRole('button', { name: 'Auto-layout view' }).click();
    await expect.poll(() => notice(broken).textContent()).toMatch(/Auto-layout failed.*Nothing was moved/);
    expect(await flowPositions(broken, names)).toEqual(before);
    await expect(toolbar(broken).getByRole('button', { name: 'Auto-layout view' }).isEnabled()).resolves.toBe(
      true,
    );
    await broken.context().close();
  });
});
