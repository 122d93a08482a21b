/** Adding and editing elements: addElement, renameElement, setAttribute, changeTable, updateElement. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import { addElement } from '../../../../shared/model/addElement';
import { changeTable } from '../../../../shared/model/changeTable';
import { renameElement } from '../../../../shared/model/renameElement';
import { setAttribute } from '../../../../shared/model/setAttribute';
import { updateElement } from '../../../../shared/model/updateElement';
import { VIEW, deepFreeze, emptyModel, ok, reason, serviceMap } from './helpers';

describe('addElement', () => {
  it('adds an element with the kind’s default table and places it with the default size', () => {
    const before = deepFreeze(emptyModel());
    const doc = ok(
      addElement(before, CATALOGUE, {
        id: 'e',
        kind: 'server',
        name: ' web01 ',
        placement: { viewId: VIEW, x: 10, y: 20 },
      }),
    );
    expect(doc.elements['e']).toEqual({
      id: 'e',
      kind: 'server',
      table: 'cmdb_ci_server',
      name: 'web01',
      attributes: {},
    });
    expect(doc.views[VIEW]?.placements['e']).toEqual({ x: 10, y: 20, width: 200, height: 72 });
    expect(before.elements).toEqual({});
  });

  it('records service_classification for services and offerings', () => {
    const doc = ok(
      addElement(emptyModel(), CATALOGUE, { id: 'o', kind: 'technical_offering', name: 'Hosting Gold' }),
    );
    expect(doc.elements['o']?.attributes).toEqual({ service_classification: 'Technical Service' });
    expect(doc.elements['o']?.table).toBe('service_offering');
  });

  it('takes a table of the family and checked attributes', () => {
    const base = serviceMap();
    const doc = ok(
      addElement(base, CATALOGUE, {
        id: 'w',
        kind: 'server',
        table: 'cmdb_ci_win_server',
        name: 'win01',
        attributes: { life_cycle_stage_status: 'In Use', life_cycle_stage: 'Operational', owned_by: 'alice' },
      }),
    );
    expect(doc.elements['w']).toMatchObject({
      table: 'cmdb_ci_win_server',
      attributes: { life_cycle_stage: 'Operational', life_cycle_stage_status: 'In Use', owned_by: 'alice' },
    });
  });

  it('refuses a duplicate id, an unknown kind, a foreign table, an empty name, a missing view, a bad value', () => {
    const base = serviceMap();
    expect(reason(addElement(base, CATALOGUE, { id: 'bs', kind: 'server', name: 'x' }))).toBe(
      'An element with this id is already in the model.',
    );
    expect(reason(addElement(base, CATALOGUE, { id: 'n', kind: 'bogus' as 'server', name: 'x' }))).toBe(
      'Mapwright does not know the kind "bogus".',
    );
    expect(
      reason(addElement(base, CATALOGUE, { id: 'n', kind: 'server', table: 'cmdb_ci_appl', name: 'x' })),
    ).toMatch(/^A server is stored in cmdb_ci_server, .* or cmdb_ci_esx_server, not "cmdb_ci_appl"\.$/);
    expect(
      reason(addElement(base, CATALOGUE, { id: 'n', kind: 'business_service', table: 'x', name: 'x' })),
    ).toBe('A business service is always stored in cmdb_ci_service_business.');
    expect(reason(addElement(base, CATALOGUE, { id: 'n', kind: 'server', name: '  ' }))).toBe(
      'A name is required.',
    );
    expect(
      reason(
        addElement(base, CATALOGUE, {
          id: 'n',
          kind: 'server',
          name: 'x',
          placement: { viewId: 'nope', x: 0, y: 0 },
        }),
      ),
    ).toBe('That view is no longer in the model.');
    expect(
      reason(
        addElement(base, CATALOGUE, {
          id: 'n',
          kind: 'server',
          name: 'x',
          placement: { viewId: VIEW, x: NaN, y: 0 },
        }),
      ),
    ).toBe('A position must be a finite number and a size positive.');
    expect(
      reason(
        addElement(base, CATALOGUE, { id: 'n', kind: 'server', name: 'x', attributes: { used_for: 'x' } }),
      ),
    ).toBe('A server has no field "used_for".');
  });

  it('stores any id as its own entry, even "__proto__" from an imported file', () => {
    const doc = ok(addElement(emptyModel(), CATALOGUE, { id: '__proto__', kind: 'server', name: 'odd' }));
    expect(Object.keys(doc.elements)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(doc.elements)).toBe(Object.prototype);
    expect(Object.keys(ok(renameElement(doc, '__proto__', 'still odd')).elements)).toEqual(['__proto__']);
  });

  it('keeps a generic CI’s own table and columns', () => {
    const doc = ok(
      addElement(emptyModel(), CATALOGUE, {
        id: 'p',
        kind: 'generic_ci',
        table: 'cmdb_ci_printer',
        name: 'printer-3',
        attributes: { u_toner: 'black' },
      }),
    );
    expect(doc.elements['p']).toMatchObject({ table: 'cmdb_ci_printer', attributes: { u_toner: 'black' } });
  });
});

describe('renameElement', () => {
  it('renames, trims, and keeps the document when nothing changes', () => {
    const base = serviceMap();
    const doc = ok(renameElement(base, 'bs', '  Mail '));
    expect(doc.elements['bs']?.name).toBe('Mail');
    expect(doc.elements['bo']).toBe(base.elements['bo']);
    expect(ok(renameElement(base, 'bs', 'Email'))).toBe(base);
  });

  it('refuses an empty name or a missing element', () => {
    expect(reason(renameElement(serviceMap(), 'bs', ' '))).toBe('A name is required.');
    expect(reason(renameElement(serviceMap(), 'zz', 'x'))).toBe('That element is no longer in the model.');
  });
});

describe('setAttribute', () => {
  const base = serviceMap();

  it('sets choice values and clears with an empty value', () => {
    const doc = ok(setAttribute(base, CATALOGUE, 'bs', 'busines_criticality', '1 - most critical'));
    expect(doc.elements['bs']?.attributes['busines_criticality']).toBe('1 - most critical');
    const cleared = ok(setAttribute(doc, CATALOGUE, 'bs', 'busines_criticality', ''));
    expect(cleared.elements['bs']?.attributes).not.toHaveProperty('busines_criticality');
    expect(ok(setAttribute(cleared, CATALOGUE, 'bs', 'busines_criticality', ''))).toBe(cleared);
  });

  it('refuses values outside the choice list', () => {
    expect(reason(setAttribute(base, CATALOGUE, 'bs', 'busines_criticality', 'very'))).toBe(
      '"very" is not a choice for Business criticality.',
    );
    expect(reason(setAttribute(base, CATALOGUE, 'srv', 'operational_status', 'Operational'))).toBe(
      '"Operational" is not a choice for Operational status.',
    );
  });

  it('checks references point at an existing record of an allowed kind', () => {
    expect(
      ok(setAttribute(base, CATALOGUE, 'bs', 'owned_by', 'alice')).elements['bs']?.attributes['owned_by'],
    ).toBe('alice');
    expect(reason(setAttribute(base, CATALOGUE, 'bs', 'owned_by', 'ops'))).toBe(
      'Owned by must be a user; "Mail ops" is a group.',
    );
    expect(reason(setAttribute(base, CATALOGUE, 'ops', 'manager', 'ops'))).toBe(
      'Manager cannot point at "Mail ops" itself.',
    );
    const located = ok(addElement(base, CATALOGUE, { id: 'hq', kind: 'location', name: 'HQ' }));
    expect(reason(setAttribute(located, CATALOGUE, 'hq', 'parent', 'hq'))).toBe(
      'Parent location cannot point at "HQ" itself.',
    );
    expect(reason(setAttribute(base, CATALOGUE, 'bs', 'support_group', 'ghost'))).toBe(
      'Support group points at a record that is not in this model.',
    );
  });

  it('keeps a lifecycle status within its stage, and drops it when the stage moves on', () => {
    expect(reason(setAttribute(base, CATALOGUE, 'srv', 'life_cycle_stage_status', 'In Use'))).toBe(
      'Choose a life cycle stage before its status.',
    );
    const staged = ok(setAttribute(base, CATALOGUE, 'srv', 'life_cycle_stage', 'Missing'));
    expect(reason(setAttribute(staged, CATALOGUE, 'srv', 'life_cycle_stage_status', 'In Use'))).toBe(
      '"In Use" is not a status of the Missing stage.',
    );
    const lost = ok(setAttribute(staged, CATALOGUE, 'srv', 'life_cycle_stage_status', 'Lost'));
    const operational = ok(setAttribute(lost, CATALOGUE, 'srv', 'life_cycle_stage', 'Operational'));
    expect(operational.elements['srv']?.attributes).toEqual({ life_cycle_stage: 'Operational' });
    // A logical kind has no "Missing" stage.
    expect(reason(setAttribute(base, CATALOGUE, 'si', 'life_cycle_stage', 'Missing'))).toBe(
      '"Missing" is not a choice for Life cycle stage.',
    );
  });

  it('limits lengths, refuses unknown and read-only fields, and missing elements', () => {
    expect(reason(setAttribute(base, CATALOGUE, 'si', 'environment', 'x'.repeat(41)))).toBe(
      'Environment is at most 40 characters.',
    );
    expect(
      ok(setAttribute(base, CATALOGUE, 'si', 'environment', 'x'.repeat(40))).elements['si']?.attributes[
        'environment'
      ],
    ).toHaveLength(40);
    expect(reason(setAttribute(base, CATALOGUE, 'srv', 'u_custom', 'x'))).toBe(
      'A server has no field "u_custom".',
    );
    expect(reason(setAttribute(base, CATALOGUE, 'bs', 'service_classification', 'Technical Service'))).toBe(
      'Service classification follows from the kind (business service) and cannot be edited.',
    );
    expect(reason(setAttribute(base, CATALOGUE, 'bs', 'name', 'x'))).toBe(
      'Rename the element to change its name.',
    );
    expect(reason(setAttribute(base, CATALOGUE, 'zz', 'version', '1'))).toBe(
      'That element is no longer in the model.',
    );
  });

  it('replaces only the edited element', () => {
    const doc = ok(setAttribute(base, CATALOGUE, 'bs', 'version', '2'));
    for (const id of Object.keys(base.elements).filter((id) => id !== 'bs'))
      expect(doc.elements[id]).toBe(base.elements[id]);
    expect(doc.links).toBe(base.links);
    expect(doc.views).toBe(base.views);
  });
});

describe('changeTable', () => {
  it('moves within the family only', () => {
    const base = serviceMap();
    expect(ok(changeTable(base, CATALOGUE, 'srv', 'cmdb_ci_win_server')).elements['srv']?.table).toBe(
      'cmdb_ci_win_server',
    );
    expect(ok(changeTable(base, CATALOGUE, 'srv', 'cmdb_ci_linux_server'))).toBe(base);
    expect(reason(changeTable(base, CATALOGUE, 'srv', 'cmdb_ci_appl'))).toContain('not "cmdb_ci_appl"');
    expect(reason(changeTable(base, CATALOGUE, 'bo', 'cmdb_ci_service'))).toBe(
      'A business service offering is always stored in service_offering.',
    );
    expect(reason(changeTable(base, CATALOGUE, 'zz', 'cmdb_ci_server'))).toBe(
      'That element is no longer in the model.',
    );
  });
});

describe('updateElement', () => {
  it('applies name, table and attributes together', () => {
    const doc = ok(
      updateElement(serviceMap(), CATALOGUE, 'srv', {
        name: 'mail02',
        table: 'cmdb_ci_unix_server',
        attributes: { operational_status: '1', short_description: 'Mail host' },
      }),
    );
    expect(doc.elements['srv']).toMatchObject({
      name: 'mail02',
      table: 'cmdb_ci_unix_server',
      attributes: { operational_status: '1', short_description: 'Mail host' },
    });
  });

  it('changes nothing when one edit is refused', () => {
    expect(
      reason(
        updateElement(serviceMap(), CATALOGUE, 'srv', {
          name: 'mail02',
          attributes: { operational_status: '42' },
        }),
      ),
    ).toBe('"42" is not a choice for Operational status.');
  });
});
