/**
 * Files in and out: the sample exported as an import-set bundle and as a
 * model file comes back (imported, opened, dropped) as the same model in a
 * new library entry; pre-flight lists what would fail, "Fix" goes to it and
 * "Export anyway" still exports; PNG and SVG images keep markup in names as
 * text; a broken file changes nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import sample from '../../assets/samples/run-stage-sample.json';
import { CATALOGUE } from '../../shared/csdm';
import { exportImportSetZip, importAny, openNative } from '../../shared/exchange';
import { parseModelDocument } from '../../shared/model/documentSchema';
import type { ModelDocument } from '../../shared/model/types';
import { openApp, screenshot, screenshotDir } from './support/browser';
import { dragFromPalette, node, typeName } from './support/canvas';
import { buildLargeModel } from '../support/large-model';
import { useBrowser } from './support/useApp';

const app = useBrowser();

const SAMPLE = (() => {
  const parsed = parseModelDocument(sample, CATALOGUE);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.doc;
})();
const SAMPLE_FILE_STEM = 'Northwind Financial – Run stage';

const statusText = (page: Page) => page.getByLabel('Status bar').textContent();
const saveState = (page: Page) => page.getByLabel('Save state').textContent();
const waitSaved = (page: Page) => expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('Saved');
const modelName = (page: Page) => page.locator('.toolbar .model-name').textContent();
const tabNames = (page: Page) =>
  page.getByRole('tablist', { name: 'Views' }).getByRole('tab').allTextContents();

/**
 * Playwright intercepts file choosers only while someone listens, and turning
 * that on is asynchronous: a chooser opened right after `waitForEvent` may
 * slip past it. One listener for the page's life keeps interception on.
 */
function keepFileChoosersIntercepted(page: Page): void {
  page.on('filechooser', () => undefined);
}

async function fileCommand(page: Page, label: string): Promise<void> {
  await page
    .getByRole('menubar', { name: 'Application menu' })
    .getByRole('menuitem', { name: 'File' })
    .click();
  // A menu item's name ends with its shortcut, if it has one.
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: label }).first().click();
}

/** Element kind, name and table, and link types with their ends' names: what must survive a round trip. */
function shape(doc: ModelDocument) {
  const name = (id: string) => doc.elements[id]?.name ?? '?';
  return {
    elements: Object.values(doc.elements)
      .map((e) => `${e.kind}|${e.table}|${e.name}`)
      .sort(),
    links: Object.values(doc.links)
      .map((l) => `${name(l.from)}|${l.type}|${name(l.to)}`)
      .sort(),
  };
}

/** "Business service 3", ... as the inspector's model summary lists them. */
function expectedKindCounts(doc: ModelDocument): string[] {
  const counts = new Map<string, number>();
  for (const e of Object.values(doc.elements)) {
    const label = CATALOGUE.kinds[e.kind].label;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => `${label} ${count}`).sort();
}

const kindCounts = (page: Page) =>
  page
    .getByRole('list', { name: 'Elements by kind' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => li.textContent?.replace(/(\D)(\d+)$/, '$1 $2') ?? '').sort());

/** A node on the canvas (it mounts only nodes on screen: ask for ones the opening view shows). */
async function expectNode(page: Page, label: string): Promise<void> {
  await expect.poll(() => node(page, label).count(), { timeout: 5_000 }).toBe(1);
}

/** The open model as Save As writes it, read back with the exchange code. */
async function savedModel(page: Page, name: string): Promise<ModelDocument> {
  const download = page.waitForEvent('download');
  await fileCommand(page, 'Save As…');
  const opened = openNative(readFileSync(await saved(await download, name)));
  if (!opened.ok) throw new Error(opened.error);
  return opened.doc;
}

async function saved(download: Download, name: string): Promise<string> {
  const path = resolve(screenshotDir, '..', 'downloads', name);
  await download.saveAs(path);
  return path;
}

async function libraryModelNames(page: Page): Promise<string[]> {
  await page.keyboard.press('Control+o');
  const library = page.getByRole('dialog', { name: 'Model library' });
  await library.waitFor();
  const rows = library.getByRole('table', { name: 'Models' }).locator('tbody tr');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('aria-label') ?? '').sort());
  await page.keyboard.press('Escape');
  await library.waitFor({ state: 'hidden' });
  return names;
}

