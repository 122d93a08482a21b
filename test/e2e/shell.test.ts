import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot } from './support/browser';
import { useBrowser } from './support/useApp';

const app = useBrowser();

describe('application shell', () => {
  it('loads with no console errors and shows the frame of a modelling tool', async () => {
    const { page, errors } = await openApp(app.browser, app.server.url + '?model=empty');
    await expect(page.getByRole('toolbar', { name: 'Main toolbar' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('complementary', { name: 'Palette' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('complementary', { name: 'Inspector' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('contentinfo', { name: 'Status bar' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.react-flow__renderer').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('img', { name: 'Minimap' }).count()).resolves.toBeGreaterThan(0);
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows the operating system colour scheme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openApp(app.browser, app.server.url + '?model=empty', { colorScheme });
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(colorScheme);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(20, 23, 28)' : 'rgb(246, 247, 249)');
      await expect(page.locator('.react-flow').getAttribute('class')).resolves.toContain(colorScheme);
      const path = await screenshot(page, `shell-${colorScheme}`);
      expect(existsSync(path)).toBe(true);
      await page.context().close();
    }
  });

  it('gives every control an accessible name', async () => {
    const { page } = await openApp(app.browser, app.server.url + '?model=empty');
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, textarea, [role="button"]')]
        .filter((control) => {
          const label =
            control.getAttribute('aria-label') ??
            control.getAttribute('title') ??
            (control.id ? document.querySelector(`label[for="${control.id}"]`)?.textContent : null) ??
            control.closest('label')?.textContent ??
            control.textContent;
          return !label || !label.trim();
        })
        .map((control) => control.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    await page.context().close();
  });

  it('switches the theme from the toolbar and remembers the choice', async () => {
    const { page } = await openApp(app.browser, app.server.url + '?model=empty', { colorScheme: 'light' });
    await page.getByRole('button', { name: 'Theme: follow system' }).click();
    await page.getByRole('button', { name: 'Theme: light' }).click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await page.reload();
    await page.getByRole('button', { name: 'Theme: dark' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await page.context().close();
  });

  it('shows the version in About', async () => {
    const { page } = await openApp(app.browser, app.server.url + '?model=empty');
    await page.getByRole('button', { name: 'About Mapwright' }).click();
    const dialog = page.getByRole('dialog', { name: 'About Mapwright' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/Mapwright \d+\.\d+\.\d+/);
    await expect(dialog.textContent()).resolves.toContain('Browser');
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});
