import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { addView } from '../../../../shared/model/addView';
import { addToView } from '../../../../shared/model/addToView';
import { removeElements } from '../../../../shared/model/removeElements';
import { setAttribute } from '../../../../shared/model/setAttribute';
import { VIEW, deepFreeze, ok, reason, serviceMap } from './helpers';

describe('removeElements', () => {
  it('removes the elements, their links, their placements in every view and references to them', () => {
    let base = serviceMap();
    base = ok(setAttribute(base, CATALOGUE, 'bs', 'owned_by', 'alice'));
    base = ok(setAttribute(base, CATALOGUE, 'bs', 'support_group', 'ops'));
    base = ok(addView(base, { id: 'v2', name: 'Infra' }));
    base = deepFreeze(ok(addToView(base, 'v2', { srv: { x: 0, y: 0 }, alice: { x: 0, y: 100 } })));

    const doc = ok(removeElements(base, ['srv', 'alice', 'not-there']));
    expect(Object.keys(doc.elements).sort()).toEqual(['ba', 'bo', 'bs', 'ops', 'si']);
    expect(Object.keys(doc.links).sort()).toEqual(['l1', 'l2']);
    expect(doc.views[VIEW]?.placements).not.toHaveProperty('srv');
    expect(Object.keys(doc.views['v2']?.placements ?? {})).toEqual([]);
    expect(doc.elements['bs']?.attributes).toEqual({
      service_classification: 'Business Service',
      support_group: 'ops',
    });
    // Untouched records keep their identity.
    expect(doc.elements['bo']).toBe(base.elements['bo']);
    expect(doc.links['l1']).toBe(base.links['l1']);
  });

  it('refuses when none of the elements exist', () => {
    expect(reason(removeElements(serviceMap(), ['nope']))).toBe('Those elements are no longer in the model.');
    expect(reason(removeElements(serviceMap(), []))).toBe('Those elements are no longer in the model.');
  });
});
