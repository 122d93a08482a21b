import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { dragFromPalette, drawLink, edgeLabels, node, notice, typeName } from './support/canvas';
import { useApp } from './support/useApp';

const app = useApp('?model=empty');

const inspector = (): Locator => app.page.getByRole('complementary', { name: 'Inspector' });
const field = (label: string): Locator => inspector().getByLabel(label, { exact: true });
const header = (): Locator => inspector().locator('.inspector-header');

const optionLabels = (select: Locator): Promise<string[]> =>
  select.locator('option').evaluateAll((options) => options.map((option) => option.textContent ?? ''));

/** Going to an element zooms to it; this brings every node back into sight. */
const fitView = (): Promise<void> => app.page.locator('.react-flow__controls-fitview').click();

/** A click on empty canvas. */
const clearSelection = (): Promise<void> =>
  app.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });

/** Undo with the keyboard once no field has the focus (a focused text field undoes its own typing). */
async function undo(): Promise<void> {
  await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await app.page.keyboard.press('Control+z');
}

describe('the inspector', () => {
  it('summarises the model when nothing is selected, and renames it', async () => {
    await expect(
      inspector()
        .getByText(/Select an element or a link/)
        .count(),
    ).resolves.toBe(1);
    await expect(field('Target CSDM version').inputValue()).resolves.toBe('5');
    await field('Model name').fill('Payroll services');
    await field('Model name').press('Enter');
    await expect.poll(() => app.page.locator('.toolbar .model-name').textContent()).toBe('Payroll services');
  });

  it('counts the elements by kind', async () => {
    await dragFromPalette(app.page, 'Technical service offering', { x: 160, y: 90 });
    await typeName(app.page, 'Payroll Hosting');
    await dragFromPalette(app.page, 'Group', { x: 460, y: 90 });
    await typeName(app.page, 'Payroll Ops');
    await dragFromPalette(app.page, 'Virtual machine', { x: 160, y: 300 });
    await typeName(app.page, 'vm-01');
    await dragFromPalette(app.page, 'Server', { x: 160, y: 520 });
    await typeName(app.page, 'srv-a');
    await dragFromPalette(app.page, 'Server', { x: 460, y: 520 });
    await typeName(app.page, 'srv-b');
    await clearSelection();
    const byKind = inspector().getByRole('list', { name: 'Elements by kind' });
    await expect
      .poll(() => byKind.locator('li').allTextContents())
      .toEqual(['Technical service offering1', 'Server2', 'Virtual machine1', 'Group1']);
  });

  it('renames through the Name field, and undo reverts it', async () => {
    await node(app.page, 'Technical service offering: Payroll Hosting').click();
    await expect(header().textContent()).resolves.toContain('Technical service offering');
    await field('Name').fill('Payroll Platform');
    await field('Name').press('Enter');
    await expect.poll(() => node(app.page, 'Technical service offering: Payroll Platform').count()).toBe(1);
    await undo();
    await expect.poll(() => node(app.page, 'Technical service offering: Payroll Hosting').count()).toBe(1);
    await expect(field('Name').inputValue()).resolves.toBe('Payroll Hosting');
  });

  it('refuses an empty name, says why and reverts the field', async () => {
    await field('Name').fill('   ');
    await field('Name').press('Enter');
    await expect.poll(() => notice(app.page).textContent()).toContain('A name is required.');
    await expect(field('Name').inputValue()).resolves.toBe('Payroll Hosting');
  });

  it('sets the operational status from its choice list', async () => {
    await field('Operational status').selectOption({ label: 'Operational' });
    await expect(field('Operational status').inputValue()).resolves.toBe('1');
  });

  it("offers only the chosen stage's statuses, and drops a status that no longer fits", async () => {
    const stage = field('Life cycle stage');
    const status = field('Life cycle stage status');
    await expect(status.isDisabled()).resolves.toBe(true);
    await stage.selectOption('Operational');
    await expect
      .poll(() => optionLabels(status))
      .toEqual(['—', 'In Use', 'End of Support', 'Pending Retirement']);
    await status.selectOption('In Use');
    await expect(status.inputValue()).resolves.toBe('In Use');
    await expect
      .poll(() =>
        node(app.page, 'Technical service offering: Payroll Hosting')
          .locator('.lifecycle-badge')
          .textContent(),
      )
      .toBe('Operational');
    await stage.selectOption('Ideation');
    await expect.poll(() => optionLabels(status)).toEqual(['—', 'Under Evaluation', 'Pilot']);
    await expect(status.inputValue()).resolves.toBe('');
  });

  it('sets a reference by searching the name, and goes to the referenced record', async () => {
    const support = field('Support group');
    await support.fill('ops');
    const option = inspector().getByRole('listbox').getByRole('option', { name: 'Payroll Ops' });
    await expect(option.count()).resolves.toBe(1);
    await option.click();
    await expect.poll(() => support.inputValue()).toBe('Payroll Ops');
    // The keyboard works too: arrow down to the match, Enter to take it.
    const managedBy = field('Managed by group');
    await managedBy.click();
    await managedBy.press('ArrowDown');
    await expect(inspector().getByRole('listbox').getByRole('option').allTextContents()).resolves.toEqual([
      'Payroll Ops',
    ]);
    await managedBy.press('Enter');
    await expect.poll(() => managedBy.inputValue()).toBe('Payroll Ops');
    await support.locator('..').getByRole('button', { name: 'Go to Payroll Ops' }).click();
    await expect.poll(() => header().textContent()).toContain('Group');
    await expect(
      node(app.page, 'Group: Payroll Ops').locator('.element-node').getAttribute('class'),
    ).resolves.toContain('is-selected');
  });

  it('changes the table of a server within its family', async () => {
    await fitView();
    await node(app.page, 'Server: srv-a').click();
    await field('Table').selectOption('cmdb_ci_linux_server');
    await expect
      .poll(() => node(app.page, 'Server: srv-a').locator('.element-node-table').textContent())
      .toBe('cmdb_ci_linux_server');
  });

  it("changes a link's type among those CSDM allows for the pair", async () => {
    await fitView();
    await drawLink(app.page, node(app.page, 'Virtual machine: vm-01'), node(app.page, 'Server: srv-a'));
    await app.page
      .getByRole('dialog', { name: 'Which link?' })
      .getByRole('button', { name: /Hosted on/ })
      .click();
    await expect.poll(() => edgeLabels(app.page)).toEqual(['Hosted on']);
    await app.page.locator('.react-flow__edge-textbg').first().click();
    await expect.poll(() => header().textContent()).toContain('vm-01 Hosted on srv-a');
    const type = field('Link type');
    await expect(optionLabels(type)).resolves.toEqual(['Hosted on', 'Virtualized by']);
    await type.selectOption('Virtualized by::Virtualizes');
    await expect.poll(() => edgeLabels(app.page)).toEqual(['Virtualized by']);
    await expect(inspector().textContent()).resolves.toContain(
      'cmdb_rel_ci relationship "Virtualized by::Virtualizes"',
    );
  });

  it("lists an element's links by direction and goes to the other end", async () => {
    await node(app.page, 'Virtual machine: vm-01').click();
    const links = inspector().getByRole('region', { name: 'Links' });
    await expect
      .poll(() => links.locator('.link-entry-text').allTextContents())
      .toEqual(['Virtualized by→srv-a']);
    await links.getByRole('button', { name: 'Go to srv-a' }).click();
    await expect.poll(() => header().textContent()).toContain('srv-a');
    await expect(
      node(app.page, 'Server: srv-a').locator('.element-node').getAttribute('class'),
    ).resolves.toContain('is-selected');
    await expect(
      links.getByRole('button', { name: 'Virtualizes ← vm-01', exact: true }).count(),
    ).resolves.toBe(1);
  });

  it('edits the fields several elements share in one undo step', async () => {
    await fitView();
    await clearSelection();
    await node(app.page, 'Server: srv-a').click();
    await field('Operational status').selectOption({ label: 'Operational' });
    await node(app.page, 'Server: srv-b').click({ modifiers: ['Shift'] });
    await expect.poll(() => header().textContent()).toContain('2 elements selected');
    const status = field('Operational status');
    await expect(status.locator('option:checked').textContent()).resolves.toBe('(mixed)');
    await status.selectOption({ label: 'Repair in Progress' });
    await expect.poll(() => status.inputValue()).toBe('3');
    await screenshot(app.page, 'inspector-multi');

    await undo();
    await expect.poll(() => status.locator('option:checked').textContent()).toBe('(mixed)');
    await clearSelection();
    await node(app.page, 'Server: srv-b').click();
    await expect(field('Operational status').inputValue()).resolves.toBe('');
    await node(app.page, 'Server: srv-a').click();
    await expect(field('Operational status').inputValue()).resolves.toBe('1');
  });

  it('looks right in both themes', async () => {
    await clearSelection();
    await node(app.page, 'Technical service offering: Payroll Hosting').click();
    await screenshot(app.page, 'inspector');
    await app.page.getByRole('button', { name: /^Theme:/ }).click();
    await app.page.getByRole('button', { name: /^Theme:/ }).click();
    await expect.poll(() => app.page.locator('html').getAttribute('data-theme')).toBe('dark');
    await screenshot(app.page, 'inspector-dark');
  });

  it("shows the element's findings and applies a one-step fix", async () => {
    const findings = inspector().getByRole('region', { name: 'Findings' });
    await expect(findings.textContent()).resolves.toContain('Ideation');
    await findings.getByRole('button', { name: 'Set operational status to “Pipeline”' }).click();
    await expect.poll(() => field('Operational status').inputValue()).toBe('7');
    await expect.poll(() => findings.textContent()).not.toContain('Ideation');
    expect(app.errors).toEqual([]);
  });
});
