/**
 * The navigator, subscribers and Foundation data end to end, on the Run-stage
 * sample: the portfolio -> services -> offerings tree, search, keyboard and
 * click focusing an element on the canvas, dragging a row into another view;
 * adding (existing and new) and removing an offering's subscribers in the
 * inspector with undo, and showing them on the canvas; the Foundation data
 * manager adding, editing and deleting records (listing where one is used).
 * Ends with screenshots in both themes.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot } from './support/browser';
import { node, notice } from './support/canvas';
import { useApp } from './support/useApp';

const app = useApp('', { colorScheme: 'light' });

const navigator = (p: Page = app.page): Locator => p.getByRole('complementary', { name: 'Navigator' });
const tree = (p: Page = app.page): Locator => navigator(p).getByRole('tree', { name: 'Model elements' });
const item = (name: string, p: Page = app.page): Locator =>
  tree(p).getByRole('treeitem', { name, exact: true });
const itemNames = (p: Page = app.page): Promise<string[]> =>
  tree(p)
    .getByRole('treeitem')
    .evaluateAll((items) =>
      items.map((i) => `${i.getAttribute('aria-level')}:${i.getAttribute('aria-label')}`),
    );
const inspector = (): Locator => app.page.getByRole('complementary', { name: 'Inspector' });
const subscribedBy = (): Locator => inspector().getByRole('region', { name: 'Subscribed by' });
const subscriberNames = (group: string): Promise<string[]> =>
  subscribedBy().getByRole('group', { name: group }).locator('.link-entry-other').allTextContents();
const selectedNodes = (): Promise<string[]> =>
  app.page
    .locator('.react-flow__node.selected')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
const selectedTab = (): Promise<string | null> =>
  app.page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { selected: true }).textContent();
const status = (): Promise<string | null> => app.page.getByLabel('Status bar').textContent();
const foundation = (): Locator => app.page.getByRole('dialog', { name: 'Foundation data' });

async function elementCount(): Promise<number> {
  const text = (await status()) ?? '';
  return Number(/(\d+) elements?/.exec(text)?.[1] ?? NaN);
}

/** Undo with the keyboard once no field has the focus (a focused text field undoes its own typing). */
async function undo(): Promise<void> {
  await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await app.page.keyboard.press('Control+z');
}

async function showNavigator(p: Page = app.page): Promise<void> {
  await p.getByRole('tablist', { name: 'Sidebar' }).getByRole('tab', { name: 'Navigator' }).click();
  await tree(p).waitFor();
}

