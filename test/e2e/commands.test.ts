/**
 * Commands end to end: the command palette, the shortcuts sheet, find, the
 * browser's menu bar and the toolbar's edit buttons, by mouse and by keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot } from './support/browser';
import { dragFromPalette, node, typeName } from './support/canvas';
import { useApp } from './support/useApp';

const app = useApp('?model=empty');

const modKey = 'Control';
const palette = (p: Page) => p.getByRole('dialog', { name: 'Command palette' });
const commandField = (p: Page) => p.getByRole('combobox', { name: 'Command' });
const findField = (p: Page) => p.getByRole('searchbox', { name: 'Find' });
/** The status bar's summary ("5 elements, 2 links"); the save state beside it changes on its own. */
const statusText = (p: Page) => p.getByLabel('Status bar').locator(':scope > span').first().textContent();
const selectedNames = (p: Page) =>
  p.locator('.react-flow__node.selected .element-node-name').allTextContents();
const focusedLabel = (p: Page) =>
  p.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

/** Clicks an empty spot of the diagram, which clears the selection. */
async function clickEmptyCanvas(p: Page): Promise<void> {
  const spot = await p.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane');
    if (!pane) return null;
    const box = pane.getBoundingClientRect();
    for (let y = box.top + 20; y < box.bottom - 20; y += 40) {
      for (let x = box.left + 20; x < box.right - 20; x += 40) {
        if (document.elementFromPoint(x, y) === pane) return { x, y };
      }
    }
    return null;
  });
  if (!spot) throw new Error('no empty spot on the canvas');
  await p.mouse.click(spot.x, spot.y);
}

/** Pastes a model fragment as the clipboard would deliver it. */
async function pasteFragment(
  p: Page,
  fragment: { elements: unknown[]; placements: Record<string, unknown> },
): Promise<void> {
  const text = JSON.stringify({ format: 'mapwright/fragment', version: 1, links: [], ...fragment });
  await p.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
  }, text);
}

/** Opens the palette, types, and runs the first (highlighted) command with Enter. */
async function runCommand(p: Page, query: string): Promise<void> {
  await p.keyboard.press(`${modKey}+k`);
  await commandField(p).waitFor();
  await p.keyboard.type(query);
  await p.keyboard.press('Enter');
  await palette(p).waitFor({ state: 'detached' });
}

describe('command palette', () => {
  it('adds a business service offering from "bus off", ready to be named', async () => {
    await app.page.keyboard.press(`${modKey}+k`);
    await expect(commandField(app.page).evaluate((field) => field === document.activeElement)).resolves.toBe(
      true,
    );
    await app.page.keyboard.type('bus off');
    const first = palette(app.page).getByRole('option').first();
    await expect(first.textContent()).resolves.toContain('Add Business service offering');
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
    await screenshot(app.page, 'command-palette');
    await app.page.keyboard.press('Enter');
    await palette(app.page).waitFor({ state: 'detached' });
    await expect(
      node(app.page, 'Business service offering: New business service offering').count(),
    ).resolves.toBe(1);
    // Its name field has the focus: typing names it.
    await expect.poll(() => focusedLabel(app.page)).toBe('Name');
    await app.page.keyboard.type('Payroll Processing EMEA');
    await app.page.keyboard.press('Enter');
    await expect(node(app.page, 'Business service offering: Payroll Processing EMEA').count()).resolves.toBe(
      1,
    );
  });

  it('places the new element in the middle of the view', async () => {
    const pane = await app.page.locator('.react-flow').boundingBox();
    const box = await node(app.page, 'Business service offering: Payroll Processing EMEA').boundingBox();
    expect(pane && box).toBeTruthy();
    const dx = box!.x + box!.width / 2 - (pane!.x + pane!.width / 2);
    const dy = box!.y + box!.height / 2 - (pane!.y + pane!.height / 2);
    expect(Math.abs(dx)).toBeLessThan(20);
    expect(Math.abs(dy)).toBeLessThan(20);
  });

  it('runs "Select all" and moves through the list with the arrow keys', async () => {
    await runCommand(app.page, 'bus serv');
    await typeName(app.page, 'Payroll');
    await app.page.keyboard.press(`${modKey}+k`);
    await app.page.keyboard.type('sel');
    const options = palette(app.page).getByRole('option');
    await expect(options.first().textContent()).resolves.toContain('Select all');
    await expect(options.first().textContent()).resolves.toContain('Ctrl+A');
    // Down and back up again, then run.
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowUp');
    await expect(options.first().getAttribute('aria-selected')).resolves.toBe('true');
    await app.page.keyboard.press('Enter');
    await expect
      .poll(() => selectedNames(app.page).then((names) => names.sort()))
      .toEqual(['Payroll', 'Payroll Processing EMEA']);
  });

  it('runs a command clicked with the mouse, and closes with Escape', async () => {
    await app.page.keyboard.press(`${modKey}+k`);
    await app.page.keyboard.type('fit');
    await palette(app.page)
      .getByRole('option', { name: /Fit view/ })
      .click();
    await palette(app.page).waitFor({ state: 'detached' });
    await app.page.keyboard.press(`${modKey}+k`);
    await commandField(app.page).waitFor();
    await app.page.keyboard.press('Escape');
    await palette(app.page).waitFor({ state: 'detached' });
  });

  it('lists recently used commands first and leaves out disabled ones', async () => {
    await clickEmptyCanvas(app.page);
    await app.page.keyboard.press(`${modKey}+k`);
    const labels = await palette(app.page).getByRole('option').allTextContents();
    expect(labels[0]).toContain('Fit view');
    expect(labels[0]).toContain('Recently used');
    expect(labels[1]).toContain('Select all');
    // Nothing is selected now, so Delete and Rename are not offered; Undo is.
    const names = await palette(app.page).locator('.command-label').allTextContents();
    expect(names).not.toContain('Delete from model');
    expect(names).not.toContain('Rename');
    expect(names).toContain('Undo');
    await app.page.keyboard.press('Escape');
  });
});

