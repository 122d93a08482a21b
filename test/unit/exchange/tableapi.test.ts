/** Table API exports: the three field shapes, records joined by sys_id, relationship types by name or by cmdb_rel_type. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import { importAny, importFiles, SYS_ID_KEY, type ImportResult } from '../../../shared/exchange';
import { checkInvariants } from '../../../shared/model/checkInvariants';
import type { ModelDocument } from '../../../shared/model/types';
import { zipFiles } from '../../../shared/exchange';
import { utf8 } from '../../../shared/exchange/common/text';
import { counterIds } from './support/arbitraries';
import { FIXTURES } from './support/files';

const DIR = resolve(FIXTURES, 'tableapi');
const files = readdirSync(DIR).map((name) => ({
  path: name,
  bytes: new Uint8Array(readFileSync(resolve(DIR, name))),
}));

function ok(result: ImportResult): ModelDocument & { warnings: string[] } {
  if (!result.ok) return expect.fail(result.error);
  expect(result.format).toBe('tableapi');
  expect(checkInvariants(result.doc, CATALOGUE, { structuralOnly: true })).toEqual([]);
  return Object.assign(result.doc, { warnings: result.warnings.map((w) => w.message) });
}

describe('a folder of Table API exports', () => {
  const doc = ok(importFiles(files, { fileName: 'northwind', newId: counterIds() }));
  const named = (name: string) => Object.values(doc.elements).find((e) => e.name === name)!;

  it('reads every record as an element of its kind, the table from sys_class_name or the file', () => {
    expect(
      Object.values(doc.elements)
        .map((e) => [e.name, e.kind, e.table])
        .sort(),
    ).toEqual(
      [
        ['Alice Smith', 'user', 'sys_user'],
        ['Linux hosting production', 'technical_offering', 'service_offering'],
        ['Northwind Financial', 'company', 'core_company'],
        ['Payroll', 'business_service', 'cmdb_ci_service_business'],
        ['Payroll EMEA', 'business_offering', 'service_offering'],
        ['Payroll prod', 'service_instance', 'cmdb_ci_service_discovered'],
        ['laptop-7', 'generic_ci', 'cmdb_ci_computer'],
        ['pay01', 'server', 'cmdb_ci_linux_server'],
      ].sort(),
    );
  });

  it("keeps each record's sys_id, and the catalogue columns (values, not display values)", () => {
    expect(named('Payroll').attributes).toMatchObject({
      [SYS_ID_KEY]: 'b0000000000000000000000000000001',
      operational_status: '1',
      busines_criticality: '1 - most critical',
      service_classification: 'Business Service',
    });
    expect(named('Payroll').attributes['sys_mod_count']).toBeUndefined();
    expect(named('Payroll EMEA').attributes['used_for']).toBe('Production');
  });

  it('resolves references by sys_id in every shape: {display_value, value}, {link, value}, plain', () => {
    expect(named('Payroll').attributes['owned_by']).toBe(named('Alice Smith').id);
    expect(named('Payroll EMEA').attributes['owned_by']).toBe(named('Alice Smith').id);
    expect(named('Alice Smith').attributes['company']).toBe(named('Northwind Financial').id);
    expect(named('pay01').attributes['company']).toBe(named('Northwind Financial').id);
  });

  it('keeps a reference to a record that was not exported as its display value, with a warning', () => {
    expect(named('Payroll').attributes['support_group']).toBe('Payroll Ops');
    expect(doc.warnings).toContainEqual(
      expect.stringMatching(/support_group refers to “Payroll Ops”, which is not among the imported records/),
    );
  });

  it('makes service_offering.parent the offered-as link', () => {
    expect(Object.values(doc.links)).toContainEqual(
      expect.objectContaining({
        type: 'offering.parent',
        from: named('Payroll').id,
        to: named('Payroll EMEA').id,
      }),
    );
  });

  it('joins cmdb_rel_ci rows by sys_id, the type by display value or through cmdb_rel_type', () => {
    const rels = Object.values(doc.links)
      .filter((l) => l.type.includes('::'))
      .map((l) => [doc.elements[l.from]!.name, l.type, doc.elements[l.to]!.name]);
    expect(rels).toEqual([
      ['Payroll EMEA', 'Depends on::Used by', 'Payroll prod'],
      ['Payroll prod', 'Depends on::Used by', 'pay01'],
      ['pay01', 'Connects to::Connected by', 'laptop-7'],
    ]);
    expect(doc.warnings).toContainEqual(
      expect.stringMatching(
        /“Connects to::Connected by” from server “pay01” to other CI “laptop-7” is not a link CSDM allows; it was kept/,
      ),
    );
  });

  it('reads subscriptions from their many-to-many table', () => {
    expect(Object.values(doc.links)).toContainEqual(
      expect.objectContaining({
        type: 'subscribed_by',
        from: named('Payroll EMEA').id,
        to: named('Northwind Financial').id,
      }),
    );
  });

  it('makes unknown classes generic CIs keeping their non-system columns', () => {
    expect(named('laptop-7').attributes).toEqual({
      [SYS_ID_KEY]: 'e0000000000000000000000000000003',
      ram: '8192',
    });
  });

  it('reads the same files from a zip, and the README beside them is set aside with a note', () => {
    const zipped = ok(importAny(zipFiles(files), { fileName: 'northwind.zip', newId: counterIds() }));
    expect(Object.keys(zipped.elements)).toHaveLength(8);
    expect(zipped.warnings).toContainEqual('1 file that is not JSON or CSV (README.md) was not read.');
  });
});

describe('single Table API files', () => {
  it('takes the table from the file name', () => {
    const doc = ok(
      importAny('{"result":[{"sys_id":"1","name":"web01"}]}', { fileName: 'cmdb_ci_win_server.json' }),
    );
    expect(Object.values(doc.elements)[0]).toMatchObject({
      kind: 'server',
      table: 'cmdb_ci_win_server',
      name: 'web01',
    });
  });

  it('warns when a relationship type is given only by a sys_id it cannot resolve', () => {
    const result = importFiles([
      {
        path: 'cmdb_ci_linux_server.json',
        bytes: utf8('{"result":[{"sys_id":"s1","name":"a"},{"sys_id":"s2","name":"b"}]}'),
      },
      {
        path: 'cmdb_rel_ci.json',
        bytes: utf8('{"result":[{"parent":"s1","child":"s2","type":"1a9cb166f1571100a92eb60da2bce5c5"}]}'),
      },
    ]);
    const doc = ok(result);
    expect(Object.keys(doc.links)).toHaveLength(0);
    expect(doc.warnings[0]).toMatch(
      /the relationship type is given only as a sys_id \(1a9cb166f1571100a92eb60da2bce5c5\)/,
    );
  });

  it.each([
    [
      'result is not a list',
      '{"result": {"a": 1}}',
      /cmdb_ci_linux_server\.json must hold \{"result": \[\.\.\.\]\}, not an object\./,
    ],
    [
      'a record is not an object',
      '{"result": [3]}',
      /cmdb_ci_linux_server\.json: result\[0\] must be an object, not a number\./,
    ],
    [
      'a field is a list',
      '{"result": [{"name": ["a"]}]}',
      /cmdb_ci_linux_server\.json: result\[0\]\.name must be text, not an array\./,
    ],
    [
      'two records share a sys_id',
      '{"result": [{"sys_id": "x", "name": "a"}, {"sys_id": "x", "name": "b"}]}',
      /result\[1\]: the sys_id x appears twice\./,
    ],
  ])('refuses a file where %s', (_, text, message) => {
    const result = importAny(text, { fileName: 'cmdb_ci_linux_server.json' });
    expect(result.ok ? '' : result.error).toMatch(message);
  });
});
