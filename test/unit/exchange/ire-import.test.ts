/** Importing IRE payloads: ServiceNow's own request example, both relation forms, referenceItems, kept lookup/related entries, clear errors. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import {
  exportIre,
  importAny,
  IRE_LOOKUP_KEY,
  IRE_RELATED_KEY,
  type ImportResult,
} from '../../../shared/exchange';
import { checkInvariants } from '../../../shared/model/checkInvariants';
import type { ModelDocument } from '../../../shared/model/types';
import { counterIds } from './support/arbitraries';
import { servicenow } from './support/files';
import { runStageModel } from './support/runStageModel';

function ok(result: ImportResult): ModelDocument & { warnings: string[] } {
  if (!result.ok) return expect.fail(result.error);
  expect(result.format).toBe('ire');
  expect(checkInvariants(result.doc, CATALOGUE, { structuralOnly: true })).toEqual([]);
  return Object.assign(result.doc, { warnings: result.warnings.map((w) => w.message) });
}

function error(input: unknown): string {
  const result = importAny(JSON.stringify(input), { fileName: 'payload.json' });
  if (result.ok) return expect.fail('expected the payload to be refused');
  return result.error;
}

const byName = (doc: ModelDocument, name: string) =>
  Object.values(doc.elements).find((e) => e.name === name)!;

describe('ServiceNow request example (ire_rest_request_0.json)', () => {
  const text = servicenow('ire_rest_request_0.json');
  const doc = ok(importAny(text, { fileName: 'ire_rest_request_0.json', newId: counterIds() }));

  it('imports the Linux server and the switch as their kinds, keeping their tables and values', () => {
    expect(Object.keys(doc.elements)).toHaveLength(2);
    const server = byName(doc, 'lnux101');
    expect(server).toMatchObject({ kind: 'server', table: 'cmdb_ci_linux_server' });
    expect(server.attributes).toMatchObject({
      host_name: 'lnux101.servicenow.com',
      ip_address: '10.11.12.173',
      os_name: 'Linux Red Hat',
    });
    // sys_class_name repeats the className: it is the table, not an attribute.
    expect(server.attributes['sys_class_name']).toBeUndefined();
    expect(byName(doc, 'IP-Switch-1')).toMatchObject({
      kind: 'network_gear',
      table: 'cmdb_ci_ip_switch',
      attributes: { serial_number: 'Switch23587', serial_number_type: 'uuid' },
    });
  });

  it('keeps the IP Connection relation given by item index, and warns that CSDM does not allow it', () => {
    const links = Object.values(doc.links);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      type: 'IP Connection::IP Connection',
      from: byName(doc, 'lnux101').id,
      to: byName(doc, 'IP-Switch-1').id,
    });
    expect(doc.warnings).toEqual([
      expect.stringMatching(
        /^relations\[0\]: .*IP Connection::IP Connection.* is not a link CSDM allows; it was kept/,
      ),
    ]);
  });

  it('keeps the lookup entries and writes them back unchanged on export', () => {
    const original = (JSON.parse(text) as { items: { lookup?: unknown }[] }).items[0]!.lookup;
    expect(JSON.parse(byName(doc, 'lnux101').attributes[IRE_LOOKUP_KEY]!)).toEqual(original);
    const exported = exportIre(doc, CATALOGUE);
    expect(exported.items.find((i) => i.values['name'] === 'lnux101')?.lookup).toEqual(original);
    expect(exported.items.find((i) => i.values['name'] === 'IP-Switch-1')?.lookup).toBeUndefined();
    expect(exported.relations).toEqual([
      {
        parent_id: byName(doc, 'lnux101').id,
        child_id: byName(doc, 'IP-Switch-1').id,
        type: 'IP Connection::IP Connection',
      },
    ]);
  });

  it('places the imported elements in a new view', () => {
    const view = doc.views[doc.viewOrder[0]!]!;
    expect(Object.keys(view.placements).sort()).toEqual(Object.keys(doc.elements).sort());
    expect(doc.name).toBe('ire_rest_request_0');
  });
});

describe('IRE payloads', () => {
  const payload = {
    items: [
      {
        className: 'cmdb_ci_service_business',
        internal_id: 'svc',
        values: { name: 'Email', service_classification: 'Business Service' },
      },
      {
        className: 'service_offering',
        internal_id: 'off',
        values: { name: 'Email Gold', service_classification: 'Business Service' },
      },
      {
        className: 'service_offering',
        internal_id: 'toff',
        values: { name: 'Mail hosting', service_classification: 'Technical Service' },
      },
      {
        className: 'cmdb_ci_service_discovered',
        internal_id: 'inst',
        values: { name: 'Email prod' },
        related: [{ className: 'cmdb_ci_endpoint', values: { host: 'mx' } }],
      },
      {
        className: 'cmdb_ci_computer',
        internal_id: 'pc',
        values: { name: 'laptop-7', ram: 8192, virtual: false },
      },
    ],
    relations: [
      { parent_id: 'off', child_id: 'inst', type: 'Depends on::Used by' },
      { parent: 3, child: 4, type: 'Depends on::Used by' },
    ],
    referenceItems: [{ referenced: 'svc', referencedBy: 'off', referenceField: 'parent' }],
  };
  const doc = ok(importAny(JSON.stringify(payload), { fileName: 'email.json', newId: counterIds() }));

  it('tells business from technical offerings by service_classification', () => {
    expect(doc.elements['off']?.kind).toBe('business_offering');
    expect(doc.elements['toff']?.kind).toBe('technical_offering');
  });

  it('takes element ids from internal_id, and relations by id and by index alike', () => {
    expect(Object.keys(doc.elements)).toEqual(['svc', 'off', 'toff', 'inst', 'pc']);
    const links = Object.values(doc.links).map(({ type, from, to }) => ({ type, from, to }));
    expect(links).toContainEqual({ type: 'Depends on::Used by', from: 'off', to: 'inst' });
    expect(links).toContainEqual({ type: 'Depends on::Used by', from: 'inst', to: 'pc' });
  });

  it('turns the offering referenceItem into its offered-as link', () => {
    expect(Object.values(doc.links)).toContainEqual(
      expect.objectContaining({ type: 'offering.parent', from: 'svc', to: 'off' }),
    );
  });

  it('makes unknown CI classes generic CIs that keep their table, values as text', () => {
    expect(doc.elements['pc']).toMatchObject({
      kind: 'generic_ci',
      table: 'cmdb_ci_computer',
      attributes: { ram: '8192', virtual: 'false' },
    });
  });

  it('keeps related entries, and a re-export reproduces the payload', () => {
    expect(JSON.parse(doc.elements['inst']!.attributes[IRE_RELATED_KEY]!)).toEqual(payload.items[3]!.related);
    const again = exportIre(doc, CATALOGUE);
    expect(again.items.find((i) => i.internal_id === 'inst')?.related).toEqual(payload.items[3]!.related);
    expect(again.referenceItems).toEqual(payload.referenceItems);
    expect(again.relations).toEqual([
      { parent_id: 'off', child_id: 'inst', type: 'Depends on::Used by' },
      { parent_id: 'inst', child_id: 'pc', type: 'Depends on::Used by' },
    ]);
  });

  it('prefers sys_object_source_info.source_native_key for the element id, and keeps source_name', () => {
    const keyed = ok(
      importAny(
        JSON.stringify({
          items: [
            {
              className: 'cmdb_ci_linux_server',
              internal_id: 'x1',
              values: { name: 'a' },
              sys_object_source_info: { source_name: 'Discovery feed', source_native_key: 'srv-42' },
            },
          ],
        }),
        { newId: counterIds() },
      ),
    );
    expect(Object.keys(keyed.elements)).toEqual(['srv-42']);
    expect(keyed.settings.sourceName).toBe('Discovery feed');
  });

  it('brings a Mapwright export back with the same ids', () => {
    const model = runStageModel();
    const back = ok(importAny(JSON.stringify(exportIre(model, CATALOGUE)), { newId: counterIds() }));
    const cis = Object.values(model.elements).filter((e) => CATALOGUE.kinds[e.kind].isCi);
    expect(Object.keys(back.elements).sort()).toEqual(cis.map((e) => e.id).sort());
    for (const e of cis)
      expect(back.elements[e.id]).toMatchObject({ kind: e.kind, table: e.table, name: e.name });
  });

  it('keeps a reference to a field no link stores as a reference attribute', () => {
    const doc2 = ok(
      importAny(
        JSON.stringify({
          items: [
            { className: 'cmdb_ci_linux_server', internal_id: 'a', values: { name: 'a' } },
            { className: 'cmdb_ci_computer', internal_id: 'b', values: { name: 'b' } },
          ],
          referenceItems: [{ referenced: 'a', referencedBy: 'b', referenceField: 'u_backup_host' }],
        }),
        { newId: counterIds() },
      ),
    );
    expect(doc2.elements['b']?.attributes['u_backup_host']).toBe('a');
    expect(exportIre(doc2, CATALOGUE).referenceItems).toEqual([
      { referenced: 'a', referencedBy: 'b', referenceField: 'u_backup_host' },
    ]);
  });
});

describe('refusing bad IRE payloads, naming the place', () => {
  const server = { className: 'cmdb_ci_linux_server', values: { name: 's' } };
  it.each([
    [{ items: 'x' }, /^payload\.json: items must be a list, not text\.$/],
    [{ items: [42] }, /^payload\.json: items\[0\] must be an object, not a number\.$/],
    [{ items: [{ values: {} }] }, /^payload\.json: items\[0\]\.className must name a table/],
    [
      { items: [server, { className: 'cmdb_ci_linux_server', values: { name: { a: 1 } } }] },
      /^payload\.json: items\[1\]\.values\.name must be text, not an object\.$/,
    ],
    [
      { items: [{ className: 'core_company', values: { name: 'c' } }] },
      /^payload\.json: items\[0\]\.className: “core_company” is not a CI/,
    ],
    [
      { items: [{ className: 'u_widget', values: { name: 'c' } }] },
      /^payload\.json: items\[0\]\.className: “u_widget” is not a CI class/,
    ],
    [
      { items: [server], relations: [{ parent: 0, child: 5, type: 'Runs on::Runs' }] },
      /^payload\.json: relations\[0\]\.child: there is no item 5 \(the payload has 1\)\.$/,
    ],
    [
      { items: [server], relations: [{ parent_id: 'nope', child: 0, type: 'Runs on::Runs' }] },
      /^payload\.json: relations\[0\]\.parent_id: no item has the internal_id “nope”\.$/,
    ],
    [
      { items: [server], relations: [{ parent: 0, child: 0, type: 'Runs on::Runs' }] },
      /^payload\.json: relations\[0\] relates an item to itself\.$/,
    ],
    [
      { items: [server, server], relations: [{ parent: 0, child: 1 }] },
      /^payload\.json: relations\[0\]\.type must name a relationship type/,
    ],
    [
      {
        items: [
          { ...server, internal_id: 'a' },
          { ...server, internal_id: 'a' },
        ],
      },
      /^payload\.json: items\[1\]\.internal_id “a” is used by another item too/,
    ],
    [
      { items: [server], referenceItems: [{ referenced: 'x', referencedBy: 'y', referenceField: 'parent' }] },
      /^payload\.json: referenceItems\[0\]\.referenced: no item has the internal_id “x”\.$/,
    ],
    [
      { items: [{ ...server, lookup: {} }] },
      /^payload\.json: items\[0\]\.lookup must be a list, not an object\.$/,
    ],
  ])('%j', (input, message) => {
    expect(error(input)).toMatch(message);
  });

  it('refuses lookup entries nested beyond the limit', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(error({ items: [{ ...server, lookup: [deep] }] })).toMatch(
      /^payload\.json: items\[0\]\.lookup nests deeper than 32 levels\.$/,
    );
  });
});
