import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from './support/browser';
import { dragBy, dragFromPalette, drawLink, edgeLabels, node, notice, typeName } from './support/canvas';
import { startAppServer, type AppServer } from './support/server';

let server: AppServer;
let browser: Browser;
let page: Page;
let errors: string[];

const modKey = 'Control';

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser, server.url + '?model=empty'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('drawing a service map with the mouse', () => {
  it('drags kinds from the palette onto the canvas and names them', async () => {
    await dragFromPalette(page, 'Business service offering', { x: 300, y: 150 });
    await typeName(page, 'Payroll Processing EMEA');
    await dragFromPalette(page, 'Service instance', { x: 300, y: 400 });
    await typeName(page, 'Payroll PROD');
    await dragFromPalette(page, 'Business service', { x: 650, y: 150 });
    await typeName(page, 'Claims Management');
    await expect(node(page, 'Business service offering: Payroll Processing EMEA').count()).resolves.toBe(1);
    await expect(node(page, 'Service instance: Payroll PROD').count()).resolves.toBe(1);
    await expect(page.getByLabel('Status bar').textContent()).resolves.toContain('3 elements, 0 links');
  });

  it('connects two elements with the link type CSDM allows', async () => {
    await drawLink(page, node(page, 'Business service offering: Payroll Processing EMEA'), node(page, 'Service instance: Payroll PROD'));
    await expect.poll(() => edgeLabels(page)).toEqual(['Depends on']);
    await expect(page.getByLabel('Status bar').textContent()).resolves.toContain('1 link');
  });

  it('refuses a link CSDM does not allow and says why', async () => {
    await drawLink(page, node(page, 'Business service: Claims Management'), node(page, 'Service instance: Payroll PROD'));
    await expect.poll(() => notice(page).textContent()).toMatch(/business service/i);
    await expect(edgeLabels(page)).resolves.toEqual(['Depends on']);
  });

  it('moves a node as one undoable step, and undoes and redoes it', async () => {
    const target = node(page, 'Business service: Claims Management');
    const before = await target.boundingBox();
    await dragBy(page, target, 120, 60);
    const moved = await target.boundingBox();
    expect(moved!.x - before!.x).toBeGreaterThan(80);
    await page.keyboard.press(`${modKey}+z`);
    await expect.poll(async () => Math.round((await target.boundingBox())!.x)).toBe(Math.round(before!.x));
    await page.keyboard.press(`${modKey}+Shift+z`);
    await expect.poll(async () => Math.round((await target.boundingBox())!.x)).toBe(Math.round(moved!.x));
  });

  it('renames in place with F2', async () => {
    await node(page, 'Business service: Claims Management').click();
    await page.keyboard.press('F2');
    await typeName(page, 'Claims Handling');
    await expect(node(page, 'Business service: Claims Handling').count()).resolves.toBe(1);
    await page.keyboard.press(`${modKey}+z`);
    await expect(node(page, 'Business service: Claims Management').count()).resolves.toBe(1);
  });

  it('copies and pastes with new ids, keeping links inside the selection', async () => {
    await node(page, 'Business service offering: Payroll Processing EMEA').click();
    await node(page, 'Service instance: Payroll PROD').click({ modifiers: ['Shift'] });
    await page.keyboard.press(`${modKey}+c`);
    await page.keyboard.press(`${modKey}+v`);
    await expect.poll(() => node(page, 'Service instance: Payroll PROD').count()).toBe(2);
    await expect.poll(() => edgeLabels(page)).toEqual(['Depends on', 'Depends on']);
    await expect(page.getByLabel('Status bar').textContent()).resolves.toContain('5 elements, 2 links');
  });

  it('deletes the selection from the model with its links', async () => {
    // The pasted copies are selected after a paste.
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByLabel('Status bar').textContent()).toContain('3 elements, 1 link');
    await screenshot(page, 'canvas-after-edits');
    expect(errors).toEqual([]);
  });
});