describe('the navigator', () => {
  it('shows the sample portfolio over its services over their offerings, then the rest by kind', async () => {
    await showNavigator();
    const names = await itemNames();
    expect(names.slice(0, 14)).toEqual([
      '1:Northwind Service Portfolio',
      '2:Claims Management',
      '3:Claims Management – Commercial',
      '3:Claims Management – Retail customers',
      '2:Customer Onboarding',
      '3:Customer Onboarding – Branch',
      '3:Customer Onboarding – Online',
      '2:Payroll Processing',
      '3:Payroll Processing – Americas',
      '3:Payroll Processing – EMEA',
      '2:Database Services',
      '3:PostgreSQL – Production',
      '2:Hosting Services',
      '3:Linux Hosting – Production',
    ]);
    expect(names.slice(14)).toEqual([
      '1:Service Delivery',
      '1:Design & Planning',
      '1:Infrastructure',
      '1:Foundation',
    ]);
    await expect(item('Northwind Service Portfolio').getAttribute('aria-expanded')).resolves.toBe('true');
    // The row tells in how many views the element is, and which.
    await expect(item('Payroll Processing').getAttribute('aria-description')).resolves.toBe(
      'Business service. In 2 views: Run stage service map, Payroll Processing',
    );
    await expect(item('Payroll Processing').locator('.nav-views').textContent()).resolves.toBe('2');
    await expect(item('Claims Management').locator('.nav-views').textContent()).resolves.toBe('1');
  });

  it('filters the tree to matches and their ancestors', async () => {
    const search = navigator().getByRole('searchbox', { name: 'Search the model' });
    await search.fill('emea');
    await expect
      .poll(() => itemNames())
      .toEqual(['1:Northwind Service Portfolio', '2:Payroll Processing', '3:Payroll Processing – EMEA']);
    await expect(navigator().getByText('1 element match').count()).resolves.toBe(1);
    await search.fill('prod');
    await expect
      .poll(() => itemNames())
      .toEqual([
        '1:Northwind Service Portfolio',
        '2:Database Services',
        '3:PostgreSQL – Production',
        '2:Hosting Services',
        '3:Linux Hosting – Production',
        '1:Service Delivery',
        '2:Service instances',
        '3:Claims PROD',
        '3:Onboarding Portal PROD',
        '3:Payroll PROD',
      ]);
    await search.fill('no such thing');
    await expect.poll(() => itemNames()).toEqual([]);
    await expect(navigator().getByText('Nothing matches “no such thing”.').count()).resolves.toBe(1);
    await search.fill('');
    await expect.poll(async () => (await itemNames()).length).toBe(18);
  });

  it('walks the tree with the keyboard, type-ahead included, and Enter focuses the element on the canvas', async () => {
    await item('Northwind Service Portfolio').click();
    await expect.poll(() => selectedNodes()).toEqual(['Service portfolio: Northwind Service Portfolio']);
    // Type-ahead to the Service Delivery section, open it and the service instances below it.
    await app.page.keyboard.type('Serv');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Service Delivery');
    await app.page.keyboard.press('ArrowRight');
    await expect(item('Service Delivery').getAttribute('aria-expanded')).resolves.toBe('true');
    await app.page.keyboard.press('ArrowRight');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Service instances');
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowDown');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Claims PROD');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => selectedNodes()).toEqual(['Service instance: Claims PROD']);
    await expect.poll(() => inspector().locator('.inspector-header-name').textContent()).toBe('Claims PROD');
    // Left goes to the parent, then closes it.
    await app.page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Service instances');
    await app.page.keyboard.press('ArrowLeft');
    await expect(item('Service instances').getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(item('Claims PROD').count()).resolves.toBe(0);
  });

  it('switches to a view that shows the element when the active one does not', async () => {
    await app.page
      .getByRole('tablist', { name: 'Views' })
      .getByRole('tab', { name: 'Payroll Processing', exact: true })
      .click();
    await expect.poll(() => selectedTab()).toBe('Payroll Processing');
    await item('Claims Management').click();
    await expect.poll(() => selectedTab()).toBe('Run stage service map');
    await expect.poll(() => selectedNodes()).toEqual(['Business service: Claims Management']);
    // The node is in sight.
    const box = await node(app.page, 'Business service: Claims Management').boundingBox();
    const canvas = await app.page.locator('.react-flow').boundingBox();
    expect(box && canvas && box.x >= canvas.x && box.x + box.width <= canvas.x + canvas.width).toBe(true);
  });

  it('drags a row onto another view to show that element there, and refuses a second time', async () => {
    await app.page.getByRole('button', { name: 'New view' }).click();
    await expect.poll(() => selectedTab()).toBe('View 3');
    await expect(app.page.locator('.react-flow__node').count()).resolves.toBe(0);
    const pane = app.page.locator('.react-flow__pane');
    await item('Payroll Processing').dragTo(pane, { targetPosition: { x: 300, y: 150 } });
    await expect.poll(() => node(app.page, 'Business service: Payroll Processing').count()).toBe(1);
    await expect.poll(() => selectedNodes()).toEqual(['Business service: Payroll Processing']);
    await expect
      .poll(() => item('Payroll Processing').getAttribute('aria-description'))
      .toBe('Business service. In 3 views: Run stage service map, Payroll Processing, View 3');
    // Nothing was created: the same element is in three views.
    await expect(status()).resolves.toContain('elements');
    const before = await elementCount();
    await item('Payroll Processing').dragTo(pane, { targetPosition: { x: 500, y: 300 } });
    await expect
      .poll(() => notice(app.page).textContent())
      .toContain('"Payroll Processing" is already in this view.');
    await expect(app.page.locator('.react-flow__node').count()).resolves.toBe(1);
    expect(await elementCount()).toBe(before);
  });
});

