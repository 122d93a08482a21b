import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import {
  MIXED,
  commonValue,
  setAttributeOnAll,
  sharedFields,
} from '../../../../renderer/src/inspector/multiEdit';
import { model, ok } from './fixtures';

describe('sharedFields', () => {
  it('is every field of one kind', () => {
    expect(sharedFields(CATALOGUE, ['server', 'server'])).toEqual(CATALOGUE.kinds.server.fields);
  });

  it('keeps the fields all kinds have in the same form', () => {
    const columns = sharedFields(CATALOGUE, ['server', 'technical_offering']).map((f) => f.column);
    expect(columns).toContain('operational_status');
    expect(columns).toContain('support_group');
    // Physical and logical lifecycles list different stages: not shared.
    expect(columns).not.toContain('life_cycle_stage');
    expect(columns).not.toContain('service_classification');
  });

  it('shares the lifecycle between kinds on the same list', () => {
    const columns = sharedFields(CATALOGUE, ['service_instance', 'technical_offering']).map((f) => f.column);
    expect(columns).toEqual(expect.arrayContaining(['life_cycle_stage', 'life_cycle_stage_status']));
  });

  it('has nothing for no kinds, and little between a CI and a Foundation record', () => {
    expect(sharedFields(CATALOGUE, [])).toEqual([]);
    expect(sharedFields(CATALOGUE, ['server', 'group']).map((f) => f.column)).toEqual([]);
  });
});

describe('commonValue', () => {
  it('is the value all agree on, empty when none has one, or MIXED', () => {
    const doc = model();
    const a = doc.elements['srv-a']!;
    const b = doc.elements['srv-b']!;
    expect(commonValue([a, a], 'operational_status')).toBe('1');
    expect(commonValue([b, b], 'operational_status')).toBe('');
    expect(commonValue([a, b], 'operational_status')).toBe(MIXED);
    expect(commonValue([], 'operational_status')).toBe('');
  });
});

describe('setAttributeOnAll', () => {
  it('sets the field on every element in one new document', () => {
    const doc = model();
    const next = ok(setAttributeOnAll(doc, CATALOGUE, ['srv-a', 'srv-b'], 'operational_status', '3'));
    expect(next.elements['srv-a']!.attributes['operational_status']).toBe('3');
    expect(next.elements['srv-b']!.attributes['operational_status']).toBe('3');
    expect(next.elements['vm']).toBe(doc.elements['vm']);
  });

  it('clears the field on every element with an empty value', () => {
    const doc = ok(setAttributeOnAll(model(), CATALOGUE, ['srv-a', 'srv-b'], 'support_group', 'ops'));
    const cleared = ok(setAttributeOnAll(doc, CATALOGUE, ['srv-a', 'srv-b'], 'support_group', ''));
    expect(cleared.elements['srv-a']!.attributes).not.toHaveProperty('support_group');
    expect(cleared.elements['srv-b']!.attributes).not.toHaveProperty('support_group');
  });

  it('changes nothing when one element refuses, naming it', () => {
    const result = setAttributeOnAll(model(), CATALOGUE, ['srv-a', 'ops'], 'operational_status', '3');
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^Payroll Ops: /) });
  });

  it('gives the plain reason for a single element', () => {
    const result = setAttributeOnAll(model(), CATALOGUE, ['srv-a'], 'operational_status', '42');
    expect(result).toEqual({ ok: false, reason: '"42" is not a choice for Operational status.' });
  });
});
