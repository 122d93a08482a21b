/** The import-set bundle: files, columns, load order, zip layout, and reading it back. */
import fc from 'fast-check';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import { fieldOf } from '../../../shared/csdm/queries/tables';
import {
  exportImportSet,
  exportImportSetZip,
  importAny,
  importFiles,
  LOAD_GROUPS,
  type ExportFile,
  type ImportResult,
} from '../../../shared/exchange';
import { linkExport } from '../../../shared/exchange/common/linkStorage';
import { groupOfKind, groupOfLinkTable } from '../../../shared/exchange/importset/loadOrder';
import { utf8 } from '../../../shared/exchange/common/text';
import type { ModelDocument } from '../../../shared/model/types';
import { counterIds, modelArbitrary } from './support/arbitraries';
import { runStageModel } from './support/runStageModel';

const NOW = '2026-03-01T12:00:00.000Z';
const doc = runStageModel();
const bundle = exportImportSet(doc, CATALOGUE, { now: NOW });
const records = (table: string): Record<string, string>[] => {
  const file = bundle.files.find((f) => f.path === `${table}.json`);
  return file ? (JSON.parse(strFromU8(file.bytes)) as { records: Record<string, string>[] }).records : [];
};
const order = bundle.manifest.loadOrder.map((s) => s.table);
const before = (a: string, b: string): boolean => order.indexOf(a) < order.indexOf(b);

function ok(result: ImportResult): ModelDocument & { warnings: string[] } {
  if (!result.ok) return expect.fail(result.error);
  return Object.assign(result.doc, { warnings: result.warnings.map((w) => w.message) });
}

