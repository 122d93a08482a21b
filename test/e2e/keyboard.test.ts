import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot } from './support/browser';
import { edgeLabels, node, typeName } from './support/canvas';
import { startAppServer, type AppServer } from './support/server';

let server: AppServer;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser, `${server.url}?model=empty`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function add(query: string, name: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command' }).fill(query);
  await page.keyboard.press('Enter');
  await typeName(page, name);
}

/** With one element selected, L opens "Link to…"; type to filter, Enter links. */
async function linkTo(query: string, expectedOption: string): Promise<void> {
  await page.keyboard.press('l');
  const field = page.getByRole('combobox', { name: 'Link to' });
  await field.fill(query);
  const dialog = page.getByRole('dialog', { name: /^Link .* to…$/ });
  await expect(dialog.getByRole('option').first().getAttribute('aria-label')).resolves.toBe(expectedOption);
  await page.keyboard.press('Enter');
  await expect.poll(() => field.count()).toBe(0);
}

describe('building a Run-stage map with the keyboard only', () => {
  it('adds and links a business service down to its server', async () => {
    await add('business service', 'Payroll Processing');
    await add('bus off', 'Payroll Processing EMEA');
    await linkTo('payroll processing', 'offering of Payroll Processing');
    await add('service inst', 'Payroll PROD');
    await linkTo('emea', 'Used by Payroll Processing EMEA');
    await add('business app', 'Payroll System');
    await linkTo('prod', 'Uses Payroll PROD');
    await add('server', 'pay-db-01');
    await linkTo('payroll prod', 'Used by Payroll PROD');

    await expect(page.getByLabel('Status bar').textContent()).resolves.toContain('5 elements, 4 links');
    await expect.poll(async () => (await edgeLabels(page)).sort()).toEqual(['Depends on', 'Depends on', 'Uses', 'offered as']);
    await expect(node(page, 'Server: pay-db-01').count()).resolves.toBe(1);
  });

  it('says so when CSDM allows nothing more', async () => {
    await page.keyboard.press('Escape');
    await node(page, 'Business service: Payroll Processing').click();
    await page.keyboard.press('l');
    const field = page.getByRole('combobox', { name: 'Link to' });
    await field.fill('pay-db');
    await expect(page.getByText('Nothing CSDM allows matches “pay-db”.').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await screenshot(page, 'keyboard-built-map');
    expect(errors).toEqual([]);
  });
});
