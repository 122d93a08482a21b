/**
 * Models are kept in the local library: work survives reload, closing and a
 * crash in the middle of a burst of edits; two windows on one model stay in
 * step without overwriting each other; versions restore; the start screen
 * lists, opens, renames, duplicates and deletes (with undo).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot } from './support/browser';
import { dragBy, dragFromPalette, drawLink, edgeLabels, node, typeName } from './support/canvas';
import { useBrowser } from './support/useApp';

const app = useBrowser();

const modKey = 'Control';

const saveState = (page: Page) => page.getByLabel('Save state').textContent();
const waitSaved = (page: Page) => expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('Saved');
const canvas = (page: Page) => page.getByRole('main', { name: 'Diagram canvas' }).waitFor();
const statusText = (page: Page) => page.getByLabel('Status bar').textContent();
const inspectorField = (page: Page, label: string) =>
  page.getByRole('complementary', { name: 'Inspector' }).getByLabel(label, { exact: true });
const tabNames = (page: Page) =>
  page.getByRole('tablist', { name: 'Views' }).getByRole('tab').allTextContents();

/** Node name -> position in flow coordinates (React Flow's translate), independent of zoom and scroll. */
function positions(page: Page): Promise<Record<string, string>> {
  return page
    .locator('.react-flow__node')
    .evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((n) => [n.getAttribute('aria-label') ?? '', (n as HTMLElement).style.transform]),
      ),
    );
}

const nodeNames = (page: Page) =>
  page
    .locator('.react-flow__node')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? '').sort());

async function fileCommand(page: Page, label: RegExp): Promise<void> {
  await page
    .getByRole('menubar', { name: 'Application menu' })
    .getByRole('menuitem', { name: 'File' })
    .click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: label }).click();
}

async function newPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { page, errors };
}