describe('keyboard shortcuts sheet', () => {
  it('opens with "?" and lists actions by group and the canvas gestures', async () => {
    await clickEmptyCanvas(app.page);
    await app.page.keyboard.press('?');
    const sheet = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const edit = sheet.getByRole('region', { name: 'Edit' });
    await expect(edit.getByRole('row', { name: /Undo/ }).textContent()).resolves.toContain('Ctrl+Z');
    for (const group of ['View', 'Help', 'Canvas', 'Find bar']) {
      await expect(sheet.getByRole('region', { name: group }).count()).resolves.toBe(1);
    }
    await expect(sheet.textContent()).resolves.toContain('Drag from a handle to the other element');
    await screenshot(app.page, 'shortcuts-sheet');
    await app.page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
  });

  it('opens with Ctrl+/ too', async () => {
    await app.page.keyboard.press(`${modKey}+/`);
    const sheet = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    await sheet.getByRole('button', { name: 'Close' }).click();
    await sheet.waitFor({ state: 'hidden' });
  });
});

describe('find', () => {
  it('finds elements by name, showing "n of m", and cycles through them', async () => {
    await dragFromPalette(app.page, 'Service instance', { x: 200, y: 500 });
    await typeName(app.page, 'Payroll PROD');
    await app.page.keyboard.press(`${modKey}+f`);
    await expect.poll(() => focusedLabel(app.page)).toBe('Find');
    await app.page.keyboard.type('payroll');
    const count = app.page.locator('.find-count');
    await expect.poll(() => count.textContent()).toBe('1 of 3');
    // The matches in the order Enter visits them.
    const names = await app.page.locator('.find-result-name').allTextContents();
    expect([...names].sort()).toEqual(['Payroll', 'Payroll PROD', 'Payroll Processing EMEA']);
    await expect.poll(() => selectedNames(app.page)).toEqual([names[0]]);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('2 of 3');
    await expect.poll(() => selectedNames(app.page)).toEqual([names[1]]);
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => count.textContent()).toBe('1 of 3');
    await app.page.keyboard.press('Shift+Enter');
    await expect.poll(() => count.textContent()).toBe('3 of 3');
    await expect.poll(() => selectedNames(app.page)).toEqual([names[2]]);
    // F3 works with the focus on the canvas too.
    await app.page.locator('.react-flow__node.selected').focus();
    await app.page.keyboard.press('F3');
    await expect.poll(() => count.textContent()).toBe('1 of 3');
    await expect.poll(() => selectedNames(app.page)).toEqual([names[0]]);
    await screenshot(app.page, 'find-bar');
  });

  it('finds elements by field values: a choice label and a referenced name', async () => {
    // Escape closes the bar from inside it (on the canvas, Escape belongs to the canvas).
    await findField(app.page).press('Escape');
    await findField(app.page).waitFor({ state: 'detached' });
    // Elements with attributes arrive by paste (the same text copy puts on the clipboard).
    await pasteFragment(app.page, {
      elements: [
        { id: 'u1', kind: 'user', table: 'sys_user', name: 'Dana Scully', attributes: {} },
        {
          id: 's1',
          kind: 'service_instance',
          table: 'cmdb_ci_service_auto',
          name: 'Billing PROD',
          attributes: { operational_status: '3', owned_by: 'u1' },
        },
      ],
      placements: {
        u1: { x: -400, y: 300, width: 200, height: 72 },
        s1: { x: -400, y: 420, width: 200, height: 72 },
      },
    });
    await expect.poll(() => statusText(app.page)).toMatch(/^5 elements/);
    await clickEmptyCanvas(app.page);
    await app.page.keyboard.press(`${modKey}+f`);
    await app.page.keyboard.type('repair in');
    await expect.poll(() => app.page.locator('.find-count').textContent()).toBe('1 of 1');
    await expect.poll(() => selectedNames(app.page)).toEqual(['Billing PROD']);
    await expect(app.page.locator('.find-result').textContent()).resolves.toContain(
      'Operational status: Repair in Progress',
    );
    // A reference reads as the referenced element's name: the user by name, then the instance she owns.
    await app.page.keyboard.press(`${modKey}+a`);
    await app.page.keyboard.type('scully');
    await expect.poll(() => app.page.locator('.find-count').textContent()).toBe('1 of 2');
    await expect(app.page.locator('.find-result').allTextContents()).resolves.toEqual([
      expect.stringContaining('Dana Scully'),
      expect.stringContaining('Owned by: Dana Scully'),
    ]);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => selectedNames(app.page)).toEqual(['Billing PROD']);
  });

  it('keeps the canvas usable while open, and Escape returns focus to the canvas', async () => {
    await app.page.keyboard.press(`${modKey}+f`);
    await app.page.keyboard.press(`${modKey}+a`);
    await app.page.keyboard.type('payroll');
    await app.page.locator('.find-result', { hasText: 'Payroll PROD' }).click();
    await expect.poll(() => selectedNames(app.page)).toEqual(['Payroll PROD']);
    // The canvas still takes clicks while the bar is open.
    await clickEmptyCanvas(app.page);
    await expect.poll(() => selectedNames(app.page)).toEqual([]);
    await node(app.page, 'Service instance: Payroll PROD').click();
    await expect.poll(() => selectedNames(app.page)).toEqual(['Payroll PROD']);
    await expect(findField(app.page).isVisible()).resolves.toBe(true);
    await findField(app.page).press('Escape');
    await findField(app.page).waitFor({ state: 'detached' });
    await expect.poll(() => focusedLabel(app.page)).toBe('Service instance: Payroll PROD');
  });

  it('says when nothing matches', async () => {
    await app.page.keyboard.press(`${modKey}+f`);
    await app.page.keyboard.press(`${modKey}+a`);
    await app.page.keyboard.type('zzz-nothing');
    await expect.poll(() => app.page.locator('.find-count').textContent()).toBe('No matches');
    await app.page.keyboard.press('Escape');
  });
});

