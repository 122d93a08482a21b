/** The IRE payload of a hand-built Run-stage model, checked against csdm.md, exchange.md and the catalogue. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/csdm/catalogue';
import { exportIre, SYS_ID_KEY } from '../../../shared/exchange';
import { setAttribute } from '../../../shared/model/setAttribute';
import { RUN_STAGE_ELEMENTS, runStageModel } from './support/runStageModel';

const doc = runStageModel();
const payload = exportIre(doc, CATALOGUE);
const item = (id: string) => payload.items.find((i) => i.internal_id === id);

const catalogueTables = new Set(Object.values(CATALOGUE.kinds).flatMap((k) => k.tables));
const relationshipTypes = new Set(
  CATALOGUE.linkRules.filter((r) => r.storage.form === 'relationship').map((r) => r.type),
);

describe('IRE payload of the Run-stage model', () => {
  it('holds exactly the CIs, each with its table as className', () => {
    const cis = RUN_STAGE_ELEMENTS.filter(([, kind]) => CATALOGUE.kinds[kind].isCi).map(([id]) => id);
    expect(payload.items.map((i) => i.internal_id).sort()).toEqual(cis.sort());
    for (const i of payload.items) {
      expect(catalogueTables.has(i.className)).toBe(true);
      expect(i.className).toBe(doc.elements[i.internal_id]?.table);
    }
    expect(item('srv')?.className).toBe('cmdb_ci_linux_server');
    expect(item('app')?.className).toBe('cmdb_ci_app_server_tomcat');
    expect(item('bo-emea')?.className).toBe('service_offering');
    // Portfolio, taxonomy, commitment and Foundation records are not CIs.
    for (const id of ['pf', 'tax', 'sla', 'co', 'dept', 'loc', 'alice', 'ops'])
      expect(item(id)).toBeUndefined();
  });

  it('gives every item a unique internal_id and the source info IRE matches re-exports by', () => {
    const ids = payload.items.map((i) => i.internal_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of payload.items) {
      expect(i.sys_object_source_info).toEqual({
        source_name: 'Mapwright',
        source_native_key: i.internal_id,
      });
    }
    const renamed = exportIre(
      { ...doc, settings: { ...doc.settings, sourceName: 'Payroll CMDB load' } },
      CATALOGUE,
    );
    expect(renamed.items.every((i) => i.sys_object_source_info.source_name === 'Payroll CMDB load')).toBe(
      true,
    );
  });

  it('writes values by column name, with service_classification on services and offerings', () => {
    expect(item('bs')?.values).toEqual({
      name: 'Payroll',
      service_classification: 'Business Service',
      operational_status: '1',
      life_cycle_stage: 'Operational',
      life_cycle_stage_status: 'In Use',
      busines_criticality: '1 - most critical',
    });
    expect(item('to')?.values['service_classification']).toBe('Technical Service');
    expect(item('bo-us')?.values['service_classification']).toBe('Business Service');
    expect(item('si')?.values).toMatchObject({
      service_classification: 'Application Service',
      environment: 'Production',
    });
  });

  it('leaves references to Foundation records out of values (IRE wants sys_ids, which new records lack)', () => {
    for (const i of payload.items) {
      for (const column of ['owned_by', 'support_group', 'company', 'location', 'managed_by']) {
        expect(i.values[column]).toBeUndefined();
      }
    }
  });

  it('writes a Foundation reference as a sys_id once the record has one', () => {
    const known = {
      ...doc,
      elements: {
        ...doc.elements,
        alice: {
          ...doc.elements['alice']!,
          attributes: {
            ...doc.elements['alice']!.attributes,
            [SYS_ID_KEY]: '0123456789abcdef0123456789abcdef',
          },
        },
      },
    };
    expect(exportIre(known, CATALOGUE).items.find((i) => i.internal_id === 'bs')?.values['owned_by']).toBe(
      '0123456789abcdef0123456789abcdef',
    );
  });

  it('writes relationship-stored links as relations, parent the consumer, with exact cmdb_rel_type names', () => {
    expect(payload.relations).toEqual([
      { parent_id: 'bo-emea', child_id: 'si', type: 'Depends on::Used by' },
      { parent_id: 'bo-us', child_id: 'si', type: 'Depends on::Used by' },
      { parent_id: 'to', child_id: 'si', type: 'Contains::Contained by' },
      { parent_id: 'to', child_id: 'dcg', type: 'Contains::Contained by' },
      { parent_id: 'ba', child_id: 'si', type: 'Uses::Used by' },
      { parent_id: 'cap', child_id: 'ba', type: 'Provided By::Provides' },
      { parent_id: 'si', child_id: 'app', type: 'Depends on::Used by' },
      { parent_id: 'si', child_id: 'db', type: 'Depends on::Used by' },
      { parent_id: 'app', child_id: 'srv', type: 'Runs on::Runs' },
      { parent_id: 'db', child_id: 'srv', type: 'Runs on::Runs' },
    ]);
    for (const r of payload.relations) expect(relationshipTypes.has(r.type)).toBe(true);
    const internal = new Set(payload.items.map((i) => i.internal_id));
    for (const r of payload.relations)
      expect(internal.has(r.parent_id) && internal.has(r.child_id)).toBe(true);
  });

  it('points offerings at their parent service through referenceItems', () => {
    expect(payload.referenceItems).toEqual([
      { referenced: 'bs', referencedBy: 'bo-emea', referenceField: 'parent' },
      { referenced: 'bs', referencedBy: 'bo-us', referenceField: 'parent' },
      { referenced: 'ts', referencedBy: 'to', referenceField: 'parent' },
    ]);
    for (const i of payload.items) expect(i.values['parent']).toBeUndefined();
  });

  it('writes the business application link with the type of the target CSDM version', () => {
    const csdm4 = exportIre(
      {
        ...doc,
        settings: { ...doc.settings, csdmVersion: 4 },
        links: { ...doc.links, 'l-ba-si': { ...doc.links['l-ba-si']!, type: 'Consumes::Consumed by' } },
      },
      CATALOGUE,
    );
    expect(csdm4.relations).toContainEqual({
      parent_id: 'ba',
      child_id: 'si',
      type: 'Consumes::Consumed by',
    });
  });

  it('follows edits: a changed attribute is in the next export', () => {
    const edited = setAttribute(doc, CATALOGUE, 'srv', 'short_description', 'Payroll database host');
    if (!edited.ok) return expect.fail(edited.reason);
    expect(
      exportIre(edited.doc, CATALOGUE).items.find((i) => i.internal_id === 'srv')?.values[
        'short_description'
      ],
    ).toBe('Payroll database host');
  });
});
