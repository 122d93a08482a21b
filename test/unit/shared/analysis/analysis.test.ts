import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { fromCsv } from '../../../../shared/exchange/csv/papa';
import {
  analyse,
  analysisCsv,
  analysisFileName,
  analysisRows,
  ANALYSIS_CSV_COLUMNS,
  type Analysis,
} from '../../../../shared/analysis';
import { renameElement } from '../../../../shared/model/renameElement';
import type { ModelDocument } from '../../../../shared/model/types';
import { buildRunStageSample, sampleId } from '../../../samples/runStageSample';

const doc = buildRunStageSample();
const id = (key: string) => sampleId(`element/${key}`);
const names = (analysis: Analysis, group: string): string[] =>
  analysis.groups.find((entry) => entry.id === group)?.entries.map((entry) => entry.element.name) ?? [];

function analysed(mode: 'impact' | 'dependencies', key: string, model: ModelDocument = doc): Analysis {
  const analysis = analyse(model, CATALOGUE, mode, id(key));
  if (!analysis) throw new Error(`no analysis of ${key}`);
  return analysis;
}

describe('impact analysis of the Run-stage sample', () => {
  const impact = analysed('impact', 'lnx-pay-app-01');

  it('groups what fails with a payroll server, business services first and subscribers last', () => {
    expect(impact.groups.map((group) => group.id)).toEqual([
      'businessServices',
      'businessOfferings',
      'technicalServices',
      'technicalOfferings',
      'serviceInstances',
      'businessApplications',
      'otherCis',
      'locations',
    ]);
    expect(names(impact, 'businessServices')).toEqual(['Payroll Processing']);
    expect(names(impact, 'businessOfferings')).toEqual([
      'Payroll Processing – Americas',
      'Payroll Processing – EMEA',
    ]);
    expect(names(impact, 'technicalServices')).toEqual(['Database Services', 'Hosting Services']);
    expect(names(impact, 'serviceInstances')).toEqual(['Payroll PROD']);
    expect(names(impact, 'businessApplications')).toEqual(['Payroll System']);
    expect(names(impact, 'otherCis')).toEqual(['payroll-tomcat-01']);
    expect(names(impact, 'locations')).toEqual(['London', 'New York']);
  });

  it('tells through which offering a subscriber is reached, one link further than the offering', () => {
    const london = impact.groups.find((group) => group.id === 'locations')?.entries[0];
    expect(london?.via.map((offering) => offering.name)).toEqual(['Payroll Processing – EMEA']);
    const emea = impact.groups.find((group) => group.id === 'businessOfferings')?.entries[1];
    expect(london?.depth).toBe((emea?.depth ?? 0) + 1);
  });

  it('collects the elements and the links the impact travels along', () => {
    expect(impact.elements.has(id('lnx-pay-app-01'))).toBe(true);
    expect(impact.elements.has(id('claims'))).toBe(false);
    expect(impact.count).toBe(impact.elements.size - 1);
    const linkBetween = (from: string, to: string) =>
      Object.values(doc.links).find((link) => link.from === id(from) && link.to === id(to))?.id;
    expect(impact.links.has(linkBetween('payroll-tomcat', 'lnx-pay-app-01')!)).toBe(true);
    expect(impact.links.has(linkBetween('payroll-emea', 'london')!)).toBe(true);
    // Filing in the portfolio carries no impact; neither does the database side of payroll.
    expect(impact.links.has(linkBetween('portfolio', 'payroll')!)).toBe(false);
    expect(impact.links.has(linkBetween('payroll-prod', 'payroll-pg')!)).toBe(false);
  });

  it('is null for an element that is not in the model', () => {
    expect(analyse(doc, CATALOGUE, 'impact', 'nope')).toBeNull();
  });
});

describe('dependency analysis', () => {
  it('lists what an offering needs, without subscribers', () => {
    const needs = analysed('dependencies', 'payroll-emea');
    expect(names(needs, 'serviceInstances')).toEqual(['Payroll PROD']);
    expect(names(needs, 'otherCis')).toEqual([
      'payroll-pg',
      'payroll-tomcat-01',
      'lnx-pay-app-01',
      'lnx-pay-db-01',
    ]);
    expect(needs.groups.some((group) => group.id === 'locations')).toBe(false);
    expect(needs.elements.has(id('london'))).toBe(false);
  });
});

describe('analysis CSV', () => {
  const impact = analysed('impact', 'lnx-pay-app-01');

  it('has the columns group, kind, name, table, via, depth and a row per element reached', () => {
    const parsed = fromCsv(analysisCsv(impact, CATALOGUE));
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.rows;
    expect(header).toEqual([...ANALYSIS_CSV_COLUMNS]);
    expect(rows).toHaveLength(impact.count);
    expect(rows).toContainEqual([
      'Business services',
      'Business service',
      'Payroll Processing',
      'cmdb_ci_service_business',
      '',
      '4',
    ]);
    expect(rows).toContainEqual([
      'Subscribing locations',
      'Location',
      'London',
      'cmn_location',
      'Payroll Processing – EMEA',
      '4',
    ]);
  });

  it('quotes names with commas and quotes, and ends lines with CRLF', () => {
    const renamed = renameElement(doc, id('payroll'), 'Payroll, "global"');
    if (!renamed.ok) throw new Error(renamed.reason);
    const text = analysisCsv(analysed('impact', 'lnx-pay-app-01', renamed.doc), CATALOGUE);
    expect(text).toContain('"Payroll, ""global"""');
    expect(text.split('\r\n')[0]).toBe('group,kind,name,table,via,depth');
    expect(analysisRows(impact, CATALOGUE).map((row) => row.group)[0]).toBe('Business services');
  });

  it('names the file after the element, safe for any file system', () => {
    expect(analysisFileName(impact)).toBe('lnx-pay-app-01 impact.csv');
    const odd = {
      ...impact,
      mode: 'dependencies' as const,
      source: { ...impact.source, name: 'a/b:c\u0007 d' },
    };
    expect(analysisFileName(odd)).toBe('a-b-c d dependencies.csv');
  });
});
