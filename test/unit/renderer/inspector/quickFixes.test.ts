import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import { quickFixAction } from '../../../../renderer/src/validation/quickFixes';
import { model, ok } from './fixtures';

describe('quickFixAction', () => {
  const doc = model();
  const kindOf = (id: string) => doc.elements[id]?.kind;

  it('sets a field to a known value, naming the choice', () => {
    const action = quickFixAction(CATALOGUE, kindOf, {
      action: 'set-field',
      elementId: 'srv-b',
      column: 'operational_status',
      value: '7',
    });
    expect(action?.label).toBe('Set operational status to “Pipeline”');
    expect(ok(action!.operation(doc)).elements['srv-b']!.attributes['operational_status']).toBe('7');
  });

  it('offers no button when the user has to choose the value, or the field is read-only', () => {
    expect(
      quickFixAction(CATALOGUE, kindOf, { action: 'set-field', elementId: 'tso', column: 'owned_by' }),
    ).toBeUndefined();
    expect(
      quickFixAction(CATALOGUE, kindOf, {
        action: 'set-field',
        elementId: 'tso',
        column: 'service_classification',
        value: 'Business Service',
      }),
    ).toBeUndefined();
    expect(quickFixAction(CATALOGUE, kindOf, { action: 'set-parent', elementId: 'tso' })).toBeUndefined();
  });

  it('changes a link type, deletes a link and moves a table', () => {
    const retype = quickFixAction(CATALOGUE, kindOf, {
      action: 'change-link-type',
      linkId: 'l3',
      type: 'Virtualized by::Virtualizes',
    });
    expect(retype?.label).toBe('Change the link to “Virtualized by”');
    expect(ok(retype!.operation(doc)).links['l3']!.type).toBe('Virtualized by::Virtualizes');
    const remove = quickFixAction(CATALOGUE, kindOf, { action: 'delete-link', linkId: 'l3' });
    expect(ok(remove!.operation(doc)).links).not.toHaveProperty('l3');
    const move = quickFixAction(CATALOGUE, kindOf, {
      action: 'change-table',
      elementId: 'srv-a',
      table: 'cmdb_ci_win_server',
    });
    expect(ok(move!.operation(doc)).elements['srv-a']!.table).toBe('cmdb_ci_win_server');
  });
});