describe('subscribers of an offering', () => {
  it('lists the subscribers by kind', async () => {
    await item('Claims Management – Commercial').click();
    await expect
      .poll(() => inspector().locator('.inspector-header-name').textContent())
      .toBe('Claims Management – Commercial');
    await expect.poll(() => subscriberNames('Companies')).toEqual(['Contoso Logistics']);
  });

  it('adds an existing company and a new department (created and subscribed in one step), removes one, and undoes', async () => {
    const before = await elementCount();
    await subscribedBy().getByRole('button', { name: 'Add subscriber…' }).click();
    const picker = app.page.getByRole('dialog', {
      name: /Add a subscriber to Claims Management – Commercial/,
    });
    await picker.getByRole('combobox', { name: 'Subscriber' }).fill('northwind');
    await picker.getByRole('option', { name: 'Northwind Financial, company' }).click();
    await expect
      .poll(() => subscriberNames('Companies'))
      .toEqual(['Contoso Logistics', 'Northwind Financial']);

    await subscribedBy().getByRole('button', { name: 'Add subscriber…' }).click();
    await picker.getByRole('combobox', { name: 'Subscriber' }).fill('Risk Office');
    // Already subscribed records are not offered again; new records of all five kinds are.
    await expect(picker.getByRole('option').count()).resolves.toBe(5);
    await picker.getByRole('option', { name: 'Create new department named “Risk Office”' }).click();
    await expect.poll(() => subscriberNames('Departments')).toEqual(['Risk Office']);
    await expect.poll(() => elementCount()).toBe(before + 1);

    await subscribedBy().getByRole('button', { name: 'Remove subscriber Northwind Financial' }).click();
    await expect.poll(() => subscriberNames('Companies')).toEqual(['Contoso Logistics']);

    await undo();
    await expect
      .poll(() => subscriberNames('Companies'))
      .toEqual(['Contoso Logistics', 'Northwind Financial']);
    // One step takes back both the new department and its subscription.
    await undo();
    await expect.poll(() => subscriberNames('Departments')).toEqual([]);
    await expect.poll(() => elementCount()).toBe(before);
    await undo();
    await expect.poll(() => subscriberNames('Companies')).toEqual(['Contoso Logistics']);
  });

  it('shows the subscribers on the canvas below the offering', async () => {
    // In View 3 only Payroll Processing is shown: bring the offering in, then its subscribers.
    await app.page
      .getByRole('tablist', { name: 'Views' })
      .getByRole('tab', { name: 'View 3', exact: true })
      .click();
    await expect.poll(() => selectedTab()).toBe('View 3');
    const pane = app.page.locator('.react-flow__pane');
    await item('Claims Management – Commercial').dragTo(pane, { targetPosition: { x: 600, y: 120 } });
    const offering = node(app.page, 'Business service offering: Claims Management – Commercial');
    await expect.poll(() => offering.count()).toBe(1);
    const show = subscribedBy().getByRole('button', { name: 'Show subscribers on the canvas' });
    await expect(show.isEnabled()).resolves.toBe(true);
    await show.click();
    const contoso = node(app.page, 'Company: Contoso Logistics');
    await expect.poll(() => contoso.count()).toBe(1);
    const [a, b] = [await offering.boundingBox(), await contoso.boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y + a!.height);
    // Drawn linked to the offering.
    await expect.poll(() => app.page.locator('.react-flow__edge').count()).toBe(1);
    await expect(show.isDisabled()).resolves.toBe(true);
    await screenshot(app.page, 'subscribers-on-canvas-light');
  });
});