describe('the sample goes out and comes back', () => {
  let page: Page;
  let errors: string[];
  let bundlePath = '';
  let nativePath = '';

  it('exports the sample as an import-set bundle after a pre-flight with warnings only', async () => {
    // The dark theme on screen: the light-background image option must not follow it.
    ({ page, errors } = await openApp(app.browser, app.server.url, { colorScheme: 'dark' }));
    keepFileChoosersIntercepted(page);
    await expect.poll(() => statusText(page)).toContain('49 elements, 45 links');
    await waitSaved(page);
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /Import-set bundle/ }).check();
    const findings = dialog.getByRole('list', { name: 'Pre-flight findings' });
    await expect
      .poll(() => findings.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining('6 dependent CIs')]);
    await expect(dialog.getByText('Northwind Financial – Run stage.importset.zip').count()).resolves.toBe(1);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${SAMPLE_FILE_STEM}.importset.zip`);
    bundlePath = await saved(file, 'sample.importset.zip');
    await dialog.waitFor({ state: 'hidden' });

    // The bundle, read with the same exchange code, is the sample.
    const read = importAny(readFileSync(bundlePath), { fileName: file.suggestedFilename() });
    if (!read.ok) throw new Error(read.error);
    expect(read.format).toBe('importset');
    expect(shape(read.doc)).toEqual(shape(SAMPLE));
  });

  it('saves the model file with Save As (clean pre-flight: no dialog)', async () => {
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+Shift+s');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${SAMPLE_FILE_STEM}.csdm.json`);
    nativePath = await saved(file, 'sample.csdm.json');
    const opened = openNative(readFileSync(nativePath));
    if (!opened.ok) throw new Error(opened.error);
    expect(shape(opened.doc)).toEqual(shape(SAMPLE));
    const viewNames = (doc: ModelDocument) => doc.viewOrder.map((id) => doc.views[id]?.name);
    expect(viewNames(opened.doc)).toEqual(viewNames(SAMPLE));
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Saved the model as');
  });

  it('exports the view as PNG at 2× on a light background, even in the dark theme', async () => {
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await page.keyboard.press('Control+Shift+e');
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByRole('radio', { name: 'PNG' }).check();
    await dialog.getByRole('radio', { name: '2×' }).check();
    await dialog.getByRole('checkbox', { name: 'Light background for slides' }).check();
    const size = await dialog.locator('.image-size').textContent();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export image' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${SAMPLE_FILE_STEM} - Run stage service map.png`);
    const bytes = readFileSync(await file.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(size).toContain(`${width} × ${height} pixels`);
    // Light background: the corner pixel is white although the screen is dark.
    const corner = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(2, 2, 1, 1).data];
    }, bytes.toString('base64'));
    expect(corner).toEqual([255, 255, 255, 255]);
    // A clean checkout has no screenshot folder until something makes it.
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(resolve(screenshotDir, 'exchange-image-light.png'), bytes);
  });

  it('exports the view as PNG in the theme on screen', async () => {
    await page.keyboard.press('Control+Shift+e');
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByRole('checkbox', { name: 'Light background for slides' }).uncheck();
    await dialog.getByRole('radio', { name: '1×' }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export image' }).click();
    const bytes = readFileSync(await (await download).path());
    expect(bytes.readUInt32BE(12)).toBe(0x49484452); // IHDR
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(resolve(screenshotDir, 'exchange-image-dark.png'), bytes);
  });

  it('imports the bundle as a new model and finds the same elements and links', async () => {
    const chooser = page.waitForEvent('filechooser');
    await fileCommand(page, 'Import…');
    await (await chooser).setFiles(bundlePath);
    // A new model, named after the file, with every element laid out in one view.
    await expect.poll(() => tabNames(page), { timeout: 15_000 }).toEqual(['Imported']);
    await expect.poll(() => statusText(page)).toContain('49 elements, 45 links');
    await expect(modelName(page)).resolves.toBe('sample');
    await expect.poll(() => kindCounts(page)).toEqual(expectedKindCounts(SAMPLE));
    await expectNode(page, 'Business service: Payroll Processing');
    await expectNode(page, 'Service portfolio: Northwind Service Portfolio');
    await waitSaved(page);
    // What the library now holds is the sample: same elements (kind, table, name) and links.
    expect(shape(await savedModel(page, 'imported-bundle.csdm.json'))).toEqual(shape(SAMPLE));
  });

  it('opens the model file as another new model, views and all', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+Shift+o');
    await (await chooser).setFiles(nativePath);
    await expect
      .poll(() => tabNames(page), { timeout: 15_000 })
      .toEqual(SAMPLE.viewOrder.map((id) => SAMPLE.views[id]!.name));
    await expect.poll(() => statusText(page)).toContain('49 elements, 45 links');
    await expect.poll(() => kindCounts(page)).toEqual(expectedKindCounts(SAMPLE));
    await expectNode(page, 'Business service: Payroll Processing');
    await waitSaved(page);
    const reopened = await savedModel(page, 'reopened.csdm.json');
    expect(shape(reopened)).toEqual(shape(SAMPLE));
    // The views, with every placement, come back as they were.
    expect(reopened.viewOrder.map((id) => reopened.views[id])).toEqual(
      SAMPLE.viewOrder.map((id) => SAMPLE.views[id]),
    );
    // The sample, the bundle's model and the file's: three models.
    const names = await libraryModelNames(page);
    expect(names).toHaveLength(3);
    expect(names).toContain('sample');
    expect(errors).toEqual([]);
  });

  it('opens a model file dropped on the window', async () => {
    const text = readFileSync(nativePath, 'utf8');
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'Dropped map.csdm.json', { type: 'application/json' }));
      return data;
    }, text);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await expect(page.getByText('Drop to import').isVisible()).resolves.toBe(true);
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect.poll(() => modelName(page), { timeout: 15_000 }).toBe('Dropped map');
    await expect(page.getByText('Drop to import').count()).resolves.toBe(0);
    await expect.poll(() => statusText(page)).toContain('49 elements, 45 links');
    await waitSaved(page);
    await expect(libraryModelNames(page)).resolves.toHaveLength(4);
    expect(errors).toEqual([]);
  });

  it('refuses a broken file and a file of another kind, and changes nothing', async () => {
    const before = await libraryModelNames(page);
    const status = await statusText(page);
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Control+Shift+o');
    await (
      await chooser
    ).setFiles({
      name: 'broken.csdm.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "mapwright-model", "version": 1, "model": {"id": '),
    });
    const alert = page.getByRole('alertdialog', { name: 'Nothing was imported' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/broken\.csdm\.json/);
    await alert.getByRole('button', { name: 'OK' }).click();
    await alert.waitFor({ state: 'hidden' });

    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['GIF89a'], 'holiday.gif', { type: 'image/gif' }));
      return data;
    });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('holiday.gif is not a file Mapwright reads');
    await alert.getByRole('button', { name: 'OK' }).click();

    // Over the limit: refused from its size, before it is read.
    const huge = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(101 * 1024 * 1024)], 'huge.importset.zip'));
      return data;
    });
    await page.dispatchEvent('body', 'drop', { dataTransfer: huge });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      'huge.importset.zip is 101 MB, over the import limit of 100 MB; it was not read.',
    );
    await alert.getByRole('button', { name: 'OK' }).click();

    await expect(statusText(page)).resolves.toBe(status);
    await expect(libraryModelNames(page)).resolves.toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('pre-flight and images', () => {
  let page: Page;
  let errors: string[];
  const dialogs: string[] = [];

  it('lists what would fail to load; Fix goes to the element', async () => {
    ({ page, errors } = await openApp(app.browser, `${app.server.url}?model=empty`));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await dragFromPalette(page, 'Application', { x: 300, y: 160 });
    await typeName(page, '<script>alert(1)</script>');
    await dragFromPalette(page, 'Business service', { x: 640, y: 160 });
    await typeName(page, '<b>x</b>');
    await dragFromPalette(page, 'Business service', { x: 640, y: 420 });
    await typeName(page, '<b>x</b>');
    await page.locator('.react-flow__pane').click({ position: { x: 900, y: 600 } });
    await expect(page.locator('.react-flow__node.selected').count()).resolves.toBe(0);

    await fileCommand(page, 'Export…');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /IRE payload/ }).check();
    const findings = dialog.getByRole('list', { name: 'Pre-flight findings' });
    const missing = findings.getByRole('listitem').filter({ hasText: 'no “Runs on” host' });
    await expect.poll(() => missing.count()).toBe(1);
    await expect(missing.textContent()).resolves.toContain('<script>alert(1)</script>');
    // Two business services of one name: IRE would merge them.
    const sameName = findings
      .getByRole('listitem')
      .filter({ hasText: 'has the same name as another record' });
    await expect(sameName.count()).resolves.toBe(2);
    await expect(dialog.getByText('Pre-flight: 3 errors would fail to load').count()).resolves.toBe(1);
    await expect(dialog.getByRole('button', { name: 'Export anyway' }).count()).resolves.toBe(1);
    await screenshot(page, 'exchange-export-preflight');

    await missing.getByRole('button', { name: /^Fix/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.locator('.react-flow__node.selected').getAttribute('aria-label'))
      .toBe('Application: <script>alert(1)</script>');
  });

  it('exports anyway when asked', async () => {
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.getByRole('radio', { name: /IRE payload/ }).isChecked()).resolves.toBe(true);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export anyway' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Untitled model.ire.json');
    const payload = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      items: {
        className: string;
        values: { name: string };
        sys_object_source_info: { source_name: string };
      }[];
    };
    expect(payload.items.map((item) => [item.className, item.values.name]).sort()).toEqual([
      ['cmdb_ci_appl', '<script>alert(1)</script>'],
      ['cmdb_ci_service_business', '<b>x</b>'],
      ['cmdb_ci_service_business', '<b>x</b>'],
    ]);
    expect(payload.items[0]?.sys_object_source_info.source_name).toBe('Mapwright');
  });

  it('exports the view as SVG with the names as text', async () => {
    await fileCommand(page, 'Export image…');
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await dialog.getByRole('radio', { name: '1×' }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export image' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Untitled model - Main view.svg');
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    // The browser reads it as an image with the escaped names as text content.
    const texts = await page.evaluate((markup) => {
      const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return {
        error: parsed.querySelector('parsererror') !== null,
        scripts: parsed.querySelectorAll('script').length,
        texts: [...parsed.querySelectorAll('text, title')].map((t) => t.textContent),
      };
    }, svg);
    expect(texts.error).toBe(false);
    expect(texts.scripts).toBe(0);
    // Names too long for a node end in "…" as on the canvas; the node's title keeps the whole name.
    expect(texts.texts).toContain('<b>x</b>');
    expect(texts.texts).toContain('Application: <script>alert(1)</script>');
    expect(texts.texts.filter((text) => text?.startsWith('<script>alert(1)'))).toHaveLength(1);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a big file', () => {
  it('is read off the main thread behind a progress dialog, Cancel stores nothing, and zoomed out it shows less', async () => {
    const { page, errors } = await openApp(app.browser, app.server.url);
    keepFileChoosersIntercepted(page);
    await waitSaved(page);
    const big = buildLargeModel(25_000);
    const bytes = Buffer.from(exportImportSetZip(big, CATALOGUE, { now: '2026-01-01T00:00:00.000Z' }));
    const files = { name: 'estate.importset.zip', mimeType: 'application/zip', buffer: bytes };
    const before = await libraryModelNames(page);

    let chooser = page.waitForEvent('filechooser');
    await fileCommand(page, 'Import…');
    await (await chooser).setFiles(files);
    const progress = page.getByRole('dialog', { name: 'Importing' });
    await progress.waitFor();
    await expect(progress.getByRole('progressbar', { name: 'Import progress' }).count()).resolves.toBe(1);
    await expect(progress.textContent()).resolves.toContain('estate.importset.zip');
    // The page answers at once while the file is read: the work is in a worker.
    const started = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(500);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'hidden' });
    await expect(libraryModelNames(page)).resolves.toEqual(before);

    // A smaller estate goes all the way: stored, opened, the dialog gone.
    const estate = buildLargeModel(2_000);
    chooser = page.waitForEvent('filechooser');
    await fileCommand(page, 'Import…');
    await (await chooser).setFiles({ ...files, buffer: Buffer.from(exportImportSetZip(estate, CATALOGUE)) });
    await expect
      .poll(() => statusText(page), { timeout: 30_000 })
      .toContain(`${Object.keys(estate.elements).length} elements`);
    await expect(modelName(page)).resolves.toBe('estate');
    await expect.poll(() => progress.count()).toBe(0);

    // Zoomed out, a view this large drops the small print (detailLevel.ts); zoomed in again, it is back.
    await page.getByRole('dialog', { name: 'Imported “estate”' }).getByRole('button', { name: 'OK' }).click();
    const canvas = page.locator('main.canvas');
    const zoom = (name: string) => page.getByLabel('Zoom controls').getByRole('button', { name }).click();
    const kindLabel = page.locator('.element-node-kind').first();
    await expect(canvas.getAttribute('data-detail')).resolves.toBe('full');
    await expect(kindLabel.isVisible()).resolves.toBe(true);
    for (let i = 0; i < 3; i++) await zoom('Zoom out');
    await expect.poll(() => canvas.getAttribute('data-detail')).toBe('compact');
    await expect(kindLabel.isVisible()).resolves.toBe(false);
    await expect(page.locator('.element-node-name').first().isVisible()).resolves.toBe(true);
    for (let i = 0; i < 4; i++) await zoom('Zoom out');
    await expect.poll(() => canvas.getAttribute('data-detail')).toBe('overview');
    await expect(page.locator('.element-node-name').first().isVisible()).resolves.toBe(false);
    for (let i = 0; i < 7; i++) await zoom('Zoom in');
    await expect.poll(() => canvas.getAttribute('data-detail')).toBe('full');
    await expect(page.locator('.element-node-kind').first().isVisible()).resolves.toBe(true);

    // React Flow holds only the nodes around the screen of a view this large (canvasWindow.ts), yet "Fit view"
    // fits all 2,034 of them: far enough out that the names go.
    await page.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => canvas.getAttribute('data-detail')).toBe('overview');

    // Shown while it was stored: it is in the library, and a reload opens it from there as it was.
    await expect.poll(() => page.getByLabel('Status bar').textContent()).toContain('Saved');
    await expect(libraryModelNames(page)).resolves.toContain('estate');
    await page.reload();
    await expect
      .poll(() => statusText(page), { timeout: 30_000 })
      .toContain(`${Object.keys(estate.elements).length} elements`);
    await expect(modelName(page)).resolves.toBe('estate');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