describe('menu bar (browser build)', () => {
  const menubar = (p: Page) => p.getByRole('menubar', { name: 'Application menu' });

  it('shows Edit > Undo and undoes by mouse', async () => {
    const before = await statusText(app.page);
    await runCommand(app.page, 'add server');
    await typeName(app.page, 'mail01');
    await expect.poll(() => statusText(app.page)).not.toBe(before);
    await menubar(app.page).getByRole('menuitem', { name: 'Edit' }).click();
    const menu = app.page.getByRole('menu', { name: 'Edit' });
    await menu.waitFor();
    await expect(menu.getByRole('menuitem', { name: /Undo/ }).textContent()).resolves.toContain('Ctrl+Z');
    await screenshot(app.page, 'menubar-edit');
    // Undo twice: the name, then the element.
    await menu.getByRole('menuitem', { name: /Undo/ }).click();
    await menu.waitFor({ state: 'detached' });
    await menubar(app.page).getByRole('menuitem', { name: 'Edit' }).click();
    await app.page.getByRole('menu', { name: 'Edit' }).getByRole('menuitem', { name: /Undo/ }).click();
    await expect.poll(() => statusText(app.page)).toBe(before);
  });

  it('shows disabled items as disabled', async () => {
    await clickEmptyCanvas(app.page);
    await menubar(app.page).getByRole('menuitem', { name: 'Edit' }).click();
    const menu = app.page.getByRole('menu', { name: 'Edit' });
    await expect(
      menu.getByRole('menuitem', { name: /Delete from model/ }).getAttribute('aria-disabled'),
    ).resolves.toBe('true');
    await expect(
      menu.getByRole('menuitem', { name: /Redo/ }).getAttribute('aria-disabled'),
    ).resolves.toBeNull();
    await app.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  });

  it('works from the keyboard: F10, arrows, Enter (Edit > Redo), Escape', async () => {
    const before = await statusText(app.page);
    await clickEmptyCanvas(app.page);
    await app.page.keyboard.press('F10');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe('File');
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe('Edit');
    await app.page.keyboard.press('ArrowDown');
    const menu = app.page.getByRole('menu', { name: 'Edit' });
    await menu.waitFor();
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Undo');
    await app.page.keyboard.press('ArrowDown');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Redo');
    await app.page.keyboard.press('Enter');
    await menu.waitFor({ state: 'detached' });
    await expect.poll(() => statusText(app.page)).not.toBe(before);
    // Alt focuses the bar; Right opens the next menu; Escape twice leaves it.
    await app.page.keyboard.press('Alt');
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe('View');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('menu', { name: 'View' }).waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.getByRole('menu', { name: 'View' }).waitFor({ state: 'detached' });
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe('View');
    await app.page.keyboard.press('Escape');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.closest('[role="menubar"]') === null))
      .toBe(true);
  });
});

