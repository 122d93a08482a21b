/** The Foundation data manager's logic: kinds, rows and search, adding, where a record is used, deleting. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import {
  addFoundationRecord,
  deleteFoundationRecord,
  displayValue,
  foundationKinds,
  foundationRows,
  usesOf,
} from '../../../../renderer/src/foundation/foundationRecords';
import { modelWith, ok, reason } from '../../shared/model/helpers';

const doc = modelWith(
  [
    { id: 'co', kind: 'company', name: 'Northwind' },
    { id: 'co2', kind: 'company', name: 'Contoso' },
    { id: 'dep', kind: 'department', name: 'Sales', attributes: { company: 'co' } },
    {
      id: 'ldn',
      kind: 'location',
      name: 'London',
      attributes: { city: 'London', country: 'United Kingdom' },
    },
    { id: 'par', kind: 'location', name: 'Paris', attributes: { city: 'Paris', country: 'France' } },
    { id: 'alice', kind: 'user', name: 'Alice', attributes: { email: 'alice@example.com', company: 'co' } },
    { id: 'ops', kind: 'group', name: 'Ops', attributes: { manager: 'alice' } },
    {
      id: 'bs',
      kind: 'business_service',
      name: 'Email',
      attributes: { owned_by: 'alice', support_group: 'ops' },
    },
    { id: 'bo', kind: 'business_offering', name: 'Email Gold', attributes: { owned_by: 'alice' } },
  ],
  [
    ['l1', 'bs', 'bo', 'offering.parent'],
    ['s1', 'bo', 'alice', 'subscribed_by'],
    ['s2', 'bo', 'ldn', 'subscribed_by'],
  ],
);

describe('foundation records', () => {
  it('knows the five Foundation kinds in catalogue order', () => {
    expect(foundationKinds(CATALOGUE)).toEqual(['company', 'department', 'location', 'group', 'user']);
  });

  it('lists a kind by name and searches names and field values (references by name)', () => {
    const names = (kind: Parameters<typeof foundationRows>[2], query = '') =>
      foundationRows(CATALOGUE, doc.elements, kind, query).map((e) => e.name);
    expect(names('company')).toEqual(['Contoso', 'Northwind']);
    expect(names('location', 'france')).toEqual(['Paris']);
    expect(names('location', 'LON')).toEqual(['London']);
    expect(names('department', 'northwind')).toEqual(['Sales']);
    expect(names('user', 'example.com alice')).toEqual(['Alice']);
    expect(names('user', 'bob')).toEqual([]);
  });

  it('shows a reference by the referenced record’s name', () => {
    const field = CATALOGUE.kinds.department.fields.find((f) => f.column === 'company')!;
    const lookup = (id: string) => doc.elements[id];
    expect(displayValue(field, 'co', lookup)).toBe('Northwind');
    expect(displayValue(field, 'gone', lookup)).toBe('(record not in this model)');
    expect(displayValue(field, undefined, lookup)).toBe('');
  });

  it('adds a record with its fields, leaving out empty ones, validated like any edit', () => {
    const added = ok(
      addFoundationRecord(doc, CATALOGUE, {
        id: 'ber',
        kind: 'location',
        name: 'Berlin',
        attributes: { city: 'Berlin', country: '', parent: '' },
      }),
    );
    expect(added.elements['ber']).toMatchObject({
      table: 'cmn_location',
      name: 'Berlin',
      attributes: { city: 'Berlin' },
    });
    expect(
      reason(addFoundationRecord(doc, CATALOGUE, { id: 'x', kind: 'user', name: '', attributes: {} })),
    ).toBe('A name is required.');
    // A reference must point at a record of the allowed kind.
    expect(
      reason(
        addFoundationRecord(doc, CATALOGUE, {
          id: 'x',
          kind: 'user',
          name: 'Bob',
          attributes: { company: 'ldn' },
        }),
      ),
    ).toBeTruthy();
  });

  it('says where a record is used: fields of other elements first, then links, by name', () => {
    const uses = usesOf(doc, CATALOGUE, 'alice').map((u) => `${u.type}: ${u.element.name} · ${u.how}`);
    expect(uses).toEqual([
      'field: Email · Owned by',
      'field: Email Gold · Owned by',
      'field: Ops · Manager',
      'link: Email Gold · subscribes to',
    ]);
    expect(usesOf(doc, CATALOGUE, 'par')).toEqual([]);
  });

  it('deletes a record, clearing the fields that referred to it and its subscriptions', () => {
    const after = ok(deleteFoundationRecord(doc, 'alice'));
    expect(after.elements['alice']).toBeUndefined();
    expect(after.elements['bs']!.attributes).toEqual({
      service_classification: 'Business Service',
      support_group: 'ops',
    });
    expect(after.elements['ops']!.attributes).toEqual({});
    expect(after.links['s1']).toBeUndefined();
    expect(after.links['s2']).toBeDefined();
  });
});
