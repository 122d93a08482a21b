/**
 * Analysis end to end on the Run-stage sample: the Health panel's scores and
 * findings with one-click fixes, impact ("what fails with it") and its reverse
 * ("what it depends on") highlighted on the canvas and listed beside it,
 * copied and exported as CSV, and the stage filter. Ends with screenshots of
 * the Health panel and of an impact view (light theme).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/csdm/catalogue';
import { upstreamImpact } from '../../shared/graph/upstream-impact';
import { parseModelDocument } from '../../shared/model/documentSchema';
import type { Element, ModelDocument } from '../../shared/model/types';
import { fromCsv } from '../../shared/exchange/csv/papa';
import { openApp, screenshot } from './support/browser';
import { dragFromPalette, node, typeName } from './support/canvas';
import { useApp } from './support/useApp';

const parsed = parseModelDocument(
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../assets/samples/run-stage-sample.json'), 'utf8'),
  ),
  CATALOGUE,
);
if (!parsed.ok) throw new Error(parsed.reason);
const sample: ModelDocument = parsed.doc;
const byName = (name: string): Element => {
  const element = Object.values(sample.elements).find((entry) => entry.name === name);
  if (!element) throw new Error(`${name} is not in the sample`);
  return element;
};
const accessibleName = (element: Element) => `${CATALOGUE.kinds[element.kind].label}: ${element.name}`;
const sorted = (names: Iterable<string>) => [...names].sort((a, b) => a.localeCompare(b));

/** What the sample says fails with the payroll application server, straight from shared/graph. */
const SERVER = byName('lnx-pay-app-01');
const expected = upstreamImpact(sample, CATALOGUE, SERVER.id);
const names = (items: readonly { element: Element }[]) => sorted(items.map((item) => item.element.name));
const EXPECTED_GROUPS: Record<string, string[]> = {
  'Business services': names(expected.businessServices),
  'Business service offerings': names(expected.businessOfferings),
  'Technical services': names(expected.technicalServices),
  'Technical service offerings': names(expected.technicalOfferings),
  'Service instances': names(expected.serviceInstances),
  'Business applications': names(expected.businessApplications),
  'Other CIs': names(expected.otherCis),
  'Subscribing locations': names(expected.subscribers.locations),
};
const SUBSCRIBER_COUNT = Object.values(expected.subscribers).reduce((sum, list) => sum + list.length, 0);
const REACHED = [
  ...expected.impacted.map((item) => item.element),
  ...Object.values(expected.subscribers)
    .flat()
    .map((s) => s.element),
];

const app = useApp('', { colorScheme: 'light' });

const sidebarTab = (name: string) =>
  app.page.getByRole('tablist', { name: 'Sidebar' }).getByRole('tab', { name });
const health = () => app.page.getByRole('complementary', { name: 'Health' });
const analysisPanel = () => app.page.getByRole('complementary', { name: /analysis$/ });
const inspector = () => app.page.getByRole('complementary', { name: 'Inspector' });
const viewTab = (name: string) =>
  app.page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true });
const stageScore = (stage: string) =>
  health()
    .getByRole('button', { name: new RegExp(`^${stage}\\b`) })
    .locator('.score-pill');
const selectedNode = () => app.page.locator('.react-flow__node.selected').getAttribute('aria-label');
const clearSelection = () => app.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });

/** Going to an element zooms to it; fit the view so every node is rendered (and clickable) again. */
async function clickNode(name: string): Promise<void> {
  await app.page.locator('.react-flow__controls-fitview').click();
  await node(app.page, name).click();
}

/** Accessible names of the rendered nodes that carry `className`. */
const nodesWith = (className: string) =>
  app.page
    .locator(`.react-flow__node.${className}`)
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? '').sort());

/** The analysis list as {group heading: entry names}. */
async function listedGroups(): Promise<Record<string, string[]>> {
  return analysisPanel()
    .locator('.analysis-group')
    .evaluateAll((sections) =>
      Object.fromEntries(
        sections.map((section) => [
          section.querySelector('.analysis-group-heading')?.firstChild?.textContent ?? '',
          [...section.querySelectorAll('.analysis-entry-name')]
            .map((entry) => entry.textContent ?? '')
            .sort((a, b) => a.localeCompare(b)),
        ]),
      ),
    );
}

