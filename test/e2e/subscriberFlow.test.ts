/**
 * The Run-stage promise end to end: a subscriber added to an offering in the
 * inspector is among those hit when a server under that offering fails, and it
 * leaves the editor in the import-set bundle's service_subscribe_* table.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { node } from './support/canvas';
import { useApp } from './support/useApp';

const app = useApp();

const OFFERING = 'Payroll Processing – EMEA';
const NEW_SUBSCRIBER = 'Night Shift Payroll';

const inspector = () => app.page.getByRole('complementary', { name: 'Inspector' });
const analysisPanel = () => app.page.getByRole('complementary', { name: /analysis$/ });

describe('a subscriber added in the inspector', () => {
  it('is added to an offering as a new department', async () => {
    await expect
      .poll(() => app.page.getByLabel('Status bar').textContent())
      .toContain('49 elements, 45 links');
    await node(app.page, `Business service offering: ${OFFERING}`).click();
    const subscribedBy = inspector().getByRole('region', { name: 'Subscribed by' });
    await subscribedBy.getByRole('button', { name: 'Add subscriber…' }).click();
    const picker = app.page.getByRole('dialog', { name: new RegExp(`Add a subscriber to ${OFFERING}`) });
    await picker.getByRole('combobox', { name: 'Subscriber' }).fill(NEW_SUBSCRIBER);
    await picker.getByRole('option', { name: `Create new department named “${NEW_SUBSCRIBER}”` }).click();
    await expect
      .poll(() =>
        subscribedBy
          .getByRole('group', { name: 'Departments' })
          .locator('.link-entry-other')
          .allTextContents(),
      )
      .toEqual([NEW_SUBSCRIBER]);
  });

  it('appears in the impact list of a server under that offering', async () => {
    await node(app.page, 'Server: lnx-pay-app-01').click();
    await app.page.keyboard.press('i');
    const entry = analysisPanel().locator('.analysis-entry', { hasText: NEW_SUBSCRIBER });
    await expect.poll(() => entry.count()).toBe(1);
    await expect(entry.locator('.analysis-entry-via').textContent()).resolves.toBe(`via ${OFFERING}`);
    await app.page.keyboard.press('Escape');
  });

  it('leaves the editor in the import-set bundle as a service_subscribe_department row', async () => {
    await app.page.keyboard.press('Control+e');
    const dialog = app.page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /Import-set bundle/ }).check();
    const download = app.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const files = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
    const table = files['service_subscribe_department.json'];
    expect(table).toBeDefined();
    const { records } = JSON.parse(strFromU8(table!)) as { records: Record<string, string>[] };
    const rows = records.filter((row) => Object.values(row).includes(NEW_SUBSCRIBER));
    expect(rows).toHaveLength(1);
    expect(Object.values(rows[0]!)).toContain(OFFERING);
    expect(app.errors).toEqual([]);
  });
});
