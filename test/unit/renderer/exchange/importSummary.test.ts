/** What users read after an import: counts and warnings in a few sentences. */
import { describe, expect, it } from 'vitest';
import { summarizeImport } from '../../../../renderer/src/exchange/importSummary';
import { modelWith, serviceMap } from '../../shared/model/helpers';

describe('summarizeImport', () => {
  it('counts what came in and says nothing more when there were no warnings', () => {
    expect(summarizeImport(serviceMap(), [], 'ire')).toEqual({
      counts: '7 elements, 3 links',
      points: [],
      warnings: [],
    });
  });

  it('groups the warnings into sentences, with the rest counted', () => {
    const warnings = [
      {
        message:
          'a.json: “Runs on” from x to y is not a link CSDM allows; it was kept, and validation flags it.',
        linkId: 'l1',
      },
      {
        message:
          'b.json: “Runs on” from x to z is not a link CSDM allows; it was kept, and validation flags it.',
        linkId: 'l2',
      },
      {
        message:
          'c.json: q refers to p by “parent”, which CSDM does not allow between them; the link was kept, and validation flags it.',
        linkId: 'l3',
      },
      { message: 'items[4] has no name.', elementId: 'e' },
      { message: 'something else entirely' },
    ];
    const summary = summarizeImport(serviceMap(), warnings, 'importset');
    expect(summary.points).toEqual([
      '3 links of types CSDM does not allow were kept and flagged; validation lists them.',
      '1 record without a name was kept unnamed.',
      '1 other note: see the list below.',
    ]);
    expect(summary.warnings).toHaveLength(5);
  });

  it('tells about unknown classes kept as generic CIs, except for model files', () => {
    const doc = modelWith([
      { id: 'g1', kind: 'generic_ci', table: 'cmdb_ci_mainframe', name: 'MF1' },
      { id: 'g2', kind: 'generic_ci', table: 'cmdb_ci_mainframe', name: 'MF2' },
      { id: 'g3', kind: 'generic_ci', table: 'cmdb_ci', name: 'plain' },
    ]);
    expect(summarizeImport(doc, [], 'tableapi').points).toEqual([
      '2 records of classes Mapwright does not know (cmdb_ci_mainframe) were kept as generic CIs, with their table.',
    ]);
    expect(summarizeImport(doc, [], 'native').points).toEqual([]);
  });
});
