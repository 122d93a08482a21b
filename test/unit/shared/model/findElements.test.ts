import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import type { Catalogue } from '../../../../shared/csdm/types';
import { addElement } from '../../../../shared/model/addElement';
import { addView } from '../../../../shared/model/addView';
import { findElements, normaliseForFind } from '../../../../shared/model/findElements';
import { removeFromView } from '../../../../shared/model/removeFromView';
import type { ModelDocument } from '../../../../shared/model/types';
import { modelWith, ok, VIEW } from './helpers';

/** Business service "Email" owned by Alice, with an offering, an instance supported by Mail ops, and two servers. */
function model(): ModelDocument {
  // References must point at records already in the model, so the people come first.
  return modelWith([
    { id: 'alice', kind: 'user', name: 'Alice Émile' },
    { id: 'ops', kind: 'group', name: 'Mail ops' },
    {
      id: 'bs',
      kind: 'business_service',
      name: 'Email',
      attributes: { owned_by: 'alice', operational_status: '1', busines_criticality: '1 - most critical' },
    },
    {
      id: 'bo',
      kind: 'business_offering',
      name: 'Email Gold',
      attributes: { short_description: 'Mailboxes for staff' },
    },
    { id: 'si', kind: 'service_instance', name: 'Exchange prod', attributes: { support_group: 'ops' } },
    { id: 'srv1', kind: 'server', table: 'cmdb_ci_linux_server', name: 'mail01' },
    { id: 'srv2', kind: 'server', table: 'cmdb_ci_linux_server', name: 'mail02' },
  ]);
}

const ids = (doc: ModelDocument, query: string, preferViewId?: string) =>
  findElements(doc, CATALOGUE, query, { preferViewId }).map((hit) => hit.elementId);

describe('findElements', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(findElements(model(), CATALOGUE, '')).toEqual([]);
    expect(findElements(model(), CATALOGUE, '   ')).toEqual([]);
  });

  it('matches names case-insensitively, anywhere in the name', () => {
    expect(ids(model(), 'EMAIL')).toEqual(['bs', 'bo']);
    expect(ids(model(), 'gold')).toEqual(['bo']);
    const hit = findElements(model(), CATALOGUE, 'gold')[0];
    expect(hit?.match).toEqual({ kind: 'name', text: 'Email Gold' });
    expect(hit?.viewId).toBe(VIEW);
  });

  it('ignores accents and runs of spaces', () => {
    expect(ids(model(), 'alice emile')).toEqual(['alice', 'bs']);
    expect(ids(model(), 'mail   ops')).toEqual(['ops', 'si']);
    expect(normaliseForFind('  Émile\tZOLA ')).toBe('emile zola');
  });

  it('matches free-text attribute values and says which field matched', () => {
    const [hit] = findElements(model(), CATALOGUE, 'mailboxes');
    expect(hit).toEqual({
      elementId: 'bo',
      match: {
        kind: 'attribute',
        column: 'short_description',
        label: 'Description',
        text: 'Mailboxes for staff',
      },
      viewId: VIEW,
    });
  });

  it('matches a choice by its label as well as by its stored value', () => {
    const byLabel = findElements(model(), CATALOGUE, 'operational');
    expect(byLabel.map((hit) => hit.elementId)).toEqual(['bs']);
    expect(byLabel[0]?.match).toMatchObject({
      column: 'operational_status',
      label: 'Operational status',
      text: 'Operational',
    });
    expect(ids(model(), 'most critical')).toEqual(['bs']);
  });

  it('matches a reference by the referenced element name, not its id', () => {
    const hits = findElements(model(), CATALOGUE, 'alice');
    // Alice herself by name first, then the service she owns.
    expect(hits.map((hit) => hit.elementId)).toEqual(['alice', 'bs']);
    expect(hits[1]?.match).toEqual({
      kind: 'attribute',
      column: 'owned_by',
      label: 'Owned by',
      text: 'Alice Émile',
    });
    // "ops" is the group's id as well as part of its name: the support group matches through its name.
    expect(findElements(model(), CATALOGUE, 'mail ops').map((hit) => hit.elementId)).toEqual(['ops', 'si']);
  });

  it('does not match a reference by the raw id of an element in the model', () => {
    const doc = modelWith([
      { id: 'g-42', kind: 'group', name: 'Network team' },
      { id: 'si', kind: 'service_instance', name: 'Router fleet', attributes: { support_group: 'g-42' } },
    ]);
    expect(ids(doc, 'g-42')).toEqual([]);
  });

  it('lists name matches before attribute matches, each in reading order', () => {
    // "mail" is in five names (left to right), and in the instance's support group ("Mail ops").
    expect(ids(model(), 'mail')).toEqual(['ops', 'bs', 'bo', 'srv1', 'srv2', 'si']);
  });

  it('reads a view top to bottom, then left to right', () => {
    const doc = ok(
      addElement(model(), CATALOGUE, {
        id: 'srv0',
        kind: 'server',
        table: 'cmdb_ci_linux_server',
        name: 'mail00',
        placement: { viewId: VIEW, x: 5000, y: -200 },
      }),
    );
    expect(ids(doc, 'mail0')).toEqual(['srv0', 'srv1', 'srv2']);
  });

  it('shows an element in the preferred view when it is there, and says when no view has it', () => {
    let doc = ok(addView(model(), { id: 'v2', name: 'Infrastructure' }));
    doc = ok(
      addElement(doc, CATALOGUE, {
        id: 'srv3',
        kind: 'server',
        table: 'cmdb_ci_linux_server',
        name: 'mail03',
        placement: { viewId: 'v2', x: 0, y: 0 },
      }),
    );
    doc = ok(removeFromView(doc, VIEW, ['srv2']));
    const hits = findElements(doc, CATALOGUE, 'mail0');
    expect(hits.map((hit) => [hit.elementId, hit.viewId])).toEqual([
      ['srv1', VIEW],
      ['srv3', 'v2'],
      ['srv2', null],
    ]);
    expect(ids(doc, 'mail0', 'v2')).toEqual(['srv3', 'srv1', 'srv2']);
  });

  it('takes the catalogue as a parameter', () => {
    // A catalogue whose operational status list reads differently changes what a choice matches.
    const relabelled: Catalogue = {
      ...CATALOGUE,
      choiceLists: { ...CATALOGUE.choiceLists, operational_status: [{ value: '1', label: 'In service' }] },
    };
    expect(findElements(model(), relabelled, 'in service').map((hit) => hit.elementId)).toEqual(['bs']);
    expect(findElements(model(), CATALOGUE, 'in service')).toEqual([]);
  });

  it('keeps an unknown column of an imported generic CI searchable', () => {
    const doc = modelWith([
      {
        id: 'x',
        kind: 'generic_ci',
        table: 'cmdb_ci_printer',
        name: 'Printer 4',
        attributes: { u_floor: 'Third' },
      },
    ]);
    expect(findElements(doc, CATALOGUE, 'third')[0]?.match).toEqual({
      kind: 'attribute',
      column: 'u_floor',
      label: 'u_floor',
      text: 'Third',
    });
  });
});