describe('import-set bundle of the Run-stage model', () => {
  it('has a manifest naming the model, the CSDM version and every file with its row count', () => {
    expect(bundle.files[0]?.path).toBe('manifest.json');
    const manifest = JSON.parse(strFromU8(bundle.files[0]!.bytes)) as unknown;
    expect(manifest).toEqual(bundle.manifest);
    expect(bundle.manifest).toMatchObject({
      format: 'mapwright-importset',
      version: 1,
      model: { id: 'model-run', name: 'Payroll run stage' },
      csdmVersion: 5,
      exportedAt: NOW,
    });
    expect(bundle.files.slice(1).map((f) => f.path)).toEqual(bundle.manifest.loadOrder.map((s) => s.file));
    for (const step of bundle.manifest.loadOrder) expect(records(step.table)).toHaveLength(step.rows);
  });

  it('writes one file per target table, the non-CI tables included', () => {
    expect(order).toEqual([
      'core_company',
      'cmn_department',
      'sys_user',
      'sys_user_group',
      'cmn_location',
      'spm_service_portfolio',
      'spm_taxonomy_node',
      'service_commitment',
      'cmdb_ci_service_business',
      'cmdb_ci_service_technical',
      'service_offering',
      'cmdb_ci_query_based_service',
      'cmdb_ci_service_discovered',
      'cmdb_ci_business_app',
      'cmdb_ci_business_capability',
      'cmdb_ci_app_server_tomcat',
      'cmdb_ci_linux_server',
      'cmdb_ci_db_postgresql_instance',
      'cmdb_rel_ci',
      'cmdb_group_contains_ci',
      'service_subscribe_company',
      'service_subscribe_department',
      'service_subscribe_location',
      'service_subscribe_sys_user_grp',
      'service_subscribe_sys_user',
      'service_offering_commitment',
    ]);
  });

  it('loads referenced tables before the tables referring to them', () => {
    expect(before('core_company', 'cmn_department')).toBe(true);
    expect(before('cmn_department', 'sys_user')).toBe(true);
    expect(before('sys_user', 'sys_user_group')).toBe(true);
    expect(before('spm_service_portfolio', 'spm_taxonomy_node')).toBe(true);
    expect(before('spm_taxonomy_node', 'cmdb_ci_service_business')).toBe(true);
    expect(before('cmdb_ci_service_business', 'service_offering')).toBe(true);
    expect(before('cmdb_ci_service_technical', 'service_offering')).toBe(true);
    expect(before('service_offering', 'cmdb_ci_service_discovered')).toBe(true);
    for (const link of [
      'cmdb_rel_ci',
      'cmdb_group_contains_ci',
      'service_subscribe_company',
      'service_offering_commitment',
    ])
      for (const table of order.slice(0, order.indexOf('cmdb_rel_ci')))
        expect(before(table, link)).toBe(true);
    expect(before('cmdb_rel_ci', 'cmdb_group_contains_ci')).toBe(true);
    expect(before('cmdb_group_contains_ci', 'service_subscribe_company')).toBe(true);
    expect(before('service_subscribe_sys_user', 'service_offering_commitment')).toBe(true);
  });

  it('writes flat string rows, each with the stable id in correlation_id', () => {
    for (const step of bundle.manifest.loadOrder) {
      for (const row of records(step.table)) {
        expect(typeof row['correlation_id']).toBe('string');
        for (const value of Object.values(row)) expect(typeof value).toBe('string');
      }
    }
    expect(records('sys_user')).toEqual([
      {
        correlation_id: 'alice',
        name: 'Alice Smith',
        company: 'Northwind Financial',
        email: 'alice@example.com',
        department: 'Finance',
      },
    ]);
  });

  it('writes references as display values, and reference-stored links as the child field', () => {
    expect(records('service_offering')).toEqual([
      expect.objectContaining({
        correlation_id: 'bo-emea',
        service_classification: 'Business Service',
        parent: 'Payroll',
        owned_by: 'Alice Smith',
        support_group: 'Payroll Ops',
      }),
      expect.objectContaining({ correlation_id: 'bo-us', parent: 'Payroll' }),
      expect.objectContaining({
        correlation_id: 'to',
        service_classification: 'Technical Service',
        parent: 'Linux hosting',
      }),
    ]);
    expect(records('cmdb_ci_service_business')[0]).toMatchObject({
      spm_taxonomy_node: 'Workforce services',
      owned_by: 'Alice Smith',
    });
    expect(records('cmdb_ci_service_technical')[0]).toMatchObject({ portfolio: 'Corporate services' });
    expect(records('spm_taxonomy_node')[0]).toMatchObject({ portfolio: 'Corporate services' });
    expect(records('cmdb_ci_linux_server')[0]).toMatchObject({
      company: 'Northwind Financial',
      location: 'London',
    });
  });

  it('writes relationships to cmdb_rel_ci with names, classes and exact type names', () => {
    const relationshipTypes = new Set(
      CATALOGUE.linkRules.filter((r) => r.storage.form === 'relationship').map((r) => r.type),
    );
    expect(records('cmdb_rel_ci')).toHaveLength(10);
    expect(records('cmdb_rel_ci')).toContainEqual({
      correlation_id: 'l-app-srv',
      type: 'Runs on::Runs',
      parent: 'paymaster-tomcat',
      parent_class: 'cmdb_ci_app_server_tomcat',
      parent_correlation_id: 'app',
      child: 'pay01',
      child_class: 'cmdb_ci_linux_server',
      child_correlation_id: 'srv',
    });
    for (const row of records('cmdb_rel_ci')) expect(relationshipTypes.has(row['type']!)).toBe(true);
  });

  it('writes subscriptions, memberships and commitments to their many-to-many tables with their columns', () => {
    expect(records('service_subscribe_company')).toEqual([
      {
        correlation_id: 'l-sub-co',
        cmdb_ci_service: 'Payroll EMEA',
        cmdb_ci_service_correlation_id: 'bo-emea',
        core_company: 'Northwind Financial',
        core_company_correlation_id: 'co',
      },
    ]);
    expect(Object.keys(records('service_subscribe_department')[0]!)).toEqual(
      expect.arrayContaining(['cmdb_ci_service', 'cmn_department']),
    );
    expect(records('service_subscribe_location')[0]).toMatchObject({
      cmdb_ci_service: 'Payroll EMEA',
      cmn_location: 'London',
    });
    expect(records('service_subscribe_sys_user_grp')[0]).toMatchObject({
      cmdb_ci_service: 'Payroll US',
      sys_user_group: 'Payroll Ops',
    });
    expect(records('service_subscribe_sys_user')[0]).toMatchObject({
      cmdb_ci_service: 'Payroll US',
      sys_user: 'Alice Smith',
    });
    expect(records('cmdb_group_contains_ci')[0]).toMatchObject({
      group: 'Payroll servers',
      configuration_item: 'pay01',
    });
    expect(records('service_offering_commitment')[0]).toMatchObject({
      service_offering: 'Payroll EMEA',
      service_commitment: 'Availability 99.9%',
    });
  });

  it('zips deterministically: manifest first, every file at the root, same bytes every time', () => {
    const zip = exportImportSetZip(doc, CATALOGUE, { now: NOW });
    expect(exportImportSetZip(doc, CATALOGUE, { now: NOW })).toEqual(zip);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(bundle.files.map((f) => f.path));
    for (const f of bundle.files) expect(strFromU8(entries[f.path]!)).toBe(strFromU8(f.bytes));
  });
});

