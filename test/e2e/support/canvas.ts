/** Mouse and keyboard helpers for driving the canvas like a user. */
import type { Locator, Page } from 'playwright-core';

export const node = (page: Page, accessibleName: string): Locator =>
  page.locator(`.react-flow__node[aria-label="${accessibleName}"]`);

export async function dragFromPalette(page: Page, kindLabel: string, at: { x: number; y: number }): Promise<void> {
  const canvas = page.locator('.react-flow__pane');
  await page
    .getByRole('complementary', { name: 'Palette' })
    .getByRole('button', { name: kindLabel, exact: true })
    .dragTo(canvas, { targetPosition: at });
}

/** Names the element just added (it arrives with its name field focused). */
export async function typeName(page: Page, name: string): Promise<void> {
  const field = page.locator('.element-node-rename');
  await field.waitFor();
  await field.fill(name);
  await field.press('Enter');
}

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from a node's bottom handle onto another node, the way a user draws a link. */
export async function drawLink(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await centreOf(from.locator('.react-flow__handle-bottom'));
  const end = await centreOf(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // React Flow ignores the first pixel of a drag.
  await page.mouse.move(start.x + 3, start.y + 3);
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
}

export async function dragBy(page: Page, target: Locator, dx: number, dy: number): Promise<void> {
  const start = await centreOf(target.locator('.element-node-header'));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 2, start.y + 2);
  await page.mouse.move(start.x + dx, start.y + dy, { steps: 10 });
  await page.mouse.up();
}

export const edgeLabels = (page: Page): Promise<string[]> =>
  page.locator('.react-flow__edge .react-flow__edge-text').allTextContents();

export const notice = (page: Page): Locator => page.getByRole('status');