describe('work survives a reload', () => {
  let page: Page;
  let errors: string[];

  it('builds a small model: elements, a link, a field value, a moved node, a second view', async () => {
    ({ page, errors } = await openApp(app.browser, `${app.server.url}?model=empty`));
    await expect(saveState(page)).resolves.toBe('Saved');
    await expect(page.url()).not.toContain('model=empty');
    await dragFromPalette(page, 'Business service offering', { x: 300, y: 150 });
    await typeName(page, 'Payroll EMEA');
    await dragFromPalette(page, 'Service instance', { x: 300, y: 420 });
    await typeName(page, 'Payroll PROD');
    await drawLink(
      page,
      node(page, 'Business service offering: Payroll EMEA'),
      node(page, 'Service instance: Payroll PROD'),
    );
    await expect.poll(() => edgeLabels(page)).toEqual(['Depends on']);
    await dragBy(page, node(page, 'Service instance: Payroll PROD'), 160, 40);

    await node(page, 'Service instance: Payroll PROD').click();
    await inspectorField(page, 'Operational status').selectOption({ label: 'Operational' });
    await inspectorField(page, 'Description').fill('Runs payroll for Europe');
    await inspectorField(page, 'Description').press('Tab');

    await page.getByRole('button', { name: 'View commands' }).click();
    await page
      .getByRole('menu', { name: 'View commands' })
      .getByRole('menuitem', { name: 'New view', exact: true })
      .click();
    await expect.poll(() => tabNames(page)).toHaveLength(2);

    await waitSaved(page);
  });

  it('finds everything as it was after a reload', async () => {
    await page.getByRole('tablist', { name: 'Views' }).getByRole('tab').first().click();
    const before = await positions(page);
    const tabs = await tabNames(page);
    await page.reload();
    await canvas(page);
    await expect(saveState(page)).resolves.toBe('Saved');
    await expect.poll(() => tabNames(page)).toEqual(tabs);
    await expect.poll(() => positions(page)).toEqual(before);
    await expect(edgeLabels(page)).resolves.toEqual(['Depends on']);
    await expect(statusText(page)).resolves.toContain('2 elements, 1 link');
    await node(page, 'Service instance: Payroll PROD').click();
    await expect(inspectorField(page, 'Operational status').inputValue()).resolves.toBe('1');
    await expect(inspectorField(page, 'Description').inputValue()).resolves.toBe('Runs payroll for Europe');
    expect(errors).toEqual([]);
  });

  it('closes the model, and reopens it from the library', async () => {
    await page.keyboard.press(`${modKey}+o`);
    const library = page.getByRole('dialog', { name: 'Model library' });
    await library.waitFor();
    await library.getByRole('button', { name: 'New empty model' }).click();
    await expect.poll(() => statusText(page)).toContain('0 elements, 0 links');
    await waitSaved(page);
    await page.keyboard.press(`${modKey}+o`);
    await library.waitFor();
    const rows = library.getByRole('table', { name: 'Models' }).getByRole('row');
    // Header, the new empty model (most recent), the first one.
    await expect.poll(() => rows.count()).toBe(3);
    await library.getByRole('row', { name: 'Untitled model' }).last().dblclick();
    await expect.poll(() => statusText(page)).toContain('2 elements, 1 link');
    await expect(node(page, 'Service instance: Payroll PROD').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('two windows on one model', () => {
  it('an edit in one reaches the other; simultaneous edits never overwrite each other', async () => {
    const { page: first } = await openApp(app.browser, `${app.server.url}?model=empty`);
    await dragFromPalette(first, 'Business service', { x: 250, y: 150 });
    await typeName(first, 'Claims');
    await dragFromPalette(first, 'Server', { x: 550, y: 150 });
    await typeName(first, 'srv-1');
    await waitSaved(first);

    const context = first.context();
    const { page: second, errors } = await newPage(context, app.server.url);
    await canvas(second);
    await expect.poll(() => nodeNames(second)).toEqual(['Business service: Claims', 'Server: srv-1']);

    // One window edits; the other follows.
    await dragFromPalette(first, 'Database', { x: 250, y: 420 });
    await typeName(first, 'claims-db');
    await waitSaved(first);
    await expect.poll(() => nodeNames(second)).toContain('Database: claims-db');
    await expect
      .poll(() => second.getByRole('status').first().textContent())
      .toContain('Updated from another window');

    // And back.
    await dragFromPalette(second, 'Database', { x: 600, y: 480 });
    await typeName(second, 'claims-db-2');
    await waitSaved(second);
    await expect.poll(() => nodeNames(first)).toContain('Database: claims-db-2');

    // Both delete something at the same moment: the later save finds a newer revision and asks.
    // The two windows show the model at different zoom, so nodes may overlap: select without aiming the mouse.
    await node(first, 'Server: srv-1').dispatchEvent('click');
    await node(second, 'Database: claims-db').dispatchEvent('click');
    await first.keyboard.press('Delete');
    await second.keyboard.press('Delete');
    const conflict = second.getByRole('alertdialog', { name: 'This model was changed in another window' });
    await conflict.waitFor({ timeout: 10_000 });
    await screenshot(second, 'persistence-conflict');
    await waitSaved(first);
    await conflict.getByRole('button', { name: 'Keep mine as a copy' }).click();
    await expect.poll(() => second.locator('.model-name').textContent()).toMatch(/\(my copy\)$/);
    await waitSaved(second);
    // Mine (the copy) lacks claims-db but kept srv-1; theirs is untouched: srv-1 gone, claims-db kept.
    await expect
      .poll(() => nodeNames(second))
      .toEqual(['Business service: Claims', 'Database: claims-db-2', 'Server: srv-1']);
    await expect
      .poll(() => nodeNames(first))
      .toEqual(['Business service: Claims', 'Database: claims-db', 'Database: claims-db-2']);
    await first.reload();
    await canvas(first);
    await expect
      .poll(() => nodeNames(first))
      .toEqual(['Business service: Claims', 'Database: claims-db', 'Database: claims-db-2']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('versions', () => {
  it('saves a version, changes things, restores it, and the restore is undoable', async () => {
    const { page, errors } = await openApp(app.browser, `${app.server.url}?model=empty`);
    await dragFromPalette(page, 'Business service', { x: 250, y: 150 });
    await typeName(page, 'Payroll');
    await dragFromPalette(page, 'Business service offering', { x: 250, y: 400 });
    await typeName(page, 'Payroll Gold');

    await fileCommand(page, /^Save version/);
    const save = page.getByRole('dialog', { name: 'Save version' });
    await save.getByLabel('Label').fill('before the workshop');
    await save.getByRole('button', { name: 'Save version' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Saved version “before the workshop”');

    await node(page, 'Business service offering: Payroll Gold').click();
    await page.keyboard.press('Delete');
    await dragFromPalette(page, 'Server', { x: 600, y: 150 });
    await typeName(page, 'srv-9');
    await waitSaved(page);
    await expect.poll(() => nodeNames(page)).toEqual(['Business service: Payroll', 'Server: srv-9']);

    await fileCommand(page, /^Versions/);
    const versions = page.getByRole('dialog', { name: 'Versions' });
    const table = versions.getByRole('table', { name: 'Saved versions' });
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await expect(table.getByRole('row').nth(1).textContent()).resolves.toContain('before the workshop');
    await screenshot(page, 'persistence-versions');
    await versions.getByRole('button', { name: 'Restore “before the workshop”' }).click();
    await expect
      .poll(() => nodeNames(page))
      .toEqual(['Business service offering: Payroll Gold', 'Business service: Payroll']);
    await waitSaved(page);

    // Newer work is one Undo away, and the version stays listed.
    await page.keyboard.press(`${modKey}+z`);
    await expect.poll(() => nodeNames(page)).toEqual(['Business service: Payroll', 'Server: srv-9']);
    await page.keyboard.press(`${modKey}+Shift+z`);
    await waitSaved(page);
    await page.reload();
    await canvas(page);
    await expect
      .poll(() => nodeNames(page))
      .toEqual(['Business service offering: Payroll Gold', 'Business service: Payroll']);

    await fileCommand(page, /^Versions/);
    await versions.getByRole('button', { name: 'Delete “before the workshop”' }).click();
    await page
      .getByRole('alertdialog', { name: 'Delete this version?' })
      .getByRole('button', { name: 'Delete version' })
      .click();
    await expect.poll(() => versions.getByText(/No saved versions yet/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a crash in the middle of editing', () => {
  it('loses at most the edits in flight, never what was saved, and the model always opens', async () => {
    const { page: firstPage } = await openApp(app.browser, `${app.server.url}?model=empty`);
    const context = firstPage.context();
    let page = firstPage;
    const pageErrors: string[] = [];
    for (let round = 0; round < 6; round++) {
      await waitSaved(page);
      const saved = await nodeNames(page);
      // A burst of edits: add and name elements, then the window goes away at a random moment.
      const typed: string[] = [];
      for (let i = 0; i < 3 + round; i++) {
        await dragFromPalette(page, 'Server', { x: 150 + i * 90, y: 120 + (round % 4) * 110 });
        await typeName(page, `r${round}-srv${i}`);
        typed.push(`Server: r${round}-srv${i}`);
      }
      await page.waitForTimeout(Math.floor(Math.random() * 400));
      // Even rounds: the window is closed without warning (its page-hide journal runs). Odd rounds: the
      // renderer crashes outright, so only what autosave had written is there.
      const closed = round % 2 === 0;
      if (closed) await page.close({ runBeforeUnload: false });
      else {
        const cdp = await context.newCDPSession(page);
        const crashed = page.waitForEvent('crash');
        void cdp.send('Page.crash').catch(() => undefined);
        await crashed;
        await page.close().catch(() => undefined);
      }

      const reopened = await newPage(context, app.server.url);
      page = reopened.page;
      await canvas(page);
      await expect(saveState(page)).resolves.toBe('Saved');
      const now = await nodeNames(page);
      for (const name of saved) expect(now).toContain(name);
      if (closed) for (const name of typed) expect(now).toContain(name);
      pageErrors.push(...reopened.errors);
    }
    // The model holds together: it loads, and the counts agree with the canvas.
    const names = await nodeNames(page);
    await expect(statusText(page)).resolves.toContain(`${names.length} element`);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('the start screen', () => {
  it('lists the models; deleting the open one shows the start screen, and Undo brings it back', async () => {
    const { page, errors } = await openApp(app.browser, `${app.server.url}?model=empty`, {
      colorScheme: 'light',
    });
    await page.keyboard.press(`${modKey}+o`);
    const dialog = page.getByRole('dialog', { name: 'Model library' });
    await dialog.getByRole('button', { name: 'New from sample' }).click();
    await expect.poll(() => page.locator('.model-name').textContent()).toContain('Northwind Financial');
    await waitSaved(page);

    // Rename and duplicate from the library.
    await page.keyboard.press(`${modKey}+o`);
    await dialog.getByRole('button', { name: 'Rename “Untitled model”' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename model' });
    await rename.getByLabel('Name').fill('Claims workshop');
    await rename.getByLabel('Name').press('Enter');
    await expect.poll(() => dialog.getByRole('row', { name: 'Claims workshop' }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Duplicate “Claims workshop”' }).click();
    await expect.poll(() => dialog.getByRole('row', { name: 'Claims workshop (copy)' }).count()).toBe(1);

    // Delete the open model: asked first, then the start screen, with Undo.
    await dialog.getByRole('button', { name: /^Delete “Northwind Financial/ }).click();
    const confirm = page.getByRole('alertdialog', { name: /^Delete “Northwind Financial/ });
    await confirm.getByRole('button', { name: 'Delete model' }).click();
    const start = page.getByRole('main', { name: 'Model library' });
    await start.waitFor();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Deleted “Northwind Financial');
    const table = start.getByRole('table', { name: 'Models' });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    await screenshot(page, 'library-after-delete');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(4);
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await screenshot(page, 'library');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await screenshot(page, 'library-dark');

    // Keyboard: arrows move between rows, Enter opens.
    await table.getByRole('row').nth(1).focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('Enter');
    await canvas(page);
    await expect.poll(() => page.locator('.model-name').textContent()).toBe(focused);

    // A reload reopens the model last opened.
    await page.reload();
    await canvas(page);
    await expect(page.locator('.model-name').textContent()).resolves.toBe(focused);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens the sample on first start, and the same model on the next', async () => {
    const { page } = await openApp(app.browser, app.server.url);
    await expect.poll(() => page.locator('.model-name').textContent()).toContain('Northwind Financial');
    const id = await page.evaluate(() => document.title);
    await page.reload();
    await canvas(page);
    await expect(page.evaluate(() => document.title)).resolves.toBe(id);
    await page.keyboard.press(`${modKey}+o`);
    await expect
      .poll(() =>
        page
          .getByRole('dialog', { name: 'Model library' })
          .getByRole('table', { name: 'Models' })
          .getByRole('row')
          .count(),
      )
      .toBe(2);
    await page.context().close();
  });
});
