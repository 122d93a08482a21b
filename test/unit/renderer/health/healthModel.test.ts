import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import { addElement } from '@shared/model/addElement';
import { disconnect } from '@shared/model/disconnect';
import { validate } from '@shared/validation';
import type { ModelDocument, OpResult } from '@shared/model/types';
import {
  describeScore,
  focusTarget,
  formatScore,
  healthStages,
  SEVERITIES,
  severityCounts,
} from '../../../../renderer/src/health/healthModel';
import { buildRunStageSample, sampleId } from '../../../samples/runStageSample';

const ok = (result: OpResult): ModelDocument => {
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
};
const ALL = new Set(SEVERITIES);
const sample = buildRunStageSample();
const id = (key: string) => sampleId(`element/${key}`);

/** The sample with two problems: a business service without offering, an offering without parent. */
function broken(): ModelDocument {
  let doc = ok(addElement(sample, CATALOGUE, { id: 'bs-new', kind: 'business_service', name: 'Treasury' }));
  const parentLink = Object.values(doc.links).find(
    (link) => link.from === id('payroll') && link.to === id('payroll-emea'),
  );
  doc = ok(disconnect(doc, [parentLink!.id]));
  return doc;
}

describe('health stages', () => {
  it('lists the five CSDM stages in order, with the validation scores', () => {
    const result = validate(sample, CATALOGUE);
    const stages = healthStages(result, sample, CATALOGUE, ALL);
    expect(stages.map((stage) => stage.stage)).toEqual(['Foundation', 'Crawl', 'Walk', 'Run', 'Fly']);
    expect(stages.every((stage) => stage.failing.length === 0 && stage.shown === 0)).toBe(true);
    expect(stages.find((stage) => stage.stage === 'Run')?.score).toBe(result.scores.byStage.Run);
    // The sample has no Fly elements: nothing to check, so "n/a" and no passing rules.
    const fly = stages.find((stage) => stage.stage === 'Fly')!;
    expect(formatScore(fly.score)).toBe('n/a');
    expect(fly.passing).toEqual([]);
    expect(stages.find((stage) => stage.stage === 'Run')?.passing.map((rule) => rule.rule.id)).toContain(
      'business-service-without-offering',
    );
  });

  it('groups findings by stage and rule, naming the element, errors first', () => {
    const doc = broken();
    const result = validate(doc, CATALOGUE);
    const stages = healthStages(result, doc, CATALOGUE, ALL);
    const walk = stages.find((stage) => stage.stage === 'Walk')!;
    const run = stages.find((stage) => stage.stage === 'Run')!;
    const orphan = walk.failing.find((rule) => rule.rule.id === 'offering-without-parent')!;
    expect(orphan.items.map((item) => [item.subject, item.subjectKind])).toEqual([
      ['Payroll Processing – EMEA', 'Business service offering'],
    ]);
    expect(orphan.items[0]?.icon).toBe('business-service-offering');
    expect(orphan.score.passed).toBe(orphan.score.checks - 1);
    const noOffering = run.failing.find((rule) => rule.rule.id === 'business-service-without-offering')!;
    expect(noOffering.items[0]?.subject).toBe('Treasury');
    expect(noOffering.items[0]?.finding.quickFix).toEqual({ action: 'add-offering', elementId: 'bs-new' });
    // Error rules come before warning rules within a stage.
    const severities = walk.failing.map((rule) => rule.rule.severity);
    expect([...severities].sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b))).toEqual(severities);
    expect(walk.shown).toBe(walk.failing.reduce((sum, rule) => sum + rule.items.length, 0));
    expect(run.score.pct).toBeLessThan(100);
  });

  it('filters by severity without changing the scores', () => {
    const doc = broken();
    const result = validate(doc, CATALOGUE);
    const errorsOnly = healthStages(result, doc, CATALOGUE, new Set(['error']));
    const items = errorsOnly.flatMap((stage) => stage.failing.flatMap((rule) => rule.items));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.finding.severity === 'error')).toBe(true);
    expect(errorsOnly.find((stage) => stage.stage === 'Run')?.failing).toEqual([]);
    expect(errorsOnly.find((stage) => stage.stage === 'Run')?.score).toBe(result.scores.byStage.Run);
    expect(severityCounts(result.findings).error).toBe(items.length);
  });

  it('names link findings by their ends and link type', () => {
    const doc = broken();
    const link = { id: 'bad', type: 'Runs on::Runs', from: id('payroll'), to: id('lnx-pay-app-01') };
    const withLink = { ...doc, links: { ...doc.links, bad: link } };
    const result = validate(withLink, CATALOGUE);
    const items = healthStages(result, withLink, CATALOGUE, ALL).flatMap((stage) =>
      stage.failing.flatMap((rule) => rule.items),
    );
    const item = items.find((entry) => entry.finding.linkId === 'bad');
    expect(item?.subject).toBe('Payroll Processing → lnx-pay-app-01');
    expect(item?.subjectKind).toBe('Link: Runs on');
    expect(focusTarget(item!.finding)).toEqual({ kind: 'link', id: 'bad' });
  });
});

describe('score text', () => {
  it('shows whole percentages rounded down, n/a with nothing to check', () => {
    expect(formatScore({ checks: 0, passed: 0, pct: null, band: null })).toBe('n/a');
    expect(formatScore({ checks: 3, passed: 2, pct: 66.67, band: 'yellow' })).toBe('66%');
    expect(formatScore({ checks: 1000, passed: 999, pct: 99.9, band: 'green' })).toBe('99%');
    expect(formatScore({ checks: 4, passed: 4, pct: 100, band: 'green' })).toBe('100%');
    expect(describeScore({ checks: 4, passed: 3, pct: 75, band: 'yellow' })).toBe('3 of 4 checks passed');
    expect(describeScore({ checks: 1, passed: 1, pct: 100, band: 'green' })).toBe('1 of 1 check passed');
    expect(describeScore({ checks: 0, passed: 0, pct: null, band: null })).toBe('Nothing to check yet');
  });
});
