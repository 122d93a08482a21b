/**
 * File › Open recent in the browser build's menu bar: the other models of the
 * library, most recently opened first, opened with a click or from the
 * keyboard; names shown as text; the list follows opening, renaming and
 * deleting; "Clear recently opened" empties it and keeps every model.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot } from './support/browser';
import { openModelName, waitSaved } from './support/library';
import { useBrowser } from './support/useApp';

const app = useBrowser();

const modKey = 'Control';

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

const fileMenu = (page: Page) => page.getByRole('menu', { name: 'File' });
const recentMenu = (page: Page) => page.getByRole('menu', { name: 'Open recent' });
const recentEntry = (page: Page) => fileMenu(page).getByRole('menuitem', { name: 'Open recent' });
const recentLabels = (page: Page) => recentMenu(page).getByRole('menuitem').allTextContents();

/** File › Open recent by mouse: the submenu opens as the pointer comes onto its entry. */
async function openRecent(page: Page): Promise<void> {
  await page
    .getByRole('menubar', { name: 'Application menu' })
    .getByRole('menuitem', { name: 'File' })
    .click();
  await recentEntry(page).hover();
  await recentMenu(page).waitFor();
}

async function closeMenus(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await fileMenu(page).waitFor({ state: 'detached' });
}

async function renameOpenModel(page: Page, name: string): Promise<void> {
  await page
    .getByRole('menubar', { name: 'Application menu' })
    .getByRole('menuitem', { name: 'File' })
    .click();
  await fileMenu(page).getByRole('menuitem', { name: 'Rename model…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename model' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Name').press('Enter');
  await expect.poll(() => openModelName(page)).toBe(name);
  await waitSaved(page);
}

/** A new empty model (File › New model), named. */
async function newModel(page: Page, name: string): Promise<void> {
  await page.keyboard.press(`${modKey}+n`);
  await expect.poll(() => openModelName(page)).toBe('Untitled model');
  await waitSaved(page);
  await renameOpenModel(page, name);
}

describe('File › Open recent', () => {
  let page: Page;
  let errors: string[];

  it('lists the other models, most recent first, and opens the one picked', async () => {
    ({ page, errors } = await openApp(app.browser, `${app.server.url}?model=empty`, {
      colorScheme: 'light',
    }));
    await renameOpenModel(page, 'Payroll map');
    await newModel(page, 'Claims map');
    await newModel(page, 'Onboarding map');

    await openRecent(page);
    // The open model is not offered: it is already in front of the user.
    await expect
      .poll(() => recentLabels(page))
      .toEqual(['Claims map', 'Payroll map', 'Clear recently opened']);
    await expect(recentEntry(page).getAttribute('aria-expanded')).resolves.toBe('true');
    await recentMenu(page).getByRole('menuitem', { name: 'Payroll map' }).hover();
    await screenshot(page, 'menubar-open-recent');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await screenshot(page, 'menubar-open-recent-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // On its way to the last item the pointer crosses Model library: the submenu stays open.
    const from = await recentEntry(page).boundingBox();
    const to = await recentMenu(page).getByRole('menuitem', { name: 'Clear recently opened' }).boundingBox();
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
    await page.mouse.move(to!.x + 20, to!.y + to!.height / 2, { steps: 6 });
    await expect.poll(() => focusedText(page)).toBe('Clear recently opened');
    await expect(recentEntry(page).getAttribute('aria-expanded')).resolves.toBe('true');
    // Resting on another item of File closes it.
    await fileMenu(page).getByRole('menuitem', { name: 'Model library' }).hover();
    await recentMenu(page).waitFor({ state: 'detached' });
    await recentEntry(page).hover();

    await recentMenu(page).getByRole('menuitem', { name: 'Payroll map' }).click();
    await expect.poll(() => openModelName(page)).toBe('Payroll map');
    await expect(fileMenu(page).count()).resolves.toBe(0);

    // Opening moved Payroll map to the front, and Onboarding map is offered now.
    await openRecent(page);
    await expect
      .poll(() => recentLabels(page))
      .toEqual(['Onboarding map', 'Claims map', 'Clear recently opened']);
    await closeMenus(page);
    expect(errors).toEqual([]);
  });

  it('works from the keyboard: Right opens the submenu, Left goes back, Enter opens the model', async () => {
    await page.getByRole('main', { name: 'Diagram canvas' }).click({ position: { x: 400, y: 300 } });
    await page.keyboard.press('F10');
    await expect.poll(() => focusedText(page)).toBe('File');
    await page.keyboard.press('ArrowDown');
    await fileMenu(page).waitFor();
    while (!(await focusedText(page)).startsWith('Open recent')) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await recentMenu(page).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Onboarding map');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedText(page)).toBe('Claims map');
    // Left closes the submenu only, back on its entry.
    await page.keyboard.press('ArrowLeft');
    await recentMenu(page).waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(page)).toBe('Open recent');
    await expect(fileMenu(page).isVisible()).resolves.toBe(true);
    // Escape too; Enter opens it again, on its first item.
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Onboarding map');
    await page.keyboard.press('Escape');
    await recentMenu(page).waitFor({ state: 'detached' });
    await expect.poll(() => focusedText(page)).toBe('Open recent');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await expect.poll(() => focusedText(page)).toBe('Clear recently opened');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => openModelName(page)).toBe('Claims map');
    await expect(fileMenu(page).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('follows renames and deletes made in the library', async () => {
    await page.keyboard.press(`${modKey}+o`);
    const library = page.getByRole('dialog', { name: 'Model library' });
    await library.getByRole('button', { name: 'Rename “Onboarding map”' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename model' });
    await rename.getByLabel('Name').fill('Customer onboarding');
    await rename.getByLabel('Name').press('Enter');
    await library.getByRole('button', { name: 'Delete “Payroll map”' }).click();
    await page
      .getByRole('alertdialog', { name: 'Delete “Payroll map”?' })
      .getByRole('button', { name: 'Delete model' })
      .click();
    await expect.poll(() => library.getByRole('row').count()).toBe(3);
    await page.keyboard.press('Escape');
    await library.waitFor({ state: 'detached' });

    await openRecent(page);
    await expect.poll(() => recentLabels(page)).toEqual(['Customer onboarding', 'Clear recently opened']);
    await closeMenus(page);
    expect(errors).toEqual([]);
  });

  it('clears the list but keeps every model in the library', async () => {
    await openRecent(page);
    await recentMenu(page).getByRole('menuitem', { name: 'Clear recently opened' }).click();
    await page
      .getByRole('menubar', { name: 'Application menu' })
      .getByRole('menuitem', { name: 'File' })
      .click();
    await expect.poll(() => recentEntry(page).getAttribute('aria-disabled')).toBe('true');
    await recentEntry(page).hover();
    await expect(recentMenu(page).count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press(`${modKey}+o`);
    const library = page.getByRole('dialog', { name: 'Model library' });
    await expect.poll(() => library.getByRole('row').count()).toBe(3);
    await page.keyboard.press('Escape');

    // The model open here stays remembered: a reload reopens it, and the next one opened is listed again.
    await page.reload();
    await expect.poll(() => openModelName(page)).toBe('Claims map');
    await page.keyboard.press(`${modKey}+n`);
    await expect.poll(() => openModelName(page)).toBe('Untitled model');
    await openRecent(page);
    await expect.poll(() => recentLabels(page)).toEqual(['Claims map', 'Clear recently opened']);
    await closeMenus(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('names in File › Open recent', () => {
  it('shows markup as text and cuts a long name, with the whole name on hover', async () => {
    const { page, errors } = await openApp(app.browser, `${app.server.url}?model=empty`, {
      colorScheme: 'light',
    });
    await renameOpenModel(page, '<b>markup</b>');
    const long = `Payroll ${'and claims '.repeat(12)}end`;
    await newModel(page, long);
    await newModel(page, 'Third');

    await openRecent(page);
    const [longLabel, markup] = await recentLabels(page);
    expect(markup).toBe('<b>markup</b>');
    await expect(recentMenu(page).locator('b').count()).resolves.toBe(0);
    expect(longLabel).toMatch(/^Payroll and claims .*…$/);
    expect(longLabel!.length).toBeLessThan(long.length);
    await expect(
      recentMenu(page).getByRole('menuitem', { name: longLabel }).getAttribute('title'),
    ).resolves.toBe(long);

    await recentMenu(page).getByRole('menuitem', { name: longLabel }).hover();
    await screenshot(page, 'menubar-open-recent-names');

    await recentMenu(page).getByRole('menuitem', { name: '<b>markup</b>' }).click();
    await expect.poll(() => openModelName(page)).toBe('<b>markup</b>');
    await expect.poll(() => page.title()).toBe('<b>markup</b> — Mapwright');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
