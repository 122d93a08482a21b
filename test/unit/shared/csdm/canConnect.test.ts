/** canConnect: what the connect gesture may draw, and why not in users' words. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import type { KindId } from '../../../../shared/csdm/kinds';
import { canConnect } from '../../../../shared/csdm/queries/canConnect';
import type { Element, Link, ModelDocument } from '../../../../shared/model/types';

const element = (id: string, kind: KindId, name = id): Element => ({
  id,
  kind,
  table: CATALOGUE.kinds[kind].tables[0] ?? '',
  name,
  attributes: {},
});

function doc(elements: Element[], links: Link[] = [], csdmVersion: 4 | 5 = 5): ModelDocument {
  return {
    id: 'm',
    name: 'Model',
    settings: { csdmVersion, sourceName: 'Mapwright' },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    elements: Object.fromEntries(elements.map((e) => [e.id, e])),
    links: Object.fromEntries(links.map((l) => [l.id, l])),
    views: { v: { id: 'v', name: 'Main view', placements: {} } },
    viewOrder: ['v'],
  };
}

const model = doc([
  element('bs', 'business_service', 'Email'),
  element('bs2', 'business_service', 'Payroll'),
  element('ts', 'technical_service', 'Hosting'),
  element('bo', 'business_offering', 'Email Gold'),
  element('si', 'service_instance', 'Email prod'),
  element('srv', 'server', 'mail01'),
  element('ba', 'business_application', 'Exchange'),
  element('app', 'application', 'exchange.exe'),
  element('dg', 'dynamic_ci_group', 'Mail hosts'),
  element('co', 'company', 'Acme'),
]);

describe('canConnect', () => {
  it('allows what the catalogue allows and returns the rules', () => {
    const result = canConnect(CATALOGUE, model, 'bs', 'bo');
    expect(result).toMatchObject({ ok: true, rules: [{ type: 'offering.parent' }] });
    expect(canConnect(CATALOGUE, model, 'ba', 'si', 'Uses::Used by').ok).toBe(true);
  });

  it('explains a refused pair with the kinds CSDM does link', () => {
    expect(canConnect(CATALOGUE, model, 'bs', 'srv', 'Depends on::Used by')).toEqual({
      ok: false,
      reason:
        'A business service cannot depend on a server: CSDM links business services only to business service offerings.',
    });
  });

  it('refuses services under services', () => {
    const result = canConnect(CATALOGUE, model, 'bs', 'ts');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toMatch(
        /^A business service cannot be linked to a technical service\. Services are one level only/,
      );
  });

  it('refuses a dynamic CI group holding a service, and a business application on cmdb_ci_appl', () => {
    const group = canConnect(CATALOGUE, model, 'dg', 'ts');
    expect(!group.ok && group.reason).toContain('never another group or a service');
    const app = canConnect(CATALOGUE, model, 'ba', 'app');
    expect(!app.ok && app.reason).toContain('never to an application CI (cmdb_ci_appl)');
  });

  it('names the right type when only the type is wrong', () => {
    const result = canConnect(CATALOGUE, model, 'ba', 'si', 'Consumes::Consumed by');
    expect(result).toEqual({
      ok: false,
      reason:
        'A business application cannot consume a service instance: CSDM links these two with "Uses" only.',
    });
    expect(
      canConnect(
        CATALOGUE,
        { ...model, settings: { ...model.settings, csdmVersion: 4 } },
        'ba',
        'si',
        'Consumes::Consumed by',
      ).ok,
    ).toBe(true);
  });

  it('suggests the other direction when the link runs the other way', () => {
    const result = canConnect(CATALOGUE, model, 'bo', 'bs');
    expect(!result.ok && result.reason).toBe(
      'A business service offering cannot be linked to a business service: draw the link the other way, from the business service to the business service offering.',
    );
  });

  it('explains kinds that link nothing themselves', () => {
    const result = canConnect(CATALOGUE, model, 'co', 'srv');
    expect(!result.ok && result.reason).toBe(
      'A company cannot be linked to a server: CSDM links nothing from companies; link to them from the other side.',
    );
  });

  it('refuses self-links and missing elements', () => {
    expect(canConnect(CATALOGUE, model, 'si', 'si')).toEqual({
      ok: false,
      reason: '"Email prod" cannot be linked to itself.',
    });
    expect(canConnect(CATALOGUE, model, 'si', 'nope').ok).toBe(false);
  });

  it('refuses a second identical link', () => {
    const linked = doc(Object.values(model.elements), [
      { id: 'l', type: 'Depends on::Used by', from: 'bo', to: 'si' },
    ]);
    expect(canConnect(CATALOGUE, linked, 'bo', 'si')).toEqual({
      ok: false,
      reason: '"Email Gold" and "Email prod" are already linked by "Depends on".',
    });
  });

  it('refuses a second parent service for an offering', () => {
    const linked = doc(Object.values(model.elements), [
      { id: 'l', type: 'offering.parent', from: 'bs', to: 'bo' },
    ]);
    expect(canConnect(CATALOGUE, linked, 'bs2', 'bo')).toEqual({
      ok: false,
      reason:
        '"Email Gold" already has a business service ("Email"): a business service offering can have only one.',
    });
  });

  it('still offers the other type of a pair when one is taken', () => {
    const vm = element('vm', 'virtual_machine');
    const linked = doc(
      [...Object.values(model.elements), vm],
      [{ id: 'l', type: 'Hosted on::Hosts', from: 'vm', to: 'srv' }],
    );
    expect(canConnect(CATALOGUE, linked, 'vm', 'srv')).toMatchObject({
      ok: true,
      rules: [{ type: 'Virtualized by::Virtualizes' }],
    });
  });
});
