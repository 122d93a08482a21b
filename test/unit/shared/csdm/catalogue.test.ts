/** The catalogue is consistent with itself: every name it uses is defined in it. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { KIND_IDS } from '../../../../shared/csdm/kinds';
import { PALETTE_GROUPS, STAGES } from '../../../../shared/csdm/types';

const kinds = Object.values(CATALOGUE.kinds);

describe('catalogue consistency', () => {
  it('defines every kind id, under its own id', () => {
    expect(Object.keys(CATALOGUE.kinds).sort()).toEqual([...KIND_IDS].sort());
    for (const [id, kind] of Object.entries(CATALOGUE.kinds)) expect(kind.id).toBe(id);
  });

  it('gives every kind at least one table, each listed once', () => {
    for (const kind of kinds) {
      expect(kind.tables.length, kind.id).toBeGreaterThan(0);
      expect(new Set(kind.tables).size, kind.id).toBe(kind.tables.length);
    }
  });

  it('puts no table in two kinds, except service_offering split by service_classification', () => {
    const owners = new Map<string, string[]>();
    for (const kind of kinds) {
      for (const table of kind.tables) owners.set(table, [...(owners.get(table) ?? []), kind.id]);
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    expect(shared).toEqual([['service_offering', ['business_offering', 'technical_offering']]]);
    expect(CATALOGUE.kinds.business_offering.serviceClassification).not.toBe(
      CATALOGUE.kinds.technical_offering.serviceClassification,
    );
  });

  it('uses only known stages, palette groups and layers', () => {
    for (const kind of kinds) {
      expect(STAGES).toContain(kind.stage);
      expect(PALETTE_GROUPS).toContain(kind.paletteGroup);
      expect(Number.isInteger(kind.layer) && kind.layer >= 0, kind.id).toBe(true);
      expect(kind.icon, kind.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('has non-empty choice lists with unique values', () => {
    for (const [id, choices] of Object.entries(CATALOGUE.choiceLists)) {
      expect(choices.length, id).toBeGreaterThan(0);
      expect(new Set(choices.map((c) => c.value)).size, id).toBe(choices.length);
    }
  });

  it('defines every choice list and referenced kind that a field names', () => {
    for (const kind of kinds) {
      const columns = kind.fields.map((f) => f.column);
      expect(new Set(columns).size, `${kind.id} repeats a column`).toBe(columns.length);
      expect(columns, kind.id).not.toContain('name');
      for (const field of kind.fields) {
        const where = `${kind.id}.${field.column}`;
        if (field.type === 'choice')
          expect(CATALOGUE.choiceLists[field.choiceList ?? ''], where).toBeDefined();
        else expect(field.choiceList, where).toBeUndefined();
        if (field.type === 'reference') {
          expect(field.references?.length, where).toBeGreaterThan(0);
          for (const target of field.references ?? []) expect(KIND_IDS, where).toContain(target);
        } else expect(field.references, where).toBeUndefined();
      }
    }
  });

  it('gives lifecycle fields the choices of the kind’s own lifecycle list', () => {
    for (const kind of kinds.filter((k) => k.lifecycle)) {
      const stage = kind.fields.find((f) => f.column === 'life_cycle_stage');
      expect(stage?.choiceList, kind.id).toBe(`life_cycle_stage.${kind.lifecycle ?? ''}`);
    }
  });

  it('gives every CI the common CI fields, and service_classification where the kind has one', () => {
    const common = ['short_description', 'owned_by', 'managed_by', 'managed_by_group', 'support_group'];
    const more = [
      'assignment_group',
      'change_control',
      'company',
      'location',
      'model_id',
      'operational_status',
    ];
    for (const kind of kinds.filter((k) => k.isCi)) {
      const columns = kind.fields.map((f) => f.column);
      for (const column of [...common, ...more, 'life_cycle_stage', 'life_cycle_stage_status']) {
        expect(columns, kind.id).toContain(column);
      }
    }
    for (const kind of kinds.filter((k) => k.serviceClassification)) {
      const field = kind.fields.find((f) => f.column === 'service_classification');
      expect(field?.readOnly, kind.id).toBe(true);
      const values = CATALOGUE.choiceLists['service_classification']?.map((c) => c.value);
      expect(values).toContain(kind.serviceClassification);
    }
  });

  it('has link rules between existing kinds, with existing link types', () => {
    for (const rule of CATALOGUE.linkRules) {
      expect(KIND_IDS).toContain(rule.from);
      expect(KIND_IDS).toContain(rule.to);
      expect(CATALOGUE.linkTypes[rule.type], rule.type).toBeDefined();
    }
    for (const [id, type] of Object.entries(CATALOGUE.linkTypes)) {
      expect(type.id).toBe(id);
      expect(
        CATALOGUE.linkRules.some((rule) => rule.type === id),
        `${id} is never used`,
      ).toBe(true);
    }
  });

  it('stores each link type in one form only: relationship types are exactly the cmdb_rel_type names', () => {
    for (const rule of CATALOGUE.linkRules) {
      const isRelationshipName = rule.type.includes('::');
      expect(rule.storage.form === 'relationship', rule.type).toBe(isRelationshipName);
    }
  });

  it('has no duplicate rule', () => {
    const keys = CATALOGUE.linkRules.map(
      (r) => `${r.from}>${r.to}>${r.type}>${(r.csdmVersions ?? []).join()}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names only existing kinds in the forbidden pairs, none of which a rule allows', () => {
    for (const forbidden of CATALOGUE.forbiddenLinks) {
      for (const from of forbidden.from) {
        for (const to of forbidden.to) {
          expect(
            CATALOGUE.linkRules.some((r) => r.from === from && r.to === to),
            `${from}>${to}`,
          ).toBe(false);
        }
      }
    }
  });

  it('keeps unconfirmed column names in catalogue.unconfirmed and uses them in the link rules', () => {
    const fields = CATALOGUE.linkRules.flatMap((r) => (r.storage.form === 'reference' ? [r] : []));
    const capability = fields.find((r) => r.type === 'capability.parent');
    expect(capability?.storage).toMatchObject({
      field: CATALOGUE.unconfirmed.capabilityParentField,
      on: 'child',
    });
    const portfolio = fields.find((r) => r.type === 'portfolio.contains' && r.to === 'business_service');
    expect(portfolio?.storage).toMatchObject({ field: CATALOGUE.unconfirmed.portfolioField, on: 'child' });
  });
});