describe('toolbar edit buttons', () => {
  it('follow the undo history and the selection', async () => {
    const toolbar = app.page.getByRole('toolbar', { name: 'Main toolbar' });
    const undoButton = toolbar.getByRole('button', { name: 'Undo' });
    const redoButton = toolbar.getByRole('button', { name: 'Redo' });
    const deleteButton = toolbar.getByRole('button', { name: 'Delete from model' });
    await expect(undoButton.getAttribute('title')).resolves.toBe('Undo (Ctrl+Z)');
    await clickEmptyCanvas(app.page);
    await expect.poll(() => deleteButton.isDisabled()).toBe(true);
    await runCommand(app.page, 'select all');
    await expect.poll(() => deleteButton.isDisabled()).toBe(false);
    const before = await statusText(app.page);
    await deleteButton.click();
    await expect.poll(() => statusText(app.page)).not.toBe(before);
    await expect.poll(() => redoButton.isDisabled()).toBe(true);
    await undoButton.click();
    await expect.poll(() => statusText(app.page)).toBe(before);
    await expect.poll(() => redoButton.isDisabled()).toBe(false);
  });
});

describe('keyboard only', () => {
  it('builds a small map without the mouse: palette entries with Tab/Enter, and Ctrl+K', async () => {
    const { page: fresh, errors: freshErrors } = await openApp(app.browser, app.server.url + '?model=empty');
    // Tab from the start of the page to the palette's filter, narrow it down, Tab to the entry, Enter.
    const filter = fresh.getByRole('searchbox', { name: 'Filter palette' });
    for (let i = 0; i < 40 && !(await filter.evaluate((field) => field === document.activeElement)); i++) {
      await fresh.keyboard.press('Tab');
    }
    await fresh.keyboard.type('business service');
    await fresh.keyboard.press('Tab');
    await expect.poll(() => focusedLabel(fresh)).toBe('Business service');
    await fresh.keyboard.press('Enter');
    await expect.poll(() => focusedLabel(fresh)).toBe('Name');
    await fresh.keyboard.type('Claims Handling');
    await fresh.keyboard.press('Enter');
    // The rest through the command palette.
    await runCommand(fresh, 'bus off');
    await expect.poll(() => focusedLabel(fresh)).toBe('Name');
    await fresh.keyboard.type('Claims Handling Gold');
    await fresh.keyboard.press('Enter');
    await runCommand(fresh, 'serv inst');
    await expect.poll(() => focusedLabel(fresh)).toBe('Name');
    await fresh.keyboard.type('Claims PROD');
    await fresh.keyboard.press('Enter');
    for (const name of [
      'Business service: Claims Handling',
      'Business service offering: Claims Handling Gold',
      'Service instance: Claims PROD',
    ]) {
      await expect(node(fresh, name).count()).resolves.toBe(1);
    }
    await expect(statusText(fresh)).resolves.toContain('3 elements');
    // Find by keyboard and rename the match with F2.
    await fresh.keyboard.press(`${modKey}+f`);
    await fresh.keyboard.type('gold');
    await fresh.keyboard.press('Escape');
    await expect.poll(() => focusedLabel(fresh)).toContain('Claims Handling Gold');
    await fresh.keyboard.press('F2');
    await expect.poll(() => focusedLabel(fresh)).toBe('Name');
    await fresh.keyboard.type('Claims Handling Silver');
    await fresh.keyboard.press('Enter');
    await expect(node(fresh, 'Business service offering: Claims Handling Silver').count()).resolves.toBe(1);
    expect(freshErrors).toEqual([]);
    await fresh.context().close();
  });

  it('saw no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});
