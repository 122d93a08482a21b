/** The CSV bundle: RFC 4180 files of the import-set tables, and reading them back. */
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import {
  exportCsv,
  exportCsvZip,
  exportImportSet,
  importAny,
  importFiles,
  type ImportResult,
} from '../../../shared/exchange';
import { utf8 } from '../../../shared/exchange/common/text';
import { renameElement } from '../../../shared/model/renameElement';
import type { ModelDocument } from '../../../shared/model/types';
import { counterIds } from './support/arbitraries';
import { runStageModel } from './support/runStageModel';

const NOW = '2026-03-01T12:00:00.000Z';

function tricky(): ModelDocument {
  const renamed = renameElement(runStageModel(), 'srv', 'pay01, "primary"\r\nrack 4 — Zürich');
  if (!renamed.ok) throw new Error(renamed.reason);
  return renamed.doc;
}

function ok(result: ImportResult): ModelDocument {
  if (!result.ok) return expect.fail(result.error);
  expect(result.format).toBe('csv');
  return result.doc;
}

describe('CSV bundle', () => {
  const doc = tricky();
  const bundle = exportCsv(doc, CATALOGUE, { now: NOW });
  const file = (table: string) => strFromU8(bundle.files.find((f) => f.path === `${table}.csv`)!.bytes);

  it('writes the import-set tables as CSV files, plus a manifest naming them', () => {
    const jsonBundle = exportImportSet(doc, CATALOGUE, { now: NOW });
    expect(bundle.files.map((f) => f.path)).toEqual(
      jsonBundle.files
        .map((f) => f.path.replace(/\.json$/, '.csv'))
        .map((p) => (p === 'manifest.csv' ? 'manifest.json' : p)),
    );
    expect(bundle.manifest.format).toBe('mapwright-csv');
    expect(bundle.manifest.loadOrder.map((s) => s.file)).toContain('cmdb_rel_ci.csv');
  });

  it('has a header row of column names, CRLF line ends and RFC 4180 quoting', () => {
    const text = file('cmdb_ci_linux_server');
    expect(text.split('\r\n')[0]).toBe(
      'correlation_id,name,company,location,operational_status,life_cycle_stage,life_cycle_stage_status',
    );
    expect(text).toContain(
      'srv,"pay01, ""primary""\r\nrack 4 — Zürich",Northwind Financial,London,1,Operational,In Use\r\n',
    );
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]?.[1]).toBe('pay01, "primary"\r\nrack 4 — Zürich');
  });

  it('leaves a column empty where a row lacks it', () => {
    const rows = Papa.parse<string[]>(file('service_offering'), { header: false, skipEmptyLines: true }).data;
    const header = rows[0]!;
    const usedFor = header.indexOf('used_for');
    expect(rows.map((r) => r[usedFor])).toEqual(['used_for', '', '', 'Production']);
  });

  it('is UTF-8 without a byte order mark', () => {
    const bytes = bundle.files.find((f) => f.path === 'cmdb_ci_linux_server.csv')!.bytes;
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(bytes)).toContain('Zürich');
  });

  it('zips deterministically', () => {
    const zip = exportCsvZip(doc, CATALOGUE, { now: NOW });
    expect(exportCsvZip(doc, CATALOGUE, { now: NOW })).toEqual(zip);
    expect(Object.keys(unzipSync(zip))).toEqual(bundle.files.map((f) => f.path));
  });

  it('reads back into the same elements and links', () => {
    const back = ok(
      importAny(exportCsvZip(doc, CATALOGUE, { now: NOW }), { fileName: 'run.zip', newId: counterIds() }),
    );
    for (const element of Object.values(doc.elements)) expect(back.elements[element.id]).toEqual(element);
    expect(Object.keys(back.links)).toHaveLength(Object.keys(doc.links).length);
  });

  it('reads one CSV table named by its file', () => {
    const back = importAny('correlation_id,name,ip_address\r\nx1,web01,10.0.0.1\r\n', {
      fileName: 'exports/cmdb_ci_linux_server.csv',
    });
    expect(back.ok && Object.values(back.doc.elements)[0]).toMatchObject({
      id: 'x1',
      kind: 'server',
      attributes: { ip_address: '10.0.0.1' },
    });
  });

  it.each([
    [
      'an unclosed quote',
      'correlation_id,name\r\nx1,"web01\r\n',
      /cmdb_ci_linux_server\.csv is not readable CSV/,
    ],
    [
      'a row with too many fields',
      'correlation_id,name\r\nx1,web01,extra\r\n',
      /cmdb_ci_linux_server\.csv: row 2 has 3 fields where the header has 2\./,
    ],
    ['a column named twice', 'name,name\r\na,b\r\n', /the header names a column twice/],
  ])('refuses %s', (_, text, message) => {
    const result = importFiles([
      { path: 'cmdb_ci_linux_server.csv', bytes: utf8(text) },
      { path: 'cmdb_rel_ci.csv', bytes: utf8('type\r\n') },
    ]);
    expect(result.ok ? '' : result.error).toMatch(message);
  });
});
