/** connect, disconnect, changeLinkType. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { changeLinkType } from '../../../../shared/model/changeLinkType';
import { connect } from '../../../../shared/model/connect';
import { disconnect } from '../../../../shared/model/disconnect';
import { modelWith, ok, reason, serviceMap } from './helpers';

describe('connect', () => {
  it('adds an allowed link and keeps every other record', () => {
    const base = serviceMap();
    const doc = ok(connect(base, CATALOGUE, { id: 'l9', from: 'ba', to: 'si', type: 'Uses::Used by' }));
    expect(doc.links['l9']).toEqual({ id: 'l9', from: 'ba', to: 'si', type: 'Uses::Used by' });
    expect(doc.elements).toBe(base.elements);
    expect(doc.links['l1']).toBe(base.links['l1']);
  });

  it('picks the version’s type when none is given', () => {
    expect(ok(connect(serviceMap(4), CATALOGUE, { id: 'x', from: 'ba', to: 'si' })).links['x']?.type).toBe(
      'Consumes::Consumed by',
    );
    expect(ok(connect(serviceMap(5), CATALOGUE, { id: 'x', from: 'ba', to: 'si' })).links['x']?.type).toBe(
      'Uses::Used by',
    );
  });

  it('refuses what the catalogue forbids, with its reason', () => {
    expect(
      reason(
        connect(serviceMap(), CATALOGUE, { id: 'x', from: 'bs', to: 'srv', type: 'Depends on::Used by' }),
      ),
    ).toBe(
      'A business service cannot depend on a server: CSDM links business services only to business service offerings.',
    );
    expect(
      reason(
        connect(serviceMap(), CATALOGUE, { id: 'x', from: 'ba', to: 'si', type: 'Consumes::Consumed by' }),
      ),
    ).toBe(
      'A business application cannot consume a service instance: CSDM links these two with "Uses" only.',
    );
  });

  it('refuses self-links, duplicates, a reused id and a second parent service', () => {
    const base = modelWith(
      [
        { id: 'a', kind: 'business_service', name: 'A' },
        { id: 'b', kind: 'business_service', name: 'B' },
        { id: 'o', kind: 'business_offering', name: 'O' },
        { id: 's', kind: 'service_instance', name: 'S' },
      ],
      [['l1', 'a', 'o', 'offering.parent']],
    );
    expect(reason(connect(base, CATALOGUE, { id: 'x', from: 's', to: 's' }))).toBe(
      '"S" cannot be linked to itself.',
    );
    expect(reason(connect(base, CATALOGUE, { id: 'x', from: 'a', to: 'o' }))).toBe(
      '"A" and "O" are already linked by "offered as".',
    );
    expect(reason(connect(base, CATALOGUE, { id: 'l1', from: 'o', to: 's' }))).toBe(
      'A link with this id is already in the model.',
    );
    expect(reason(connect(base, CATALOGUE, { id: 'x', from: 'b', to: 'o' }))).toBe(
      '"O" already has a business service ("A"): a business service offering can have only one.',
    );
    expect(reason(connect(base, CATALOGUE, { id: 'x', from: 'a', to: 'b' }))).toContain(
      'Services are one level only',
    );
  });
});

describe('disconnect', () => {
  it('removes links and keeps the elements', () => {
    const base = serviceMap();
    const doc = ok(disconnect(base, ['l2', 'gone']));
    expect(Object.keys(doc.links).sort()).toEqual(['l1', 'l3']);
    expect(doc.elements).toBe(base.elements);
  });

  it('refuses when the links are gone', () => {
    expect(reason(disconnect(serviceMap(), ['gone']))).toBe('Those links are no longer in the model.');
  });
});

describe('changeLinkType', () => {
  const vmModel = modelWith(
    [
      { id: 'vm', kind: 'virtual_machine', name: 'vm01' },
      { id: 'hv', kind: 'server', name: 'esx01' },
    ],
    [['l', 'vm', 'hv', 'Hosted on::Hosts']],
  );

  it('changes the type, keeping id and ends', () => {
    const doc = ok(changeLinkType(vmModel, CATALOGUE, 'l', 'Virtualized by::Virtualizes'));
    expect(doc.links['l']).toEqual({ id: 'l', from: 'vm', to: 'hv', type: 'Virtualized by::Virtualizes' });
    expect(ok(changeLinkType(vmModel, CATALOGUE, 'l', 'Hosted on::Hosts'))).toBe(vmModel);
  });

  it('refuses a type the pair does not allow, or a missing link', () => {
    expect(reason(changeLinkType(vmModel, CATALOGUE, 'l', 'Runs on::Runs'))).toBe(
      'A virtual machine cannot run on a server: CSDM links these two with "Hosted on" or "Virtualized by" only.',
    );
    expect(reason(changeLinkType(vmModel, CATALOGUE, 'x', 'Runs on::Runs'))).toBe(
      'That link is no longer in the model.',
    );
  });
});