describe('load order of generated models', () => {
  it('puts the table of every referenced record no later than the referring table, and link tables after both ends', () => {
    fc.assert(
      fc.property(modelArbitrary(), (model) => {
        const steps = exportImportSet(model, CATALOGUE, { now: NOW }).manifest.loadOrder.map((s) => s.table);
        const index = (table: string): number => steps.indexOf(table);
        const rank = (id: string): number =>
          LOAD_GROUPS.indexOf(groupOfKind(CATALOGUE, model.elements[id]!.kind));
        for (const element of Object.values(model.elements)) {
          for (const [column, value] of Object.entries(element.attributes)) {
            const target = Object.hasOwn(model.elements, value) ? model.elements[value] : undefined;
            if (target && fieldOf(CATALOGUE, element.kind, column)?.type === 'reference')
              expect(rank(target.id)).toBeLessThanOrEqual(rank(element.id));
          }
        }
        for (const link of Object.values(model.links)) {
          const from = model.elements[link.from]!;
          const to = model.elements[link.to]!;
          const how = linkExport(CATALOGUE, model.settings, link, from, to);
          if (how.form === 'reference' && how.allowed) expect(rank(from.id)).toBeLessThanOrEqual(rank(to.id));
          if (how.form === 'relationship' || how.form === 'many-to-many') {
            const table = how.form === 'relationship' ? 'cmdb_rel_ci' : how.table;
            expect(index(from.table)).toBeLessThan(index(table));
            expect(index(to.table)).toBeLessThan(index(table));
            expect(LOAD_GROUPS.indexOf(groupOfLinkTable(CATALOGUE, table))).toBeGreaterThan(
              LOAD_GROUPS.indexOf('cis'),
            );
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('reading an import-set bundle', () => {
  const back = ok(
    importAny(exportImportSetZip(doc, CATALOGUE, { now: NOW }), {
      fileName: 'payroll.zip',
      newId: counterIds(),
    }),
  );

  it('gives every element back with its id, kind, table, name and attributes', () => {
    expect(back.name).toBe('Payroll run stage');
    expect(Object.keys(back.elements).sort()).toEqual(Object.keys(doc.elements).sort());
    for (const element of Object.values(doc.elements)) {
      expect(back.elements[element.id]).toEqual(element);
    }
  });

  it('gives every link back: rows with their ids, reference fields as links', () => {
    const key = (l: { type: string; from: string; to: string }) => `${l.from} ${l.type} ${l.to}`;
    expect(Object.values(back.links).map(key).sort()).toEqual(Object.values(doc.links).map(key).sort());
    for (const id of ['l-app-srv', 'l-sub-co', 'l-dcg-srv', 'l-commit'])
      expect(back.links[id]).toEqual(doc.links[id]);
    expect(back.warnings).toEqual([]);
  });

  it('reads a folder of table files without a manifest, referenced tables first', () => {
    const files = bundle.files.filter((f) => f.path !== 'manifest.json').reverse();
    const model = ok(importFiles(files, { fileName: 'folder', newId: counterIds() }));
    expect(Object.keys(model.elements)).toHaveLength(Object.keys(doc.elements).length);
    expect(Object.keys(model.links)).toHaveLength(Object.keys(doc.links).length);
  });

  it('reads a bundle zipped inside a folder', () => {
    const nested = zipSync(Object.fromEntries(bundle.files.map((f) => [`export/${f.path}`, f.bytes])));
    expect(Object.keys(ok(importAny(nested, { fileName: 'nested.zip' })).elements)).toHaveLength(
      Object.keys(doc.elements).length,
    );
  });

  it('keeps a reference to a record that is not in the bundle as text, with a warning', () => {
    const files: ExportFile[] = [
      {
        path: 'cmdb_ci_linux_server.json',
        bytes: utf8(
          JSON.stringify({ records: [{ correlation_id: 's1', name: 'srv', owned_by: 'Nobody Known' }] }),
        ),
      },
    ];
    const model = ok(importFiles(files));
    expect(model.elements['s1']?.attributes['owned_by']).toBe('Nobody Known');
    expect(model.warnings).toEqual([
      expect.stringMatching(
        /owned_by refers to “Nobody Known”, which is not in the bundle; it was kept as text/,
      ),
    ]);
  });

  it('skips tables it does not know, with a warning, and files the manifest does not list', () => {
    const files: ExportFile[] = [
      ...bundle.files,
      { path: 'u_custom_thing.json', bytes: utf8('{"records":[{"name":"x"}]}') },
    ];
    const model = ok(importFiles(files));
    expect(model.warnings).toEqual([
      "u_custom_thing.json is not in the manifest's load order and was not read.",
    ]);
    const unlisted = ok(importFiles(files.filter((f) => f.path !== 'manifest.json')));
    expect(unlisted.warnings).toEqual([
      'u_custom_thing.json: “u_custom_thing” is not a table Mapwright knows; its 1 rows were not read.',
    ]);
  });

  it.each<[string, ExportFile[], RegExp]>([
    [
      'a listed file is missing',
      bundle.files.filter((f) => f.path !== 'cmdb_rel_ci.json'),
      /manifest\.json lists cmdb_rel_ci\.json, which is not in the bundle\./,
    ],
    [
      'a file is not JSON',
      [
        ...bundle.files.filter((f) => f.path !== 'sys_user.json'),
        { path: 'sys_user.json', bytes: utf8('{"records": [') },
      ],
      /sys_user\.json is not valid JSON/,
    ],
    [
      'records is not a list',
      [
        ...bundle.files.filter((f) => f.path !== 'sys_user.json'),
        { path: 'sys_user.json', bytes: utf8('{"records": 7}') },
      ],
      /sys_user\.json must hold \{"records": \[\.\.\.\]\}, not an object\./,
    ],
    [
      'a value is not flat',
      [
        ...bundle.files.filter((f) => f.path !== 'sys_user.json'),
        { path: 'sys_user.json', bytes: utf8('{"records": [{"name": ["a"]}]}') },
      ],
      /sys_user\.json: records\[0\]\.name must be text, not an array\./,
    ],
    [
      'the manifest is of another format',
      [{ path: 'manifest.json', bytes: utf8('{"format":"x","loadOrder":[]}') }],
      /manifest\.json: format must be/,
    ],
    [
      'a relationship row has no type',
      [
        ...bundle.files.filter((f) => f.path !== 'cmdb_rel_ci.json'),
        { path: 'cmdb_rel_ci.json', bytes: utf8('{"records":[{"parent":"pay01","child":"pay01"}]}') },
      ],
      /cmdb_rel_ci\.json: records\[0\] has no relationship type\./,
    ],
  ])('refuses a bundle where %s', (_, files, message) => {
    const result = importFiles(files, { fileName: 'bundle' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