/** A finding in the Health panel, found by the element it names and its rule. */
const finding = (subject: string, rule: string): Locator =>
  health()
    .getByRole('list', { name: rule })
    .locator('.health-finding')
    .filter({ has: app.page.locator('.health-finding-name', { hasText: subject }) });

async function pressEscapeOnCanvas(): Promise<void> {
  await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await app.page.keyboard.press('Escape');
}

beforeAll(async () => {
  await node(app.page, accessibleName(SERVER)).waitFor();
});

describe('the Health panel', () => {
  it('scores the sample by stage as the CSDM dashboard does: all green, Fly n/a', async () => {
    await sidebarTab('Health').click();
    await expect(
      health()
        .getByLabel(/^Overall score/)
        .textContent(),
    ).resolves.toBe('100%');
    for (const stage of ['Foundation', 'Crawl', 'Walk', 'Run']) {
      await expect(stageScore(stage).textContent()).resolves.toBe('100%');
      await expect(stageScore(stage).getAttribute('class')).resolves.toContain('band-green');
    }
    await expect(stageScore('Fly').textContent()).resolves.toBe('n/a');
    await expect(health().locator('.health-finding').count()).resolves.toBe(0);
  });
});

describe('impact analysis', () => {
  it('highlights exactly what fails with a server, and lists it by group with subscribers', async () => {
    // Literal names too, so the expectations derived from shared/graph cannot be vacuous.
    expect(EXPECTED_GROUPS['Business services']).toEqual(['Payroll Processing']);
    expect(EXPECTED_GROUPS['Business service offerings']).toEqual([
      'Payroll Processing – Americas',
      'Payroll Processing – EMEA',
    ]);
    expect(EXPECTED_GROUPS['Subscribing locations']).toEqual(['London', 'New York']);

    await node(app.page, accessibleName(SERVER)).click();
    await app.page.keyboard.press('i');
    await expect(analysisPanel().getByRole('heading', { name: 'Impact analysis' }).count()).resolves.toBe(1);
    await expect(inspector().count()).resolves.toBe(0);
    await expect.poll(listedGroups).toEqual(EXPECTED_GROUPS);
    await expect(analysisPanel().locator('.analysis-summary').textContent()).resolves.toBe(
      `If “lnx-pay-app-01” fails, it impacts 1 business service, 2 business offerings and ${SUBSCRIBER_COUNT} subscribers (${REACHED.length} elements in all).`,
    );
    await expect(
      analysisPanel()
        .locator('.analysis-entry', { hasText: 'London' })
        .locator('.analysis-entry-via')
        .textContent(),
    ).resolves.toBe('via Payroll Processing – EMEA');

    // The canvas: the server marked as the source, exactly the impacted elements highlighted.
    await expect.poll(() => nodesWith('is-analysis-source')).toEqual([accessibleName(SERVER)]);
    await expect.poll(() => nodesWith('is-analysis-reached')).toEqual(sorted(REACHED.map(accessibleName)));
    const dimmed = await nodesWith('is-analysis-dimmed');
    expect(dimmed).toContain('Business service: Claims Management');
    expect(dimmed).toContain('Database: payroll-pg');
    expect(dimmed).not.toContain('Business service: Payroll Processing');
    // Links on the impact paths are highlighted; the others dimmed.
    const pathEdges = await app.page.locator('.react-flow__edge.is-analysis-path').count();
    expect(pathEdges).toBeGreaterThanOrEqual(REACHED.length);
    await expect(app.page.locator('.react-flow__edge.is-analysis-dimmed').count()).resolves.toBeGreaterThan(
      0,
    );
  });

  it('copies the list as CSV: group, kind, name, table, via, depth', async () => {
    await app.page.evaluate(() => {
      const win = window as unknown as { copied?: string };
      document.addEventListener(
        'copy',
        (event) => {
          const target = event.target;
          win.copied =
            target instanceof HTMLTextAreaElement
              ? target.value.slice(target.selectionStart, target.selectionEnd)
              : String(document.getSelection());
        },
        true,
      );
    });
    await analysisPanel().getByRole('button', { name: 'Copy as CSV' }).click();
    const text = await app.page.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
    const rows = fromCsv(text);
    if (!rows.ok) throw new Error(rows.message);
    const [header, ...body] = rows.rows;
    expect(header).toEqual(['group', 'kind', 'name', 'table', 'via', 'depth']);
    expect(body).toHaveLength(REACHED.length);
    expect(body).toContainEqual([
      'Business services',
      'Business service',
      'Payroll Processing',
      'cmdb_ci_service_business',
      '',
      '4',
    ]);
    expect(body).toContainEqual([
      'Subscribing locations',
      'Location',
      'London',
      'cmn_location',
      'Payroll Processing – EMEA',
      '4',
    ]);
    await expect
      .poll(() => app.page.getByRole('status').textContent())
      .toContain(`Copied ${REACHED.length} rows as CSV.`);
  });

  it('exports the same CSV to a file named after the element', async () => {
    const download = app.page.waitForEvent('download');
    await analysisPanel().getByRole('button', { name: 'Export CSV…' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('lnx-pay-app-01 impact.csv');
    const path = await file.path();
    const text = readFileSync(path, 'utf8');
    expect(text.split('\r\n')[0]).toBe('group,kind,name,table,via,depth');
    expect(text).toContain(
      'Subscribing locations,Location,New York,cmn_location,Payroll Processing – Americas,4',
    );
  });

  it('shows what an offering depends on, marks elements of other views and goes to them', async () => {
    await viewTab('Payroll Processing').click();
    await clickNode('Technical service offering: PostgreSQL – Production');
    await app.page.keyboard.press('d');
    await expect(analysisPanel().getByRole('heading', { name: 'Dependencies' }).count()).resolves.toBe(1);
    const groups = await listedGroups();
    expect(groups['Service instances']).toEqual(['Claims PROD', 'Onboarding Portal PROD', 'Payroll PROD']);
    const claims = analysisPanel().locator('.analysis-entry', { hasText: 'Claims PROD' });
    await expect(claims.locator('.analysis-elsewhere').textContent()).resolves.toBe('not in view');
    const payroll = analysisPanel().locator('.analysis-entry', { hasText: 'Payroll PROD' });
    await expect(payroll.locator('.analysis-elsewhere').count()).resolves.toBe(0);

    // An entry in this view is selected where it is; one elsewhere switches to a view that shows it.
    await payroll.getByRole('button').click();
    await expect.poll(selectedNode).toBe('Service instance: Payroll PROD');
    await claims.getByRole('button').click();
    await expect
      .poll(() => app.page.getByRole('tab', { selected: true, name: 'Run stage service map' }).count())
      .toBe(1);
    await expect.poll(selectedNode).toBe('Service instance: Claims PROD');
    // The analysis stays on while moving around.
    await expect(analysisPanel().locator('.analysis-source-name').textContent()).resolves.toBe(
      'PostgreSQL – Production',
    );
  });

  it('closes with Escape (and with its button), giving the inspector back', async () => {
    await pressEscapeOnCanvas();
    await expect.poll(() => analysisPanel().count()).toBe(0);
    await expect(inspector().count()).resolves.toBe(1);
    await expect.poll(() => app.page.locator('.react-flow__node[class*="is-analysis"]').count()).toBe(0);
    // Again from the inspector header, then closed by the button.
    await clickNode('Business service offering: Payroll Processing – EMEA');
    await inspector().getByRole('button', { name: 'Impact' }).click();
    await expect
      .poll(() => analysisPanel().locator('.analysis-summary').textContent())
      .toMatch(/impacts 1 business service/);
    await analysisPanel().getByRole('button', { name: 'Close analysis' }).click();
    await expect.poll(() => analysisPanel().count()).toBe(0);
  });
});

describe('the stage filter', () => {
  it('fades the other stages without hiding them, until Escape or "All stages"', async () => {
    await app.page.locator('.react-flow__controls-fitview').click();
    const rendered = Object.keys(sample.views[sample.viewOrder[0]!]!.placements).length;
    await expect.poll(() => app.page.locator('.react-flow__node').count()).toBe(rendered);
    await app.page.getByRole('combobox', { name: 'Stage filter' }).selectOption('Run');
    await expect
      .poll(() => app.page.getByRole('status', { name: 'Stage filter' }).textContent())
      .toContain('Run');
    const faded = await nodesWith('is-stage-faded');
    await expect(app.page.locator('.react-flow__node').count()).resolves.toBe(rendered);
    expect(faded).toContain('Server: lnx-pay-app-01');
    expect(faded).toContain('Service instance: Payroll PROD');
    expect(faded).not.toContain('Business service: Payroll Processing');
    expect(faded).not.toContain('Business service offering: Payroll Processing – EMEA');
    expect(faded).not.toContain('Service portfolio: Northwind Service Portfolio');
    await expect(app.page.locator('.react-flow__edge.is-stage-faded').count()).resolves.toBeGreaterThan(0);
    await screenshot(app.page, 'stage-filter');

    await clearSelection();
    await pressEscapeOnCanvas();
    await expect.poll(() => app.page.locator('.react-flow__node.is-stage-faded').count()).toBe(0);
    await expect(app.page.getByRole('combobox', { name: 'Stage filter' }).inputValue()).resolves.toBe('');

    await app.page.getByRole('combobox', { name: 'Stage filter' }).selectOption('Walk');
    await expect.poll(() => nodesWith('is-stage-faded')).toContain('Business service: Payroll Processing');
    await app.page.getByRole('button', { name: 'All stages' }).click();
    await expect.poll(() => app.page.locator('.react-flow__node.is-stage-faded').count()).toBe(0);
  });
});

describe('quick fixes from the Health panel', () => {
  it('"Add an offering" resolves "business service without offering" in one undo step', async () => {
    await viewTab('Payroll Processing').click();
    await sidebarTab('Palette').click();
    await dragFromPalette(app.page, 'Business service', { x: 760, y: 140 });
    await typeName(app.page, 'Treasury');
    await sidebarTab('Health').click();
    const noOffering = finding('Treasury', 'Business services with an offering');
    await expect.poll(() => noOffering.count()).toBe(1);
    await expect(noOffering.locator('.health-finding-message').textContent()).resolves.toContain(
      'has no offering',
    );
    const runBefore = await stageScore('Run').textContent();
    expect(runBefore).not.toBe('100%');

    // A click on the finding goes to its element.
    await clearSelection();
    await noOffering.locator('.health-finding-main').click();
    await expect.poll(selectedNode).toBe('Business service: Treasury');

    await noOffering.getByRole('button', { name: 'Add an offering' }).click();
    await typeName(app.page, 'Treasury – Corporate');
    await expect
      .poll(() => node(app.page, 'Business service offering: Treasury – Corporate').count())
      .toBe(1);
    await expect.poll(selectedNode).toBe('Business service offering: Treasury – Corporate');
    await expect.poll(() => noOffering.count()).toBe(0);
    await expect.poll(() => stageScore('Run').textContent()).not.toBe(runBefore);
    // The new offering sits below its service.
    const service = (await node(app.page, 'Business service: Treasury').boundingBox())!;
    const offering = (await node(app.page, 'Business service offering: Treasury – Corporate').boundingBox())!;
    expect(offering.y).toBeGreaterThan(service.y + service.height);

    // Undo the rename, then the offering: the finding is back after exactly two steps.
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('Control+z');
    await expect
      .poll(() => node(app.page, 'Business service offering: New business service offering').count())
      .toBe(1);
    await app.page.keyboard.press('Control+z');
    await expect
      .poll(() => app.page.locator('.react-flow__node[aria-label^="Business service offering: New"]').count())
      .toBe(0);
    await expect.poll(() => noOffering.count()).toBe(1);
    await app.page.keyboard.press('Control+y');
    await app.page.keyboard.press('Control+y');
    await expect.poll(() => noOffering.count()).toBe(0);
  });

  it('"Set parent…" picks a service of the same classification for an orphan offering', async () => {
    await clickNode('Business service offering: Payroll Processing – EMEA');
    await inspector()
      .getByRole('button', { name: /^Remove link .*Payroll Processing$/ })
      .click();
    const orphan = finding('Payroll Processing – EMEA', 'Offerings with a parent service');
    await expect.poll(() => orphan.count()).toBe(1);
    await expect(stageScore('Walk').textContent()).resolves.not.toBe('100%');

    await orphan.getByRole('button', { name: 'Set parent…' }).click();
    const picker = app.page.getByRole('dialog');
    const options = await picker.getByRole('option').allTextContents();
    expect(options.some((text) => text.startsWith('Payroll Processing'))).toBe(true);
    expect(options.some((text) => text.startsWith('Hosting Services'))).toBe(false);
    await picker.getByRole('combobox').fill('payroll');
    await picker.getByRole('combobox').press('Enter');
    await expect.poll(() => orphan.count()).toBe(0);
    await expect.poll(() => stageScore('Walk').textContent()).toBe('100%');
  });

  it('filters by severity and collapses stages from the keyboard', async () => {
    const chips = health().getByRole('group', { name: 'Show findings of severity' });
    const count = () => health().locator('.health-finding').count();
    const all = await count();
    expect(all).toBeGreaterThan(0);
    await chips.getByRole('button', { name: /^Warnings/ }).click();
    await expect.poll(count).toBeLessThan(all);
    await chips.getByRole('button', { name: /^Warnings/ }).click();
    await expect.poll(count).toBe(all);

    const run = health().getByRole('button', { name: /^Run\b/ });
    await run.focus();
    await app.page.keyboard.press('Enter');
    await expect(run.getAttribute('aria-expanded')).resolves.toBe('false');
    await app.page.keyboard.press('Enter');
    await expect(run.getAttribute('aria-expanded')).resolves.toBe('true');
    // Arrow keys move through stages and findings.
    await app.page.keyboard.press('ArrowDown');
    await expect(app.page.evaluate(() => document.activeElement?.className)).resolves.toContain(
      'health-finding-main',
    );
    await app.page.keyboard.press('Enter');
    await expect.poll(selectedNode).toMatch(/Treasury/);
  });
});

describe('screenshots', () => {
  it('of the Health panel and of an impact view, in the light theme', async () => {
    expect(app.errors).toEqual([]);
    // A fresh start with twice the pixels, so node labels stay legible.
    const { page: shot, errors: shotErrors } = await openApp(app.browser, app.server.url, {
      colorScheme: 'light',
      deviceScaleFactor: 2,
    });
    const fit = () => shot.locator('.react-flow__controls-fitview').click();
    await shot
      .getByRole('tablist', { name: 'Views' })
      .getByRole('tab', { name: 'Payroll Processing' })
      .click();
    await fit();
    await node(shot, accessibleName(SERVER)).click();
    await shot.keyboard.press('i');
    await expect
      .poll(() => shot.locator('.react-flow__node.is-analysis-reached').count())
      .toBe(REACHED.length);
    await shot.mouse.move(1, 1);
    await shot.waitForTimeout(500);
    await screenshot(shot, 'impact');

    // Two gaps a workshop would find: a new business service with no offering and no owner, an orphan offering.
    await shot.getByRole('button', { name: 'Close analysis' }).click();
    await fit();
    await node(shot, 'Business service offering: Payroll Processing – EMEA').click();
    await shot
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('button', { name: /^Remove link .*Payroll Processing$/ })
      .click();
    await shot
      .getByRole('complementary', { name: 'Palette' })
      .getByRole('button', { name: 'Business service', exact: true })
      .click();
    await typeName(shot, 'Treasury');
    await shot.getByRole('tablist', { name: 'Sidebar' }).getByRole('tab', { name: 'Health' }).click();
    const panel = shot.getByRole('complementary', { name: 'Health' });
    for (const stage of ['Foundation', 'Crawl'])
      await panel.getByRole('button', { name: new RegExp(`^${stage}\\b`) }).click();
    await fit();
    await node(shot, 'Business service: Treasury').click();
    // Clicking "Remove link" scrolled the inspector down; show its top (header and findings).
    await shot.getByRole('complementary', { name: 'Inspector' }).evaluate((panel) => panel.scrollTo(0, 0));
    await shot.mouse.move(1, 1);
    await shot.waitForTimeout(500);
    await screenshot(shot, 'health');
    expect(shotErrors).toEqual([]);
    await shot.context().close();
  });
});
