/** Pre-flight: what would fail to load, per target format, before anything is written. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import { importAny, preflight, type PreflightIssue } from '../../../shared/exchange';
import type { ModelDocument } from '../../../shared/model/types';
import { DocBuilder } from '../shared/validation/support/doc-builder';
import { servicenow } from './support/files';
import { runStageModel } from './support/runStageModel';

const codes = (issues: PreflightIssue[]) =>
  issues.map((i) => `${i.severity} ${i.code} ${i.elementId ?? i.linkId ?? ''}`.trim());

function hosted(extra: (b: DocBuilder) => void): ModelDocument {
  const b = new DocBuilder(5);
  b.add('server', 'host01', { id: 'host', table: 'cmdb_ci_linux_server' });
  extra(b);
  return b.build();
}

describe('preflight', () => {
  it('finds nothing to stop a clean Run-stage model, only notes per format', () => {
    const doc = runStageModel();
    expect(codes(preflight(doc, CATALOGUE, 'ire'))).toEqual(['info not-in-ire']);
    expect(codes(preflight(doc, CATALOGUE, 'importset'))).toEqual(['warning dependent-ci-in-import-set']);
    expect(codes(preflight(doc, CATALOGUE, 'csv'))).toEqual(['warning dependent-ci-in-import-set']);
    expect(preflight(doc, CATALOGUE, 'native')).toEqual([]);
  });

  it('reports an application without a Runs on host: an error for IRE (MISSING_DEPENDENCY), a warning for import sets', () => {
    const doc = hosted((b) => {
      b.add('application', 'tomcat-1', { id: 'app', table: 'cmdb_ci_app_server_tomcat' });
      b.add('application', 'tomcat-2', { id: 'app2', table: 'cmdb_ci_app_server_tomcat' });
      b.link('app2', 'host', 'Runs on::Runs');
    });
    const ire = preflight(doc, CATALOGUE, 'ire');
    expect(ire.find((i) => i.code === 'missing-dependency')).toEqual({
      severity: 'error',
      code: 'missing-dependency',
      elementId: 'app',
      message: expect.stringMatching(
        /application “tomcat-1” is a dependent CI with no “Runs on” host.*MISSING_DEPENDENCY/,
      ),
    });
    expect(ire.filter((i) => i.code === 'missing-dependency')).toHaveLength(1);
    expect(
      preflight(doc, CATALOGUE, 'importset').find((i) => i.code === 'missing-dependency')?.severity,
    ).toBe('warning');
  });

  it('treats database instances as dependent, logical databases not', () => {
    const doc = hosted((b) => {
      b.add('database', 'orders-ora', { id: 'ora', table: 'cmdb_ci_db_ora_instance' });
      b.add('database', 'orders', { id: 'logical', table: 'cmdb_ci_database' });
    });
    const dependent = preflight(doc, CATALOGUE, 'ire')
      .filter((i) => i.code === 'missing-dependency')
      .map((i) => i.elementId);
    expect(dependent).toEqual(['ora']);
  });

  it('reports CIs of one table with one name (IRE would merge them), not the same name in another table', () => {
    const doc = hosted((b) => {
      b.add('server', 'host01', { id: 'host-b', table: 'cmdb_ci_linux_server' });
      b.add('server', ' HOST01 ', { id: 'host-c', table: 'cmdb_ci_linux_server' });
      b.add('server', 'host01', { id: 'win', table: 'cmdb_ci_win_server' });
      b.add('user', 'Pat', { id: 'pat1' });
      b.add('user', 'Pat', { id: 'pat2' });
    });
    const ire = preflight(doc, CATALOGUE, 'ire').filter((i) => i.code === 'duplicate-name');
    expect(ire.map((i) => [i.severity, i.elementId])).toEqual([
      ['error', 'host'],
      ['error', 'host-b'],
      ['error', 'host-c'],
    ]);
    expect(ire[0]?.message).toMatch(
      /same name as 2 other records in cmdb_ci_linux_server: IRE identifies these CIs by name and would merge them/,
    );
    const bundle = preflight(doc, CATALOGUE, 'importset').filter((i) => i.code === 'duplicate-name');
    expect(bundle.map((i) => [i.severity, i.elementId])).toContainEqual(['warning', 'pat1']);
  });

  it('reports links CSDM does not allow, and links nothing can store', () => {
    const imported = importAny(servicenow('ire_rest_request_0.json'));
    if (!imported.ok) return expect.fail(imported.error);
    const link = Object.keys(imported.doc.links)[0];
    expect(preflight(imported.doc, CATALOGUE, 'ire')).toContainEqual({
      severity: 'error',
      code: 'link-not-allowed',
      linkId: link,
      message: expect.stringMatching(
        /IP Connection::IP Connection.*not one CSDM allows\. IRE rejects relation types it does not know \(INVALID_INPUT_DATA\)/,
      ),
    });
    const doc = hosted((b) => {
      b.add('company', 'Acme', { id: 'acme' });
      b.add('user', 'Pat', { id: 'pat' });
      b.link('acme', 'pat', 'group.member', 'odd');
    });
    expect(preflight(doc, CATALOGUE, 'importset')).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'link-not-exportable', linkId: 'odd' }),
    );
  });

  it('reports an offering without a parent service (from validation)', () => {
    const doc = hosted((b) => b.add('business_offering', 'Orphan offering', { id: 'orphan' }));
    expect(preflight(doc, CATALOGUE, 'ire')).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'offering-without-parent', elementId: 'orphan' }),
    );
  });

  it('reports references to records not in the model; a sys_id is fine for IRE', () => {
    const doc = hosted((b) => {
      b.add('server', 'a', {
        id: 'a',
        table: 'cmdb_ci_linux_server',
        attributes: { owned_by: 'Bob Unknown' },
      });
      b.add('server', 'b', {
        id: 'b',
        table: 'cmdb_ci_linux_server',
        attributes: { owned_by: '0123456789abcdef0123456789abcdef' },
      });
    });
    const ire = preflight(doc, CATALOGUE, 'ire').filter((i) => i.code === 'missing-reference');
    expect(ire).toEqual([
      {
        severity: 'warning',
        code: 'missing-reference',
        elementId: 'a',
        message: expect.stringMatching(
          /owned_by refers to “Bob Unknown”, a record that is not in the model; it is left out of the IRE payload\./,
        ),
      },
    ]);
    expect(
      preflight(doc, CATALOGUE, 'csv')
        .filter((i) => i.code === 'missing-reference')
        .map((i) => i.elementId),
    ).toEqual(['a', 'b']);
  });

  it('lists errors before warnings before notes', () => {
    const doc = hosted((b) => {
      b.add('user', 'Pat', { id: 'pat1' });
      b.add('business_offering', 'Orphan offering', { id: 'orphan' });
      b.add('application', 'app', { id: 'app', table: 'cmdb_ci_appl' });
    });
    const severities = preflight(doc, CATALOGUE, 'ire').map((i) => i.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(severities[0]).toBe('error');
    expect(severities.at(-1)).toBe('info');
  });

  it('checks only that a native file holds together', () => {
    const doc = hosted((b) => b.add('business_offering', 'Orphan offering', { id: 'orphan' }));
    expect(preflight(doc, CATALOGUE, 'native')).toEqual([]);
    const broken = { ...doc, links: { x: { id: 'x', type: 'Runs on::Runs', from: 'host', to: 'gone' } } };
    expect(codes(preflight(broken, CATALOGUE, 'native'))).toEqual(['error structure']);
  });
});
