/**
 * Views (diagrams) end to end: the Run-stage sample on first start, view tabs,
 * views made from the selection, removing from a view against deleting from
 * the model, adding existing elements through the dialog, and undoing a
 * view's deletion. Ends with screenshots of the sample in both themes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ModelDocument } from '../../shared/model/types';
import { openApp, screenshot } from './support/browser';
import { node } from './support/canvas';
import { useApp } from './support/useApp';

const sample = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../assets/samples/run-stage-sample.json'), 'utf8'),
) as ModelDocument;
const ELEMENTS = Object.keys(sample.elements).length;
const LINKS = Object.keys(sample.links).length;
const modKey = 'Control';

const app = useApp();

const tabs = (p: Page) => p.getByRole('tablist', { name: 'Views' }).getByRole('tab');
const tab = (p: Page, name: string) =>
  p.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true });
const tabNames = (p: Page) => tabs(p).allTextContents();
const selectedTab = (p: Page) =>
  p.getByRole('tablist', { name: 'Views' }).getByRole('tab', { selected: true }).textContent();
const status = (p: Page) => p.getByLabel('Status bar').textContent();
const nodeNames = (p: Page) =>
  p
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')).sort());

async function viewCommand(p: Page, label: string): Promise<void> {
  await p.getByRole('button', { name: 'View commands' }).click();
  await p.getByRole('menu', { name: 'View commands' }).getByRole('menuitem', { name: label }).click();
}

describe('views', () => {
  it('opens the Run-stage sample on first start, fitted so the three business services are in sight', async () => {
    await expect.poll(() => status(app.page)).toContain(`${ELEMENTS} elements, ${LINKS} links`);
    await expect(tabNames(app.page)).resolves.toEqual(['Run stage service map', 'Payroll Processing']);
    await expect(selectedTab(app.page)).resolves.toBe('Run stage service map');
    const canvas = (await app.page.locator('.react-flow').boundingBox())!;
    for (const name of ['Payroll Processing', 'Claims Management', 'Customer Onboarding']) {
      const service = node(app.page, `Business service: ${name}`);
      await expect.poll(() => service.isVisible()).toBe(true);
      const box = (await service.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(canvas.x);
      expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    }
    // Fitted: every node of the main view is on the canvas.
    await expect(app.page.locator('.react-flow__node').count()).resolves.toBe(ELEMENTS);
    expect(app.errors).toEqual([]);
  });

  it('switches views by clicking their tabs', async () => {
    await tab(app.page, 'Payroll Processing').click();
    await expect(selectedTab(app.page)).resolves.toBe('Payroll Processing');
    await expect.poll(() => node(app.page, 'Service instance: Payroll PROD').isVisible()).toBe(true);
    await expect(node(app.page, 'Business service: Claims Management').count()).resolves.toBe(0);
    await tab(app.page, 'Run stage service map').click();
    await expect(selectedTab(app.page)).resolves.toBe('Run stage service map');
    await expect.poll(() => node(app.page, 'Business service: Claims Management').isVisible()).toBe(true);
  });

  it('moves between tabs with the arrow keys and renames a tab in place', async () => {
    await tab(app.page, 'Run stage service map').focus();
    await app.page.keyboard.press('ArrowRight');
    await expect(selectedTab(app.page)).resolves.toBe('Payroll Processing');
    await app.page.keyboard.press('ArrowLeft');
    await expect(selectedTab(app.page)).resolves.toBe('Run stage service map');

    await tab(app.page, 'Payroll Processing').dblclick();
    const field = app.page.getByRole('textbox', { name: 'View name' });
    await field.fill('Payroll chain');
    await field.press('Enter');
    await expect(tabNames(app.page)).resolves.toEqual(['Run stage service map', 'Payroll chain']);
    await app.page.keyboard.press(`${modKey}+z`);
    await expect.poll(() => tabNames(app.page)).toEqual(['Run stage service map', 'Payroll Processing']);
  });

  it('makes a new view from the selection, holding exactly the selected elements', async () => {
    await tab(app.page, 'Run stage service map').click();
    await node(app.page, 'Business service: Claims Management').click();
    await node(app.page, 'Service instance: Claims PROD').click({ modifiers: [modKey] });
    await node(app.page, 'Business application: Claims Hub').click({ modifiers: [modKey] });
    await viewCommand(app.page, 'New view from selection');
    await expect.poll(() => selectedTab(app.page)).toBe('View 3');
    await expect
      .poll(() => nodeNames(app.page))
      .toEqual([
        'Business application: Claims Hub',
        'Business service: Claims Management',
        'Service instance: Claims PROD',
      ]);
    // Only the link between two of them shows; the model is unchanged.
    await expect(app.page.locator('.react-flow__edge').count()).resolves.toBe(1);
    await expect(status(app.page)).resolves.toContain(`${ELEMENTS} elements, ${LINKS} links`);
  });

  it('removes an element from the view but keeps it in the model; deleting from the model removes it', async () => {
    await node(app.page, 'Business service: Claims Management').click();
    await app.page.keyboard.press(`${modKey}+Delete`);
    await expect.poll(() => node(app.page, 'Business service: Claims Management').count()).toBe(0);
    await expect(status(app.page)).resolves.toContain(`${ELEMENTS} elements`);
    // Still in the main view.
    await tab(app.page, 'Run stage service map').click();
    await expect.poll(() => node(app.page, 'Business service: Claims Management').count()).toBe(1);

    await tab(app.page, 'View 3').click();
    await node(app.page, 'Business application: Claims Hub').click();
    await app.page.keyboard.press('Delete');
    await expect.poll(() => status(app.page)).toContain(`${ELEMENTS - 1} elements`);
    await tab(app.page, 'Run stage service map').click();
    await expect.poll(() => node(app.page, 'Business service: Claims Management').count()).toBe(1);
    await expect(node(app.page, 'Business application: Claims Hub').count()).resolves.toBe(0);
    // Undo brings the deleted element back, in every view it was in.
    await app.page.keyboard.press(`${modKey}+z`);
    await expect.poll(() => status(app.page)).toContain(`${ELEMENTS} elements, ${LINKS} links`);
    await expect.poll(() => node(app.page, 'Business application: Claims Hub').count()).toBe(1);
  });

  it('adds existing elements to a view through the dialog', async () => {
    await tab(app.page, 'View 3').click();
    await expect
      .poll(() => nodeNames(app.page))
      .toEqual(['Business application: Claims Hub', 'Service instance: Claims PROD']);
    await viewCommand(app.page, 'Add existing elements to view…');
    const dialog = app.page.getByRole('dialog', { name: 'Add existing elements to view' });
    await dialog.waitFor();
    const search = dialog.getByRole('searchbox', { name: 'Search elements' });
    await expect.poll(() => search.evaluate((field) => field === document.activeElement)).toBe(true);
    // Elements already in the view are not offered.
    await search.fill('Claims');
    const offered = await dialog
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent));
    expect(offered.some((text) => text?.startsWith('Claims PROD'))).toBe(false);
    expect(offered.some((text) => text?.startsWith('Claims Management – Commercial'))).toBe(true);
    await dialog.getByRole('checkbox', { name: /^Claims Management – Commercial/ }).check();
    await dialog.getByRole('checkbox', { name: /^Claims Management – Retail customers/ }).check();
    await search.fill('claims-pg');
    await dialog.getByRole('checkbox', { name: /^claims-pg/ }).check();
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(() => nodeNames(app.page))
      .toEqual([
        'Business application: Claims Hub',
        'Business service offering: Claims Management – Commercial',
        'Business service offering: Claims Management – Retail customers',
        'Database: claims-pg',
        'Service instance: Claims PROD',
      ]);
    await expect(status(app.page)).resolves.toContain(`${ELEMENTS} elements, ${LINKS} links`);
    // One undo step takes all three off again.
    await app.page.keyboard.press(`${modKey}+z`);
    await expect.poll(() => app.page.locator('.react-flow__node').count()).toBe(2);
    await app.page.keyboard.press(`${modKey}+Shift+z`);
    await expect.poll(() => app.page.locator('.react-flow__node').count()).toBe(5);
  });

  it('deletes a view without deleting its elements, and undo brings the view back', async () => {
    await app.page.getByRole('button', { name: 'Delete view View 3' }).click();
    await expect.poll(() => tabNames(app.page)).toEqual(['Run stage service map', 'Payroll Processing']);
    await expect(selectedTab(app.page)).resolves.toBe('Payroll Processing');
    await expect(status(app.page)).resolves.toContain(`${ELEMENTS} elements, ${LINKS} links`);
    await app.page.keyboard.press(`${modKey}+z`);
    await expect
      .poll(() => tabNames(app.page))
      .toEqual(['Run stage service map', 'Payroll Processing', 'View 3']);
    await tab(app.page, 'View 3').click();
    await expect.poll(() => app.page.locator('.react-flow__node').count()).toBe(5);
  });

  it('adds an empty view with "+", and never deletes the last view', async () => {
    await app.page.getByRole('button', { name: 'New view' }).click();
    await expect.poll(() => selectedTab(app.page)).toBe('View 4');
    await expect(app.page.locator('.react-flow__node').count()).resolves.toBe(0);
    await app.page.keyboard.press(`${modKey}+z`);
    await expect
      .poll(() => tabNames(app.page))
      .toEqual(['Run stage service map', 'Payroll Processing', 'View 3']);
    await expect.poll(() => selectedTab(app.page)).not.toBe('View 4');

    const { page: empty } = await openApp(app.browser, app.server.url + '?model=empty');
    await expect(tabNames(empty)).resolves.toEqual(['Main view']);
    await expect(empty.getByRole('button', { name: 'Delete view Main view' }).isDisabled()).resolves.toBe(
      true,
    );
    await expect(status(empty)).resolves.toContain('0 elements, 0 links');
    await empty.context().close();
  });

  it('makes a view of an element and its neighbours, parents above and children below', async () => {
    await tab(app.page, 'Payroll Processing').click();
    await node(app.page, 'Service instance: Payroll PROD').click();
    await viewCommand(app.page, 'New view from element and neighbours');
    await expect.poll(() => selectedTab(app.page)).toBe('Payroll PROD and neighbours');
    const y = async (name: string) => (await node(app.page, name).boundingBox())!.y;
    await expect.poll(() => app.page.locator('.react-flow__node').count()).toBe(8);
    const centre = await y('Service instance: Payroll PROD');
    expect(await y('Business application: Payroll System')).toBeLessThan(centre);
    expect(await y('Technical service offering: PostgreSQL – Production')).toBeLessThan(centre);
    expect(await y('Application: payroll-tomcat-01')).toBeGreaterThan(centre);
    expect(await y('Database: payroll-pg')).toBeGreaterThan(centre);
    expect(app.errors).toEqual([]);
  });

  it('takes screenshots of the sample in the light and dark themes', async () => {
    // Twice the pixels, so node labels stay legible when the whole map is in sight.
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page: shot, errors: shotErrors } = await openApp(app.browser, app.server.url, {
        colorScheme,
        deviceScaleFactor: 2,
      });
      await expect.poll(() => node(shot, 'Business service: Customer Onboarding').isVisible()).toBe(true);
      await shot.waitForTimeout(300);
      await screenshot(shot, `sample-map-${colorScheme}`);
      await tab(shot, 'Payroll Processing').click();
      const offering = node(shot, 'Business service offering: Payroll Processing – EMEA');
      await expect.poll(() => offering.isVisible()).toBe(true);
      await offering.click();
      await shot
        .getByRole('complementary', { name: 'Inspector' })
        .getByText('Payroll Processing – EMEA')
        .first()
        .waitFor();
      await shot.mouse.move(1, 1);
      await shot.waitForTimeout(300);
      await screenshot(shot, `sample-payroll-${colorScheme}`);
      expect(shotErrors).toEqual([]);
      await shot.context().close();
    }
  });
});
