import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@shared/csdm';
import { GROUP_ORDER, groupFields } from '../../../../renderer/src/inspector/fieldGroups';

const columns = (kind: keyof typeof CATALOGUE.kinds) =>
  Object.fromEntries(
    groupFields(CATALOGUE.kinds[kind]).map((group) => [group.name, group.fields.map((f) => f.column)]),
  );

describe('groupFields', () => {
  it('groups a service offering into general, ownership, lifecycle and service details, in catalogue order', () => {
    const groups = columns('technical_offering');
    expect(Object.keys(groups)).toEqual(GROUP_ORDER);
    expect(groups['General']).toEqual(['short_description', 'model_id']);
    expect(groups['Ownership & support']).toEqual([
      'owned_by',
      'managed_by',
      'managed_by_group',
      'support_group',
      'assignment_group',
      'change_control',
      'company',
      'location',
      'delivery_manager',
      'business_relation_manager',
    ]);
    expect(groups['Lifecycle']).toEqual([
      'operational_status',
      'life_cycle_stage',
      'life_cycle_stage_status',
    ]);
    expect(groups['Service details']).toContain('service_classification');
    expect(groups['Service details']).toContain('portfolio_status');
  });

  it('keeps every field exactly once', () => {
    for (const kind of Object.values(CATALOGUE.kinds)) {
      const grouped = groupFields(kind).flatMap((group) => group.fields);
      expect(grouped).toHaveLength(kind.fields.length);
      expect(new Set(grouped)).toEqual(new Set(kind.fields));
    }
  });

  it("shows a Foundation record's few fields together", () => {
    expect(columns('user')).toEqual({ General: ['email', 'department', 'company'] });
  });

  it('groups a subset of fields, leaving out empty groups', () => {
    const kind = CATALOGUE.kinds.server;
    const fields = kind.fields.filter(
      (f) => f.column === 'operational_status' || f.column === 'short_description',
    );
    expect(groupFields(kind, fields).map((g) => g.name)).toEqual(['General', 'Lifecycle']);
  });
});
