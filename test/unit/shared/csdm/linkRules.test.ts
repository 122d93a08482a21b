/** Link rules of csdm.md section 5, asked through linkRulesBetween and findLinkRule. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../shared/csdm/catalogue';
import type { KindId } from '../../../../shared/csdm/kinds';
import {
  defaultLinkType,
  linkTypeForBusinessAppToServiceInstance,
} from '../../../../shared/csdm/queries/defaultLinkType';
import { findLinkRule } from '../../../../shared/csdm/queries/findLinkRule';
import { linkRulesBetween, type VersionSetting } from '../../../../shared/csdm/queries/linkRulesBetween';

const v4 = { csdmVersion: 4 } as const;
const v5 = { csdmVersion: 5 } as const;
const types = (from: KindId, to: KindId, settings: VersionSetting = v5) =>
  linkRulesBetween(CATALOGUE, settings, from, to).map((rule) => rule.type);

describe('linkRulesBetween', () => {
  it('flips the business application -> service instance type with the CSDM version', () => {
    expect(types('business_application', 'service_instance', v4)).toEqual(['Consumes::Consumed by']);
    expect(types('business_application', 'service_instance', v5)).toEqual(['Uses::Used by']);
    expect(linkTypeForBusinessAppToServiceInstance(CATALOGUE, v4)).toBe('Consumes::Consumed by');
    expect(linkTypeForBusinessAppToServiceInstance(CATALOGUE, v5)).toBe('Uses::Used by');
  });

  it.each<[KindId, KindId, string[]]>([
    ['business_offering', 'service_instance', ['Depends on::Used by']],
    ['business_offering', 'technical_offering', ['Depends on::Used by']],
    ['technical_offering', 'service_instance', ['Contains::Contained by']],
    ['technical_offering', 'dynamic_ci_group', ['Contains::Contained by']],
    ['business_application', 'information_object', ['Uses::Used by']],
    ['business_application', 'sdlc_component', ['Contains::Contained by']],
    ['sdlc_component', 'service_instance', ['Contains::Contained by']],
    ['business_capability', 'business_application', ['Provided By::Provides']],
    ['business_capability', 'business_service', ['Provided By::Provides']],
    ['service_instance', 'service_instance', ['Depends on::Used by']],
    ['service_instance', 'load_balancer', ['Depends on::Used by']],
    ['application', 'server', ['Runs on::Runs']],
    ['database', 'virtual_machine', ['Runs on::Runs']],
    ['virtual_machine', 'server', ['Hosted on::Hosts', 'Virtualized by::Virtualizes']],
    ['server', 'cluster', ['Cluster of::Cluster']],
  ])('%s -> %s is a cmdb_rel_ci relationship %j', (from, to, expected) => {
    expect(types(from, to)).toEqual(expected);
    for (const rule of linkRulesBetween(CATALOGUE, v5, from, to))
      expect(rule.storage).toEqual({ form: 'relationship' });
  });

  it('stores an offering’s parent service in service_offering.parent, one parent only', () => {
    for (const [service, offering] of [
      ['business_service', 'business_offering'],
      ['technical_service', 'technical_offering'],
    ] as const) {
      const [rule] = linkRulesBetween(CATALOGUE, v5, service, offering);
      expect(rule).toMatchObject({
        type: 'offering.parent',
        storage: { form: 'reference', table: 'service_offering', field: 'parent', on: 'child' },
        maxParentsPerChild: 1,
      });
    }
    expect(types('business_service', 'technical_offering')).toEqual([]);
  });

  it('stores subscriptions in the service_subscribe_* tables', () => {
    const tables = (['company', 'department', 'location', 'group', 'user'] as const).map((kind) => {
      const rule = findLinkRule(CATALOGUE, v5, 'technical_offering', kind, 'subscribed_by');
      return rule?.storage.form === 'many-to-many' ? rule.storage.table : undefined;
    });
    expect(tables).toEqual([
      'service_subscribe_company',
      'service_subscribe_department',
      'service_subscribe_location',
      'service_subscribe_sys_user_grp',
      'service_subscribe_sys_user',
    ]);
  });

  it('stores dynamic CI group members in cmdb_group_contains_ci, commitments in service_offering_commitment', () => {
    for (const member of ['application', 'database', 'server', 'load_balancer', 'network_gear'] as const) {
      const rule = findLinkRule(CATALOGUE, v5, 'dynamic_ci_group', member, 'group.member');
      expect(rule?.storage).toMatchObject({ form: 'many-to-many', table: 'cmdb_group_contains_ci' });
    }
    const commitment = findLinkRule(CATALOGUE, v5, 'business_offering', 'service_commitment', 'commits_to');
    expect(commitment?.storage).toMatchObject({ form: 'many-to-many', table: 'service_offering_commitment' });
  });

  it('links a portfolio to services and taxonomy nodes, and taxonomy nodes to services', () => {
    expect(types('service_portfolio', 'business_service')).toEqual(['portfolio.contains']);
    expect(types('service_portfolio', 'technical_service')).toEqual(['portfolio.contains']);
    expect(types('service_portfolio', 'taxonomy_node')).toEqual(['portfolio.contains']);
    expect(types('taxonomy_node', 'business_service')).toEqual(['taxonomy.contains']);
    expect(types('business_capability', 'business_capability')).toEqual(['capability.parent']);
  });

  it.each<[KindId, KindId]>([
    ['business_service', 'business_service'],
    ['business_service', 'technical_service'],
    ['technical_service', 'technical_service'],
    ['business_service', 'server'],
    ['dynamic_ci_group', 'dynamic_ci_group'],
    ['dynamic_ci_group', 'technical_service'],
    ['business_application', 'application'],
    ['business_offering', 'business_service'],
    ['company', 'business_offering'],
  ])('allows nothing from %s to %s', (from, to) => {
    expect(types(from, to, v4)).toEqual([]);
    expect(types(from, to, v5)).toEqual([]);
  });
});

describe('findLinkRule and defaultLinkType', () => {
  it('finds the rule for a type only in the versions it applies to', () => {
    expect(
      findLinkRule(CATALOGUE, v4, 'business_application', 'service_instance', 'Consumes::Consumed by'),
    ).toBeDefined();
    expect(
      findLinkRule(CATALOGUE, v5, 'business_application', 'service_instance', 'Consumes::Consumed by'),
    ).toBeUndefined();
    expect(findLinkRule(CATALOGUE, v5, 'application', 'server', 'Depends on::Used by')).toBeUndefined();
  });

  it('proposes the first allowed type, or none', () => {
    expect(defaultLinkType(CATALOGUE, v5, 'virtual_machine', 'server')).toBe('Hosted on::Hosts');
    expect(defaultLinkType(CATALOGUE, v5, 'server', 'business_service')).toBeUndefined();
  });
});
