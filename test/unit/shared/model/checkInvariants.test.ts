import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { checkInvariants } from '../../../../shared/model/checkInvariants';
import type { ModelDocument } from '../../../../shared/model/types';
import { VIEW, serviceMap } from './helpers';

describe('checkInvariants', () => {
  it('finds nothing wrong in documents built by operations', () => {
    expect(checkInvariants(serviceMap(), CATALOGUE)).toEqual([]);
  });

  it('finds dangling links, placements of missing elements and a missing view', () => {
    const base = serviceMap();
    const broken: ModelDocument = {
      ...base,
      links: { ...base.links, bad: { id: 'bad', type: 'Depends on::Used by', from: 'si', to: 'ghost' } },
      views: {
        [VIEW]: { id: VIEW, name: 'x', placements: { ghost: { x: 0, y: 0, width: 200, height: 72 } } },
      },
    };
    expect(checkInvariants(broken, CATALOGUE, { structuralOnly: true })).toEqual([
      'link bad ends at missing element ghost',
      `view ${VIEW} places missing element ghost`,
    ]);
    expect(checkInvariants({ ...base, views: {}, viewOrder: [] }, CATALOGUE)).toContain(
      'the model has no view',
    );
  });

  it('flags disallowed links, duplicates and second parents unless only structure is checked', () => {
    const base = serviceMap();
    const imported: ModelDocument = {
      ...base,
      elements: {
        ...base.elements,
        bs2: {
          id: 'bs2',
          kind: 'business_service',
          table: 'cmdb_ci_service_business',
          name: 'B',
          attributes: {},
        },
      },
      links: {
        ...base.links,
        x: { id: 'x', type: 'Depends on::Used by', from: 'bs', to: 'srv' },
        dup: { id: 'dup', type: 'Depends on::Used by', from: 'bo', to: 'si' },
        p2: { id: 'p2', type: 'offering.parent', from: 'bs2', to: 'bo' },
      },
    };
    expect(checkInvariants(imported, CATALOGUE, { structuralOnly: true })).toEqual([]);
    expect(checkInvariants(imported, CATALOGUE)).toEqual([
      'link x (business_service Depends on::Used by server) is not allowed by the catalogue',
      'link dup duplicates another link',
      'element bo has too many "offering.parent" parents',
    ]);
  });

  it('flags attribute values operations would refuse', () => {
    const base = serviceMap();
    const si = base.elements['si'];
    if (!si) return expect.fail('fixture');
    const bad: ModelDocument = {
      ...base,
      elements: {
        ...base.elements,
        si: { ...si, attributes: { ...si.attributes, owned_by: 'ops', used_for: 'Fun', u_x: '1' } },
      },
    };
    expect(checkInvariants(bad, CATALOGUE, { structuralOnly: true })).toEqual([]);
    expect(checkInvariants(bad, CATALOGUE)).toEqual([
      'element si field owned_by: Owned by must be a user; "Mail ops" is a group.',
      'element si field used_for: "Fun" is not a choice for Used for.',
      'element si field u_x is not a field of service_instance',
    ]);
  });
});
