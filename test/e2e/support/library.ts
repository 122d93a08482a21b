/** The model library as a page shows it: the save state in the status bar, the open model's name in the toolbar. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const saveState = (page: Page) => page.getByLabel('Save state').textContent();

/** Waits until every change is written (autosave runs shortly after an edit). */
export const waitSaved = (page: Page) =>
  expect.poll(() => saveState(page), { timeout: 10_000 }).toBe('Saved');

export const openModelName = (page: Page) => page.locator('.model-name').textContent();
