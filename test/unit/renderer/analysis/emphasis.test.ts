import { describe, expect, it } from 'vitest';
import { analyse } from '@shared/analysis';
import { CATALOGUE } from '@shared/csdm';
import {
  edgeClassName,
  NO_EMPHASIS,
  nodeClassName,
  type Emphasis,
} from '../../../../renderer/src/analysis/emphasis';
import { summary } from '../../../../renderer/src/analysis/analysisSummary';
import { buildRunStageSample, sampleId } from '../../../samples/runStageSample';

const doc = buildRunStageSample();
const id = (key: string) => sampleId(`element/${key}`);
const element = (key: string) => doc.elements[id(key)]!;
const linkBetween = (from: string, to: string) =>
  Object.values(doc.links).find((link) => link.from === id(from) && link.to === id(to))!;

describe('canvas emphasis classes', () => {
  const analysis = analyse(doc, CATALOGUE, 'impact', id('lnx-pay-app-01'))!;
  const impact: Emphasis = {
    analysis: { source: analysis.source.id, elements: analysis.elements, links: analysis.links },
    stage: null,
  };

  it('marks the analysed element, what it reaches, and dims the rest', () => {
    expect(nodeClassName(element('lnx-pay-app-01'), impact)).toBe('is-analysis-source');
    expect(nodeClassName(element('payroll'), impact)).toBe('is-analysis-reached');
    expect(nodeClassName(element('london'), impact)).toBe('is-analysis-reached');
    expect(nodeClassName(element('claims'), impact)).toBe('is-analysis-dimmed');
    expect(nodeClassName(element('payroll'), NO_EMPHASIS)).toBeUndefined();
  });

  it('highlights the links on impact paths and dims the others', () => {
    expect(edgeClassName(linkBetween('payroll-prod', 'payroll-tomcat'), doc.elements, impact)).toBe(
      'is-analysis-path',
    );
    expect(edgeClassName(linkBetween('claims', 'claims-retail'), doc.elements, impact)).toBe(
      'is-analysis-dimmed',
    );
  });

  it('fades the elements of other stages, and links with a faded end', () => {
    const run: Emphasis = { analysis: null, stage: 'Run' };
    expect(nodeClassName(element('payroll'), run)).toBeUndefined();
    expect(nodeClassName(element('payroll-emea'), run)).toBeUndefined();
    expect(nodeClassName(element('payroll-prod'), run)).toBe('is-stage-faded');
    expect(nodeClassName(element('london'), run)).toBe('is-stage-faded');
    expect(edgeClassName(linkBetween('payroll', 'payroll-emea'), doc.elements, run)).toBeUndefined();
    expect(edgeClassName(linkBetween('payroll-emea', 'payroll-prod'), doc.elements, run)).toBe(
      'is-stage-faded',
    );
    // Both at once: an impacted element of another stage is reached and faded.
    expect(nodeClassName(element('payroll-prod'), { ...impact, stage: 'Run' })).toBe(
      'is-analysis-reached is-stage-faded',
    );
  });
});

describe('analysis summary', () => {
  it('speaks of business services, offerings and subscribers for impact', () => {
    const impact = analyse(doc, CATALOGUE, 'impact', id('lnx-pay-app-01'))!;
    expect(summary(impact)).toBe(
      'If “lnx-pay-app-01” fails, it impacts 1 business service, 2 business offerings and 2 subscribers (12 elements in all).',
    );
  });

  it('speaks of what is needed for dependencies, and says when there is nothing', () => {
    const needs = analyse(doc, CATALOGUE, 'dependencies', id('payroll-emea'))!;
    expect(summary(needs)).toBe('“Payroll Processing – EMEA” needs 1 service instance (5 elements in all).');
    const none = analyse(doc, CATALOGUE, 'impact', id('payroll'))!;
    expect(summary(none)).toMatch(/^Nothing depends on “Payroll Processing”/);
  });
});
