import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { dragBy, dragFromPalette, drawLink, edgeLabels, node, notice, typeName } from './support/canvas';
import { useApp } from './support/useApp';

const app = useApp('?model=empty');

const modKey = 'Control';

describe('drawing a service map with the mouse', () => {
  it('drags kinds from the palette onto the canvas and names them', async () => {
    await dragFromPalette(app.page, 'Business service offering', { x: 300, y: 150 });
    await typeName(app.page, 'Payroll Processing EMEA');
    await dragFromPalette(app.page, 'Service instance', { x: 300, y: 400 });
    await typeName(app.page, 'Payroll PROD');
    await dragFromPalette(app.page, 'Business service', { x: 650, y: 150 });
    await typeName(app.page, 'Claims Management');
    await expect(node(app.page, 'Business service offering: Payroll Processing EMEA').count()).resolves.toBe(1);
    await expect(node(app.page, 'Service instance: Payroll PROD').count()).resolves.toBe(1);
    await expect(app.page.getByLabel('Status bar').textContent()).resolves.toContain('3 elements, 0 links');
  });

  it('connects two elements with the link type CSDM allows', async () => {
    await drawLink(app.page, node(app.page, 'Business service offering: Payroll Processing EMEA'), node(app.page, 'Service instance: Payroll PROD'));
    await expect.poll(() => edgeLabels(app.page)).toEqual(['Depends on']);
    await expect(app.page.getByLabel('Status bar').textContent()).resolves.toContain('1 link');
  });

  it('refuses a link CSDM does not allow and says why', async () => {
    await drawLink(app.page, node(app.page, 'Business service: Claims Management'), node(app.page, 'Service instance: Payroll PROD'));
    await expect.poll(() => notice(app.page).textContent()).toMatch(/business service/i);
    await expect(edgeLabels(app.page)).resolves.toEqual(['Depends on']);
  });

  it('moves a node as one undoable step, and undoes and redoes it', async () => {
    const target = node(app.page, 'Business service: Claims Management');
    const before = await target.boundingBox();
    await dragBy(app.page, target, 120, 60);
    const moved = await target.boundingBox();
    expect(moved!.x - before!.x).toBeGreaterThan(80);
    await app.page.keyboard.press(`${modKey}+z`);
    await expect.poll(async () => Math.round((await target.boundingBox())!.x)).toBe(Math.round(before!.x));
    await app.page.keyboard.press(`${modKey}+Shift+z`);
    await expect.poll(async () => Math.round((await target.boundingBox())!.x)).toBe(Math.round(moved!.x));
  });

  it('renames in place with F2', async () => {
    await node(app.page, 'Business service: Claims Management').click();
    await app.page.keyboard.press('F2');
    await typeName(app.page, 'Claims Handling');
    await expect(node(app.page, 'Business service: Claims Handling').count()).resolves.toBe(1);
    await app.page.keyboard.press(`${modKey}+z`);
    await expect(node(app.page, 'Business service: Claims Management').count()).resolves.toBe(1);
  });

  it('copies and pastes with new ids, keeping links inside the selection', async () => {
    await node(app.page, 'Business service offering: Payroll Processing EMEA').click();
    await node(app.page, 'Service instance: Payroll PROD').click({ modifiers: ['Shift'] });
    await app.page.keyboard.press(`${modKey}+c`);
    await app.page.keyboard.press(`${modKey}+v`);
    await expect.poll(() => node(app.page, 'Service instance: Payroll PROD').count()).toBe(2);
    await expect.poll(() => edgeLabels(app.page)).toEqual(['Depends on', 'Depends on']);
    await expect(app.page.getByLabel('Status bar').textContent()).resolves.toContain('5 elements, 2 links');
  });

  it('deletes the selection from the model with its links', async () => {
    // The pasted copies are selected after a paste.
    await app.page.keyboard.press('Delete');
    await expect.poll(() => app.page.getByLabel('Status bar').textContent()).toContain('3 elements, 1 link');
    await screenshot(app.page, 'canvas-after-edits');
    expect(app.errors).toEqual([]);
  });
});
