import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { edgeLabels, node, typeName } from './support/canvas';
import { useApp } from './support/useApp';

const app = useApp('?model=empty');

async function add(query: string, name: string): Promise<void> {
  await app.page.keyboard.press('Control+k');
  await app.page.getByRole('combobox', { name: 'Command' }).fill(query);
  await app.page.keyboard.press('Enter');
  await typeName(app.page, name);
}

/** With one element selected, L opens "Link to…"; type to filter, Enter links. */
async function linkTo(query: string, expectedOption: string): Promise<void> {
  await app.page.keyboard.press('l');
  const field = app.page.getByRole('combobox', { name: 'Link to' });
  await field.fill(query);
  const dialog = app.page.getByRole('dialog', { name: /^Link .* to…$/ });
  await expect(dialog.getByRole('option').first().getAttribute('aria-label')).resolves.toBe(expectedOption);
  await app.page.keyboard.press('Enter');
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

    await expect(app.page.getByLabel('Status bar').textContent()).resolves.toContain('5 elements, 4 links');
    await expect.poll(async () => (await edgeLabels(app.page)).sort()).toEqual(['Depends on', 'Depends on', 'Uses', 'offered as']);
    await expect(node(app.page, 'Server: pay-db-01').count()).resolves.toBe(1);
  });

  it('says so when CSDM allows nothing more', async () => {
    await app.page.keyboard.press('Escape');
    await node(app.page, 'Business service: Payroll Processing').click();
    await app.page.keyboard.press('l');
    const field = app.page.getByRole('combobox', { name: 'Link to' });
    await field.fill('pay-db');
    await expect(app.page.getByText('Nothing CSDM allows matches “pay-db”.').isVisible()).resolves.toBe(true);
    await app.page.keyboard.press('Escape');
    await screenshot(app.page, 'keyboard-built-map');
    expect(app.errors).toEqual([]);
  });
});