describe('Foundation data', () => {
  it('opens from the navigator, adds a location and edits it', async () => {
    await item('Foundation').getByRole('button', { name: 'Foundation data…' }).click();
    await expect(foundation().isVisible()).resolves.toBe(true);
    await foundation()
      .getByRole('tab', { name: /Locations/ })
      .click();
    const table = foundation().getByRole('table', { name: 'Locations' });
    await expect(table.getByRole('row').count()).resolves.toBe(3); // header, London, New York
    await foundation().getByRole('button', { name: 'Add location' }).click();
    await foundation().getByLabel('Name of the new location').fill('Berlin');
    await foundation().getByLabel('City of the new location').fill('Berlin');
    await foundation().getByLabel('Country of the new location').fill('Germany');
    await foundation().getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => table.getByRole('row', { name: 'Berlin' }).count()).toBe(1);
    await expect(foundation().getByRole('status').textContent()).resolves.toBe('Added location “Berlin”.');

    const city = foundation().getByLabel('City of Berlin');
    await city.fill('Berlin-Mitte');
    await city.press('Enter');
    const parent = foundation().getByLabel('Parent location of Berlin');
    await parent.focus(); // its options are built once it is used
    await parent.selectOption({ label: 'London' });
    await expect.poll(() => parent.inputValue()).not.toBe('');
    // A name is required: the refusal is told and the name put back.
    const name = foundation().getByLabel('Name of Berlin');
    await name.fill('');
    await name.press('Enter');
    await expect.poll(() => foundation().getByRole('alert').textContent()).toBe('A name is required.');
    await expect(name.inputValue()).resolves.toBe('Berlin');
    await expect(foundation().getByLabel('City of Berlin').inputValue()).resolves.toBe('Berlin-Mitte');
    // Searching covers field values.
    await foundation().getByRole('searchbox', { name: 'Search locations' }).fill('germany');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await foundation().getByRole('searchbox', { name: 'Search locations' }).fill('');
  });

  it('lists where a record is used before deleting it, and deleting clears the references', async () => {
    await foundation().getByRole('tab', { name: /Users/ }).click();
    const table = foundation().getByRole('table', { name: 'Users' });
    await table
      .getByRole('row', { name: 'Sam Rivera' })
      .getByRole('button', { name: 'Delete Sam Rivera' })
      .click();
    const confirm = foundation().getByRole('group', { name: 'Delete Sam Rivera' });
    await expect(confirm.textContent()).resolves.toContain('It is used in 1 place.');
    await expect(confirm.getByRole('group', { name: 'Where it is used' }).textContent()).resolves.toContain(
      'Northwind Service PortfolioService portfolioOwner',
    );
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => table.getByRole('row', { name: 'Sam Rivera' }).count()).toBe(1);

    // A subscriber: its subscription is listed too.
    await foundation()
      .getByRole('tab', { name: /Companies/ })
      .click();
    const companies = foundation().getByRole('table', { name: 'Companies' });
    await companies.getByRole('button', { name: 'Delete Contoso Logistics' }).click();
    const uses = foundation().getByRole('group', { name: 'Where it is used' });
    await expect(uses.textContent()).resolves.toContain('subscribes toClaims Management – Commercial');
    await screenshot(app.page, 'foundation-delete-light');
    await foundation().getByRole('button', { name: 'Delete company' }).click();
    await expect.poll(() => companies.getByRole('row', { name: 'Contoso Logistics' }).count()).toBe(0);
    await foundation().getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => foundation().count()).toBe(0);
    await expect.poll(() => subscriberNames('Companies')).toEqual([]);
    await undo();
    await expect.poll(() => subscriberNames('Companies')).toEqual(['Contoso Logistics']);
  });

  it('marks a record that is in no view in the navigator; Enter says so', async () => {
    const search = navigator().getByRole('searchbox', { name: 'Search the model' });
    await search.fill('berlin');
    await expect.poll(() => itemNames()).toEqual(['1:Foundation', '2:Locations', '3:Berlin']);
    await expect(item('Berlin').getAttribute('aria-description')).resolves.toBe(
      'Location. In no view: drag it onto the canvas to show it',
    );
    await expect(item('Berlin').locator('.nav-noview').count()).resolves.toBe(1);
    await item('Berlin').focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => notice(app.page).textContent()).toContain('"Berlin" is in no view');
    await expect.poll(() => inspector().locator('.inspector-header-name').textContent()).toBe('Berlin');
    await search.fill('');
  });

  it('is a command too', async () => {
    await app.page.keyboard.press('Control+k');
    await app.page.getByRole('combobox', { name: /command/i }).fill('Foundation data');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => foundation().count()).toBe(1);
    await foundation().getByRole('button', { name: 'Close' }).click();
    expect(app.errors).toEqual([]);
  });
});

describe('screenshots', () => {
  it('navigator and Foundation data in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page: shot } = await openApp(app.browser, app.server.url, { colorScheme });
      await showNavigator(shot);
      await shot.getByRole('treeitem', { name: 'Claims Management – Commercial', exact: true }).click();
      await shot.getByRole('treeitem', { name: 'Infrastructure', exact: true }).click();
      await shot.getByRole('treeitem', { name: 'Servers', exact: true }).click();
      await screenshot(shot, `navigator-${colorScheme}`);
      await shot
        .getByRole('complementary', { name: 'Inspector' })
        .getByRole('button', { name: 'Add subscriber…' })
        .click();
      await shot.getByRole('combobox', { name: 'Subscriber' }).fill('Fin');
      await screenshot(shot, `subscriber-picker-${colorScheme}`);
      await shot.keyboard.press('Escape');
      await shot
        .getByRole('treeitem', { name: 'Foundation', exact: true })
        .getByRole('button', { name: 'Foundation data…' })
        .click();
      await shot.getByRole('dialog', { name: 'Foundation data' }).getByRole('tab', { name: /Users/ }).click();
      await screenshot(shot, `foundation-data-${colorScheme}`);
      await shot.context().close();
    }
  });
});
